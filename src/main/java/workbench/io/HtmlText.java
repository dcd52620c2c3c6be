package workbench.io;

/**
 * Text made safe to place in HTML, in element content and in quoted attribute values alike.
 * Dataset names, class names and paths come from users' files and may hold {@code <} or {@code &};
 * unescaped, they would break a report's markup or smuggle script into it.
 */
public final class HtmlText {

    private HtmlText() {
    }

    /** Null becomes the empty string, so a missing value never prints as "null". */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab and line breaks are not allowed in HTML.
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
