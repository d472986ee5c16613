package dev.facets.report;

import java.util.Locale;

/**
 * Text made safe for every output facets writes: a character that XML 1.0 does not allow (a C0
 * control other than tab and line breaks, an unpaired surrogate, U+FFFE, U+FFFF), and any other
 * control character (DEL, the C1 controls such as NEL), becomes a visible escape such as
 * {@code \u001B}. Text from a file (an initiative's name holding ESC or NUL) can then neither break an
 * SVG or HTML document (a parser refuses the whole file) nor drive the terminal that shows a text or
 * Markdown output. Tab, line feed and carriage return are kept: each format's escaping decides about
 * line breaks ({@code Escape.markdown} turns them into spaces).
 *
 * <p>Applied to whole documents where they are finished (the HTML and Markdown report, every SVG, the
 * commands' text output), so that no path from an input to an output can miss it; what facets itself
 * writes never holds such characters, so the pass changes only text that came from inputs.
 */
public final class PrintableText {
  private PrintableText() {}

  /** {@code text} with every character that is not printable as described above escaped. */
  public static String of(String text) {
    StringBuilder clean = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      boolean bad = !pair && !allowed(c);
      if (bad && clean == null) {
        clean = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (clean != null) {
        if (bad) {
          clean.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        } else if (pair) {
          clean.append(c).append(text.charAt(i + 1));
        } else {
          clean.append(c);
        }
      }
      if (pair) {
        i++;
      }
    }
    return clean == null ? text : clean.toString();
  }

  /** A single UTF-16 unit that may stand alone in any output. */
  private static boolean allowed(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    if (Character.isISOControl(c) || Character.isSurrogate(c)) {
      return false;
    }
    return c != '\uFFFE' && c != '\uFFFF';
  }
}
