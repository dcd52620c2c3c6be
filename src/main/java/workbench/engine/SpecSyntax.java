package workbench.engine;

import java.util.regex.Matcher;

/** Reading the numbers of one compact-syntax item, with messages that name what was expected. */
final class SpecSyntax {
    private SpecSyntax() {
    }

    static int integer(String digits, String what) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + what + " '" + digits + "' is not a whole number below 2^31");
        }
    }

    static int positive(String digits, String what) {
        int value = integer(digits, what);
        if (value < 1) {
            throw new IllegalArgumentException("the " + what + " must be at least 1");
        }
        return value;
    }

    /** The matcher's group {@code group} as a positive number, or {@code otherwise} when the group is absent. */
    static int positive(Matcher m, int group, String what, int otherwise) {
        return m.group(group) == null ? otherwise : positive(m.group(group), what);
    }

    static double number(String text, String what) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected " + what + " after the name");
        }
    }

    static Padding padding(String word) {
        return "valid".equals(word) ? Padding.VALID : Padding.SAME;
    }

    /**
     * The count in an item that is {@code word} and digits ("pad2"), or -1 when the item is not
     * that word's.
     *
     * @param layer the layer as a sentence's subject, for a refused activation: "a padding layer"
     */
    static int counted(String word, String item, boolean given, String layer, String what) {
        if (!item.startsWith(word) || item.length() == word.length()
                || !item.substring(word.length()).chars().allMatch(Character::isDigit)) {
            return -1;
        }
        noActivation(given, layer);
        return positive(item.substring(word.length()), what);
    }

    /** Refuses an activation given to a layer that has none. */
    static void noActivation(boolean given, String layer) {
        if (given) {
            throw new IllegalArgumentException(layer + " has no activation; put it on the layer before");
        }
    }
}
