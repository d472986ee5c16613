package dev.facets.core.io;

import dev.facets.api.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks that a file is an xlsx workbook facets can read in bounded memory, before the workbook
 * reader (fastexcel-reader, which has no limits of its own) opens it. An xlsx file is a ZIP archive of
 * XML parts, so a hostile or broken one can ask for any amount of memory: a part that inflates a
 * thousandfold (a ZIP bomb), a shared-strings table the reader holds whole, one cell of a gigabyte, a
 * cell address far to the right that makes a row's list of cells huge. This pass inflates every part
 * once, holding nothing but a small buffer, and refuses:
 *
 * <ul>
 *   <li>a file that is not a ZIP archive (with what it looks like: a CSV file, an Excel 97-2003
 *       {@code .xls}), or has more than {@value #MAX_PARTS} parts;
 *   <li>a part that inflates to more than {@value #MAX_RATIO} times its compressed size (beyond
 *       the first MiB), the ratio Apache POI refuses too;
 *   <li>a part the reader holds whole (every part outside {@code worksheets/}: shared strings,
 *       styles, the workbook) larger than an eighth of the maximum heap;
 *   <li>in any part, a value element ({@code v}, {@code f}, {@code is}, {@code t}, {@code si}), a
 *       tag or a run of text longer than {@value #MAX_RUN} bytes; a {@code <!} construct (a DTD, an
 *       entity, CDATA, a comment: no spreadsheet writes them, and they are how XML hides long texts
 *       and entity bombs); a cell address beyond Excel's last column or row.
 * </ul>
 *
 * <p>The sheets themselves are not held: the reader streams them a row at a time. This class is
 * stateless and thread-safe.
 */
final class XlsxGuard {
  /** The most parts an archive may have: a workbook has a dozen, one per sheet more. */
  static final int MAX_PARTS = 10_000;
  /** The most a part may inflate, times its compressed size, beyond {@link #RATIO_GRACE}. */
  static final int MAX_RATIO = 100;
  /** The first bytes of a part are not held to the ratio: small parts compress little or a lot. */
  static final long RATIO_GRACE = 1 << 20;
  /** The longest value element, tag or text between two tags, in bytes. */
  static final int MAX_RUN = 1 << 20;
  /** The longest a cell's tag is kept to check its address: a real one has a few short attributes. */
  private static final int MAX_CELL_TAG = 512;
  /** Excel's last column (XFD) and row. */
  private static final int LAST_COLUMN = 16_384;
  private static final int LAST_ROW = 1_048_576;

  private XlsxGuard() {}

  /** Refuses {@code file} unless it is a ZIP archive whose parts keep within the limits above. */
  static void check(Path file) {
    check(file, Runtime.getRuntime().maxMemory() / 8);
  }

  /** As {@link #check(Path)}, with {@code heldLimit} bytes for a part read whole (tests use a small one). */
  static void check(Path file, long heldLimit) {
    String source = file.toString();
    checkSignature(file, source);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > MAX_PARTS) {
        throw invalid(source, "the archive has " + zip.size() + " parts, more than the " + MAX_PARTS
            + " a workbook may have");
      }
      Enumeration<? extends ZipEntry> entries = zip.entries();
      byte[] buffer = new byte[1 << 16];
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        boolean streamed = entry.getName().toLowerCase(Locale.ROOT).contains("worksheets/");
        Scanner scanner = new Scanner(source, entry.getName());
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long inflated = 0;
        try (InputStream in = zip.getInputStream(entry)) {
          for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            inflated += read;
            if (inflated > RATIO_GRACE && inflated > MAX_RATIO * compressed) {
              throw invalid(source, "the part " + entry.getName() + " inflates to more than " + MAX_RATIO
                  + " times its compressed size of " + compressed + " bytes, which no spreadsheet writes"
                  + " (a ZIP bomb?)");
            }
            if (!streamed && inflated > heldLimit) {
              throw new InputException(source, 0, 0, "", "the part " + entry.getName() + " is larger than "
                  + heldLimit + " bytes, an eighth of the maximum heap, and is read whole (shared"
                  + " strings, styles): run Java with a larger heap, e.g. java -Xmx"
                  + (Runtime.getRuntime().maxMemory() / (1L << 30) * 2 + 2) + "g, or save the register as CSV",
                  null);
            }
            scanner.scan(buffer, read);
          }
        }
      }
    } catch (ZipException e) {
      throw invalid(source, "the ZIP archive is broken (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new InputException(source, 0, 0, "", "cannot be read: " + e.getMessage(), e);
    }
  }

  /** Refuses a file that does not start like a ZIP archive, saying what it looks like instead. */
  private static void checkSignature(Path file, String source) {
    byte[] head = new byte[8];
    int length = 0;
    try (InputStream in = InputFiles.open(file)) {
      for (int read = 0; read >= 0 && length < head.length; read = in.read(head, length, head.length - length)) {
        length += read;
      }
    } catch (IOException e) {
      throw new InputException(source, 0, 0, "", "cannot be read: " + e.getMessage(), e);
    }
    if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return;
    }
    if (length == 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11
        && (head[3] & 0xFF) == 0xE0) {
      throw invalid(source, "this is an Excel 97-2003 workbook (.xls), which facets does not read:"
          + " save it as an Excel Workbook (.xlsx) or as CSV UTF-8");
    }
    String text = new String(head, 0, length, StandardCharsets.UTF_8);
    throw invalid(source, length == 0 ? "the file is empty"
        : "it does not start like one (a ZIP archive) but with " + Checks.quote(text)
            + (text.chars().allMatch(c -> c >= 0x20 && c < 0xFFFD || c == '\t' || c == '\r' || c == '\n')
                ? ", which looks like text: a CSV file must end in .csv" : ""));
  }

  private static InputException invalid(String source, String why) {
    return new InputException(source, 0, 0, "", "is not an xlsx workbook facets can read: " + why, null);
  }

  /**
   * A byte-level scanner of one XML part: tracks tags and the value elements open, with a few bytes
   * of state and no allocation per tag, so that nothing the XML reader would hold can exceed
   * {@link #MAX_RUN}.
   */
  private static final class Scanner {
    private static final byte[][] VALUES = {bytes("v"), bytes("f"), bytes("is"), bytes("t"), bytes("si")};
    private static final byte[] CELL = bytes("c");

    private final String source;
    private final String part;
    private long position;
    /** Where the last {@code '<'} was. */
    private long lastTag;
    private boolean inTag;
    private byte quote;
    private final byte[] name = new byte[64];
    private int nameLength;
    private int localStart;
    private boolean naming;
    private boolean closing;
    private byte previous;
    /** How deep in value elements, and where the outermost began. */
    private int valueDepth;
    private long valueStart;
    /** The bytes of a cell's tag after its name, kept to check its address; -1 in any other tag. */
    private final byte[] cellTag = new byte[MAX_CELL_TAG];
    private int cellTagLength = -1;

    Scanner(String source, String part) {
      this.source = source;
      this.part = part;
    }

    private static byte[] bytes(String text) {
      return text.getBytes(StandardCharsets.US_ASCII);
    }

    void scan(byte[] bytes, int length) {
      for (int i = 0; i < length; i++) {
        byte b = bytes[i];
        position++;
        if (inTag) {
          tag(b);
        } else if (b == '<') {
          inTag = true;
          naming = true;
          closing = false;
          nameLength = 0;
          localStart = 0;
          lastTag = position;
        } else if (position - lastTag > MAX_RUN) {
          throw refused("a text longer than " + MAX_RUN + " bytes");
        }
        if (valueDepth > 0 && position - valueStart > MAX_RUN) {
          throw refused("a value longer than " + MAX_RUN + " bytes");
        }
        previous = b;
      }
    }

    private void tag(byte b) {
      if (position - lastTag > MAX_RUN) {
        throw refused("a tag longer than " + MAX_RUN + " bytes");
      }
      if (cellTagLength >= 0) {
        if (cellTagLength == MAX_CELL_TAG) {
          throw refused("a cell tag longer than " + MAX_CELL_TAG + " bytes");
        }
        cellTag[cellTagLength++] = b;
      }
      if (quote != 0) {
        if (b == quote) {
          quote = 0;
        }
        return;
      }
      if (naming) {
        if (nameLength == 0 && !closing && b == '!') {
          throw refused("a '<!' construct (a DTD, an entity, CDATA or a comment), which no spreadsheet writes");
        }
        if (nameLength == 0 && !closing && b == '/') {
          closing = true;
          return;
        }
        if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != '>' && b != '/') {
          if (nameLength < name.length) {
            name[nameLength++] = b;
            if (b == ':') {
              localStart = nameLength;
            }
          }
          return;
        }
        naming = false;
        if (!closing && isLocal(CELL)) {
          cellTagLength = 0;
          cellTag[cellTagLength++] = b;
        }
      }
      if (b == '"' || b == '\'') {
        quote = b;
      } else if (b == '>') {
        endOfTag(previous == '/');
      }
    }

    private boolean isLocal(byte[] local) {
      if (nameLength - localStart != local.length) {
        return false;
      }
      for (int i = 0; i < local.length; i++) {
        if (name[localStart + i] != local[i]) {
          return false;
        }
      }
      return true;
    }

    private void endOfTag(boolean empty) {
      inTag = false;
      if (cellTagLength >= 0) {
        checkAddress();
        cellTagLength = -1;
      }
      boolean value = false;
      for (byte[] local : VALUES) {
        value |= isLocal(local);
      }
      if (!value) {
        return;
      }
      if (closing) {
        valueDepth = Math.max(0, valueDepth - 1);
      } else if (!empty) {
        if (valueDepth == 0) {
          valueStart = position;
        }
        valueDepth++;
      }
    }

    /** Checks the {@code r} attribute of a cell's tag, if it has one, against Excel's last cell. */
    private void checkAddress() {
      for (int i = 0; i + 1 < cellTagLength; i++) {
        byte b = cellTag[i];
        if ((b == ' ' || b == '\t' || b == '\r' || b == '\n') && cellTag[i + 1] == 'r') {
          int j = i + 2;
          while (j < cellTagLength && (cellTag[j] == ' ' || cellTag[j] == '=')) {
            j++;
          }
          if (j < cellTagLength && (cellTag[j] == '"' || cellTag[j] == '\'') && j > i + 2) {
            checkReference(j + 1);
            return;
          }
        }
      }
    }

    private void checkReference(int from) {
      long column = 0;
      long row = 0;
      int letters = 0;
      int digits = 0;
      int i = from;
      for (; i < cellTagLength && isAsciiLetter(cellTag[i]) && letters <= 3; i++, letters++) {
        column = column * 26 + ((cellTag[i] & 0xDF) - 'A' + 1);
      }
      for (; i < cellTagLength && cellTag[i] >= '0' && cellTag[i] <= '9' && digits <= 7; i++, digits++) {
        row = row * 10 + cellTag[i] - '0';
      }
      if (letters == 0 || digits == 0 || column > LAST_COLUMN || row < 1 || row > LAST_ROW
          || i >= cellTagLength || cellTag[i] != cellTag[from - 1]) {
        throw refused("the cell address " + Checks.quote(new String(cellTag, from, Math.min(12, cellTagLength - from),
            StandardCharsets.ISO_8859_1).split("[\"']")[0]) + ", beyond Excel's last column XFD and row " + LAST_ROW);
      }
    }

    private static boolean isAsciiLetter(byte b) {
      return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z';
    }

    private InputException refused(String what) {
      return invalid(source, "the part " + part + " has " + what);
    }
  }
}
