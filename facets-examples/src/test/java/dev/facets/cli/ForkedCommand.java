package dev.facets.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code facets} command in a JVM of its own, as a user runs it: for what an in-process run
 * cannot show (a heap limit, standard output on {@code /dev/full} or closed, the exit code of
 * {@code main}).
 */
final class ForkedCommand {
  final int exitCode;
  final String err;

  private ForkedCommand(int exitCode, String err) {
    this.exitCode = exitCode;
    this.err = err;
  }

  /** The java launcher and class path of this test run, then {@code jvmOptions}, the main class and {@code args}. */
  static List<String> commandLine(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-Djava.awt.headless=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(FacetsCommand.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  /** Runs {@code command} with standard output to {@code stdout} and waits at most {@code seconds}. */
  static ForkedCommand run(List<String> command, File stdout, Path folder, long seconds)
      throws IOException, InterruptedException {
    Path errFile = Files.createTempFile(folder, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(errFile.toFile());
    if (stdout != null) {
      builder.redirectOutput(stdout);
    }
    Process process = builder.start();
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("no exit within " + seconds + " s: " + command);
    }
    String err = Files.readString(errFile, StandardCharsets.UTF_8);
    Files.delete(errFile);
    return new ForkedCommand(process.exitValue(), err);
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\nerr: " + err;
  }
}
