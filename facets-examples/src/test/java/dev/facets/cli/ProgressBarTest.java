package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  private final AtomicLong now = new AtomicLong();
  private final StringWriter err = new StringWriter();

  @Test
  void drawsNothingDuringTheFirstSecond() {
    ProgressBar bar = new ProgressBar(new PrintWriter(err), true, now::get);
    now.set(ProgressBar.DELAY_NANOS - 1);
    bar.onProgress(50, 100);
    bar.close();
    assertEquals("", err.toString());
  }

  @Test
  void drawsInPlaceOnATerminalAfterASecondAndEndsTheLine() {
    ProgressBar bar = new ProgressBar(new PrintWriter(err), true, now::get);
    now.set(ProgressBar.DELAY_NANOS);
    bar.onProgress(50, 100);
    bar.onProgress(50, 100);
    bar.onProgress(100, 100);
    bar.close();
    assertEquals("\rsimulating [" + "#".repeat(15) + " ".repeat(15) + "] 50 %"
        + "\rsimulating [" + "#".repeat(30) + "] 100 %" + System.lineSeparator(), err.toString());
  }

  @Test
  void drawsNothingWithoutATerminal() {
    ProgressBar bar = new ProgressBar(new PrintWriter(err), false, now::get);
    now.set(10 * ProgressBar.DELAY_NANOS);
    bar.onProgress(50, 100);
    bar.close();
    assertEquals("", err.toString());
  }
}
