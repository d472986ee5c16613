package dev.facets.cli;

import dev.facets.core.questionnaire.ScoringMode;
import picocli.CommandLine.Option;

/**
 * {@code --mode compatible|published|corrected}, declared once for {@code pet} and {@code pet team},
 * so that a team is scored as each of its members would be, and both helps say what the modes mean.
 */
final class ScoringModeOption {
  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "compatible",
      description = "compatible: as the tool's authors intended it; published: exactly as the published tool"
          + " computes it (ticked boxes add nothing, each rated capability item adds 1); corrected: question-2"
          + " tags as worded and anticipatory out of its attainable 60 (default: ${DEFAULT-VALUE}).")
  ScoringMode mode;
}
