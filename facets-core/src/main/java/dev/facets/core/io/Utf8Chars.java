package dev.facets.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Strict UTF-8 decoding that hands over every character before a bad byte and only then fails, so
 * that the reader can name the line and column of the bad byte exactly.
 *
 * <p>{@link java.io.InputStreamReader} either replaces bad bytes silently or fails a whole buffer
 * ahead of the text already read; neither lets a reader say where the problem is. Not thread-safe:
 * one instance decodes one stream on one thread.
 */
final class Utf8Chars {
  /** A byte sequence that is not UTF-8, found after every character before it was handed over. */
  static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes;
  private boolean endOfInput;
  private boolean flushed;
  private String pending;

  Utf8Chars(InputStream in, int bufferSize) {
    this.in = in;
    this.bytes = ByteBuffer.allocate(bufferSize);
    bytes.flip();
  }

  /**
   * Decodes characters into {@code into} (at least two long, for surrogate pairs) and returns how
   * many, or -1 at the end of the input.
   */
  int read(char[] into) throws IOException {
    if (pending != null) {
      throw new Malformed(pending);
    }
    CharBuffer out = CharBuffer.wrap(into);
    while (out.position() == 0) {
      if (flushed) {
        return -1;
      }
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      if (result.isError()) {
        String problem = describe(result);
        if (out.position() > 0) {
          pending = problem;
          break;
        }
        throw new Malformed(problem);
      }
      if (result.isOverflow()) {
        break;
      }
      if (endOfInput) {
        decoder.flush(out);
        flushed = true;
      } else {
        fill();
      }
    }
    return out.position() == 0 ? -1 : out.position();
  }

  private void fill() throws IOException {
    bytes.compact();
    int count = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (count < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + count);
    }
    bytes.flip();
  }

  /** Names the bad bytes, which start at the decoder's position in the buffer. */
  private String describe(CoderResult result) {
    StringBuilder text = new StringBuilder("the file is not valid UTF-8 (byte");
    int end = Math.min(bytes.position() + result.length(), bytes.limit());
    for (int i = bytes.position(); i < end; i++) {
      text.append(String.format(Locale.ROOT, " 0x%02X", bytes.get(i) & 0xFF));
    }
    return text.append("): save it as \"CSV UTF-8\"").toString();
  }
}
