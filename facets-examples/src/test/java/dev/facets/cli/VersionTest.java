package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code facets --version}: the version, the commit and the build time that the build wrote. */
class VersionTest {
  @Test
  void versionNamesTheReleaseTheCommitAndTheCommitsTime() {
    CommandRun run = CommandRun.of("--version");
    assertEquals(FacetsCommand.OK, run.exitCode, run::toString);
    List<String> lines = run.out.lines().toList();
    assertEquals(3, lines.size(), run.out);
    assertTrue(lines.get(0).matches("facets \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), lines.get(0));
    // A build from a source archive has no commit: "unknown" says so instead of a made-up id.
    assertTrue(lines.get(1).matches("commit ([0-9a-f]{40}|unknown)( \\(with uncommitted changes\\))?"),
        lines.get(1));
    // The commit's time in UTC, never the wall clock of the build (reproducible jars).
    assertTrue(lines.get(2).matches("built \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), lines.get(2));
  }
}
