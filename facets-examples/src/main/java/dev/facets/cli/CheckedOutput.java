package dev.facets.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Standard output that keeps the reason a write failed. {@link PrintWriter} (and {@code System.out})
 * swallow write errors: {@code facets score p.json > /dev/full} would exit 0 with the output lost.
 * This writer records the first {@link IOException} (and still throws it, so the {@link PrintWriter}
 * marks its error), and {@link FacetsCommand} turns it into exit code 1 with the system's reason.
 */
final class CheckedOutput extends PrintWriter {
  private final Recorder recorder;

  private CheckedOutput(Recorder recorder) {
    super(recorder);
    this.recorder = recorder;
  }

  /** UTF-8 text to {@code stream}, unbuffered beyond the encoder's buffer, recording failures. */
  static CheckedOutput of(OutputStream stream) {
    return new CheckedOutput(new Recorder(new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
  }

  /** Why writing failed: the first error the stream reported, if any. */
  Optional<IOException> failure() {
    return Optional.ofNullable(recorder.failure);
  }

  /**
   * Why {@code out} failed, if it did: flushes it, and returns the recorded reason of a
   * {@link CheckedOutput} or a generic one for any other {@link PrintWriter} with its error set.
   */
  static Optional<String> failureOf(PrintWriter out) {
    out.flush();
    if (!out.checkError()) {
      return Optional.empty();
    }
    if (out instanceof CheckedOutput) {
      Optional<IOException> failure = ((CheckedOutput) out).failure();
      if (failure.isPresent()) {
        return Optional.of(OutputFiles.reason(failure.get()));
      }
    }
    return Optional.of("the stream reported an error");
  }

  /** Passes everything on, remembering the first failure. */
  private static final class Recorder extends Writer {
    private final Writer target;
    private volatile IOException failure;

    Recorder(Writer target) {
      this.target = target;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      try {
        target.write(buffer, offset, length);
      } catch (IOException e) {
        throw record(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        target.flush();
      } catch (IOException e) {
        throw record(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        target.close();
      } catch (IOException e) {
        throw record(e);
      }
    }

    private IOException record(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
