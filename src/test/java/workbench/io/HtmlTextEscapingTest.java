package workbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link HtmlText#escape}: the five markup characters, control characters, and null. */
class HtmlTextEscapingTest {

    @Test
    void markupCharactersBecomeEntities() {
        assertEquals("a &amp; b &lt;i&gt; &quot;x&quot; &#39;y&#39;", HtmlText.escape("a & b <i> \"x\" 'y'"));
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", HtmlText.escape("<script>alert(1)</script>"));
    }

    @Test
    void controlCharactersOtherThanTabAndLineBreaksAreReplaced() {
        assertEquals("a\tb\nc\rd\uFFFDe\uFFFD \u00e9", HtmlText.escape("a\tb\nc\rd\u0000e\u001f \u00e9"));
    }

    @Test
    void nullIsTheEmptyString() {
        assertEquals("", HtmlText.escape(null));
        assertEquals("", HtmlText.escape(""));
    }
}
