package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out}: written atomically (a temporary file in the same folder, then an atomic move), no
 * partial or stray file on any error, an existing output left untouched when the command fails, and
 * never an input overwritten, however the same file is named.
 */
class SafeOutputTest {
  @TempDir Path folder;
  private Path portfolio;
  private String original;

  @BeforeEach
  void writeAPortfolio() throws IOException {
    portfolio = folder.resolve("p.json");
    original = "{\"name\":\"p\",\"initiatives\":[{\"id\":\"a\",\"budget\":1,\"facets\":{\"mission\":1}}]}";
    Files.writeString(portfolio, original);
  }

  private List<String> strayFiles() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".tmp")).toList();
    }
  }

  @Test
  void writesTheWholeOutputAndLeavesNoTemporaryFile() throws IOException {
    Path out = folder.resolve("summary.json");
    CommandRun run = CommandRun.of("validate", portfolio.toString(), "--format", "json", "--out", out.toString());
    assertEquals(FacetsCommand.OK, run.exitCode, run::toString);
    assertEquals("", run.out);
    assertEquals(1, CommandRun.of("validate", portfolio.toString(), "--format", "json").json().get("initiatives").asInt());
    assertTrue(Files.readString(out).endsWith("}" + System.lineSeparator()), "complete JSON");
    assertEquals(List.of(), strayFiles());
  }

  @Test
  void aFailedCommandLeavesAnExistingOutputUntouched() throws IOException {
    Path out = folder.resolve("summary.json");
    Files.writeString(out, "the previous result");
    Path bad = folder.resolve("bad.json");
    Files.writeString(bad, "{\"name\":\"p\",\"initiatives\":[");
    CommandRun run = CommandRun.of("validate", bad.toString(), "--out", out.toString());
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertEquals("the previous result", Files.readString(out));
    assertEquals(List.of(), strayFiles());
  }

  @Test
  void aFailedMoveLeavesNoPartialFile() throws IOException {
    // The target is a folder that is not empty: the move fails after the temporary file is written.
    Path out = Files.createDirectory(folder.resolve("out.json"));
    Files.writeString(out.resolve("keep.txt"), "kept");
    CommandRun run = CommandRun.of("validate", portfolio.toString(), "--out", out.toString());
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertTrue(run.err.contains("cannot be written"), run::toString);
    assertEquals(1, run.err.strip().lines().count(), run::toString);
    assertEquals("kept", Files.readString(out.resolve("keep.txt")));
    assertEquals(List.of(), strayFiles());
  }

  @Test
  void aMissingFolderIsAnErrorAndCreatesNothing() {
    Path out = folder.resolve("no-such-folder").resolve("summary.json");
    CommandRun run = CommandRun.of("validate", portfolio.toString(), "--out", out.toString());
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertFalse(Files.exists(out.getParent()));
  }

  @Test
  void neverOverwritesAnInputHoweverItIsNamed() throws IOException {
    Path link = Files.createSymbolicLink(folder.resolve("link.json"), portfolio);
    Path hardLink = Files.createLink(folder.resolve("hard.json"), portfolio);
    Files.createDirectory(folder.resolve("sub"));
    Path linkedFolder = Files.createSymbolicLink(folder.resolve("alias"), folder);
    Path relative = Path.of("").toAbsolutePath().relativize(portfolio);
    List<Path> sameFile = List.of(
        portfolio,
        link,
        hardLink,
        folder.resolve("sub").resolve("..").resolve("p.json"),
        folder.resolve(".").resolve("p.json"),
        linkedFolder.resolve("p.json"),
        relative);
    for (Path out : sameFile) {
      CommandRun run = CommandRun.of("validate", portfolio.toString(), "--out", out.toString());
      assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, () -> out + ": " + run);
      assertTrue(run.err.contains("must not overwrite the input file"), () -> out + ": " + run);
      assertEquals(original, Files.readString(portfolio), out::toString);
      // The input named through a link, the output through the file itself.
      CommandRun reversed = CommandRun.of("validate", out.toString(), "--out", portfolio.toString());
      assertEquals(FacetsCommand.BAD_INPUT, reversed.exitCode, () -> out + ": " + reversed);
      assertEquals(original, Files.readString(portfolio), out::toString);
    }
    assertTrue(Files.isSymbolicLink(link), "the link is left as it was");
    assertEquals(List.of(), strayFiles());
  }

  @Test
  void readersNeverSeeAHalfWrittenFile() throws Exception {
    // Two large outputs alternate; a reader polling the file must only ever see one of them whole.
    String first = "a".repeat(4 << 20);
    String second = "b".repeat(3 << 20);
    Path out = folder.resolve("big.txt");
    OutputOptions.writeAtomically(out, first, List.of());
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger reads = new AtomicInteger();
    AtomicReference<String> torn = new AtomicReference<>();
    Thread reader = new Thread(() -> {
      while (!done.get()) {
        try {
          String seen = Files.readString(out);
          reads.incrementAndGet();
          if (!seen.equals(first) && !seen.equals(second)) {
            torn.set(seen.length() + " characters starting " + seen.charAt(0));
          }
        } catch (IOException e) {
          torn.set("the file vanished: " + e);
        }
      }
    });
    reader.start();
    try {
      for (int i = 0; i < 20; i++) {
        OutputOptions.writeAtomically(out, i % 2 == 0 ? second : first, List.of());
      }
    } finally {
      done.set(true);
      reader.join(10_000);
    }
    assertEquals(null, torn.get());
    assertTrue(reads.get() > 0);
    assertEquals(List.of(), strayFiles());
  }

  @Test
  void theOutputIsMovedIntoPlaceNeverWrittenInPlace() throws Exception {
    // Watch the folder: the content must be written to a temporary file beside the target (an
    // atomic move only exists within one file system), and the target must appear by a rename,
    // never be opened and written to, which would show as a modification of the target itself.
    Path out = folder.resolve("summary.json");
    Files.writeString(out, "old");
    java.util.Map<String, List<String>> events = new java.util.TreeMap<>();
    try (java.nio.file.WatchService watcher = folder.getFileSystem().newWatchService()) {
      folder.register(watcher, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE,
          java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY, java.nio.file.StandardWatchEventKinds.ENTRY_DELETE);
      OutputOptions.writeAtomically(out, "new content", List.of());
      for (java.nio.file.WatchKey key = watcher.poll(5, java.util.concurrent.TimeUnit.SECONDS); key != null;
          key = watcher.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        for (java.nio.file.WatchEvent<?> event : key.pollEvents()) {
          events.computeIfAbsent(String.valueOf(event.context()), name -> new java.util.ArrayList<>())
              .add(event.kind().name());
        }
        key.reset();
      }
    }
    assertEquals("new content", Files.readString(out));
    String temporary = events.keySet().stream().filter(name -> name.startsWith(".summary.json.") && name.endsWith(".tmp"))
        .findFirst().orElseThrow(() -> new AssertionError("no temporary file beside the target: " + events));
    assertTrue(events.get(temporary).contains("ENTRY_MODIFY"), events::toString);
    assertFalse(events.getOrDefault("summary.json", List.of()).contains("ENTRY_MODIFY"),
        () -> "the target was written in place: " + events);
    assertTrue(events.getOrDefault("summary.json", List.of()).contains("ENTRY_CREATE"), events::toString);
    assertEquals(List.of(), strayFiles());
  }

  @Test
  void aPipeIsWrittenThroughNeverReplaced() throws Exception {
    // The same path as /dev/null or /dev/stdout, on a FIFO of our own: moving a file over it would
    // replace the node (as root, /dev/null itself), so the output must go through it instead.
    Path fifo = folder.resolve("pipe.json");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    AtomicReference<String> received = new AtomicReference<>();
    Thread reader = new Thread(() -> {
      try {
        received.set(Files.readString(fifo));
      } catch (IOException e) {
        received.set("failed: " + e);
      }
    });
    reader.start();
    CommandRun run = CommandRun.of("validate", portfolio.toString(), "--format", "json", "--out", fifo.toString());
    reader.join(30_000);
    assertEquals(FacetsCommand.OK, run.exitCode, run::toString);
    assertTrue(received.get() != null && received.get().contains("\"initiatives\" : 1"), () -> "received " + received);
    assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "still a pipe");
    assertEquals(List.of(), strayFiles());
  }

  @Test
  void aNewOutputGetsThePermissionsOfAPlainWrite() throws IOException {
    // The umask cannot be set inside a JVM: a file written plainly in the same folder shows what it
    // allows, and the output must get the same (the temporary file was once always rw-------).
    org.junit.jupiter.api.Assumptions.assumeTrue(
        folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
    Path plain = folder.resolve("plain.txt");
    Files.newOutputStream(plain).close();
    Path out = folder.resolve("summary.json");
    CommandRun run = CommandRun.of("validate", portfolio.toString(), "--out", out.toString());
    assertEquals(FacetsCommand.OK, run.exitCode, run::toString);
    assertEquals(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
        java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
  }

  @Test
  void aReplacedOutputKeepsItsPermissions() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
    Path out = folder.resolve("summary.json");
    Files.writeString(out, "the previous result");
    // rw-r----- is neither the default of a new file nor the rw------- of a temporary one.
    Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
    CommandRun run = CommandRun.of("validate", portfolio.toString(), "--out", out.toString());
    assertEquals(FacetsCommand.OK, run.exitCode, run::toString);
    assertTrue(Files.readString(out).contains("\"initiatives\""), "replaced");
    assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    assertEquals(List.of(), strayFiles());
  }
}
