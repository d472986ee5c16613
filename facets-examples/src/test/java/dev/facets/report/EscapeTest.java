package dev.facets.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Escaping, checked on the characters that matter. */
class EscapeTest {
  @Test
  void htmlEscapesMarkupAndQuotes() {
    assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
        Escape.html("<script>alert(\"x\")</script> & 'y'"));
    assertEquals("plain text 42%", Escape.html("plain text 42%"));
  }

  @Test
  void markdownEscapesInlineSyntaxAndFlattensLines() {
    assertEquals("\\*bold\\* \\_em\\_ \\`code\\` \\[link\\](x) \\<b\\> a\\|b \\~\\~s\\~\\~ \\&amp; \\\\",
        Escape.markdown("*bold* _em_ `code` [link](x) <b> a|b ~~s~~ &amp; \\"));
    assertEquals("one two three", Escape.markdown("one\ntwo\r\nthree".replace("\r\n", "\n")));
    assertEquals("fed-01 (pilot) 12.5% #1", Escape.markdown("fed-01 (pilot) 12.5% #1"));
  }
}
