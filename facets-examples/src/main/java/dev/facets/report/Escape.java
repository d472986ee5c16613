package dev.facets.report;

/**
 * Escaping of text for HTML and Markdown: every string a report writes, a user's or its own, goes
 * through here.
 */
final class Escape {
  private Escape() {}

  /** Text for HTML element content and quoted attribute values. */
  static String html(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          escaped.append("&amp;");
          break;
        case '<':
          escaped.append("&lt;");
          break;
        case '>':
          escaped.append("&gt;");
          break;
        case '"':
          escaped.append("&quot;");
          break;
        case '\'':
          escaped.append("&#39;");
          break;
        default:
          escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /**
   * Text for inline Markdown (CommonMark and GitHub tables): characters that start emphasis, code,
   * links, HTML, entities, table cells or strike-through are backslash-escaped, and line breaks
   * become spaces so a value can never start a new block. Brackets being escaped, {@code ( ) !} can
   * never form a link or image, and the report never puts a user string at the start of a line, so
   * the characters that matter only there ({@code # - + .}) need no escape either.
   */
  static String markdown(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        escaped.append(' ');
      } else if ("\\`*_[]<>|~&".indexOf(c) >= 0) {
        escaped.append('\\').append(c);
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
