package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers and names in {@code --format text}: amounts with thousands separators and at most cents,
 * never an exponent or float noise; statuses and durations in words. (The JSON keeps full precision
 * and the contract's camelCase names, tested with each command.)
 */
class TextNumbersTest {
  /** An exponent ({@code 1.985E7}) or float noise ({@code 84999.99999999953}). */
  private static final Pattern RAW_DOUBLE = Pattern.compile("\\d[eE][+-]?\\d|\\d\\.\\d{7,}");

  @TempDir Path folder;

  /** 19,850,000 in budgets of which a third each, so that shares and transfers are not round. */
  private Path register() throws Exception {
    Path file = folder.resolve("r.json");
    Files.writeString(file, "{\"name\": \"Ministry\", \"currency\": \"EUR\", \"initiatives\": ["
        + "{\"id\": \"a\", \"budget\": 6616666.67, \"facets\": {\"enhancement\": 1}, \"impact\": {\"low\": 1, \"mode\": 2, \"high\": 3}},"
        + "{\"id\": \"b\", \"budget\": 6616666.66, \"facets\": {\"mission\": 0.7, \"adaptive\": 0.3}, \"impact\": {\"low\": 1, \"mode\": 1, \"high\": 1}},"
        + "{\"id\": \"c\", \"budget\": 6616666.67, \"facets\": {\"anticipatory\": 1}, \"impact\": {\"low\": 0, \"mode\": 1, \"high\": 2}}]}");
    return file;
  }

  @Test
  void amountsAreGroupedAndRoundedToCentsInEveryTextOutput() throws Exception {
    String register = register().toString();
    CommandRun validate = CommandRun.of("validate", register);
    assertTrue(validate.out.contains("total budget 19,850,000 EUR"), validate::toString);
    CommandRun score = CommandRun.of("score", register, "--target", "enhancement=0.4,mission=0.3,adaptive=0.2,"
        + "anticipatory=0.1", "--format", "text");
    assertTrue(score.out.startsWith("Ministry: 3 initiatives, total weight 19,850,000 by budget"), score::toString);
    assertTrue(score.out.contains("  least transfer 4,631,666.67" + System.lineSeparator()) && score.out.contains("  move 1,323,333.33 from anticipatory to enhancement"), score::toString);
    CommandRun optimize = CommandRun.of("optimize", register, "--scenarios", futures().toString(), "--objective",
        "maximin", "--turnover", "0.1", "--format", "text");
    assertTrue(optimize.out.startsWith("Ministry: total weight 19,850,000 by budget"), optimize::toString);
    CommandRun select = CommandRun.of("select", register, "--budget", "1.4e7", "--format", "text");
    assertTrue(select.out.startsWith("Ministry: funding under a budget limit of 14,000,000"), select::toString);
    assertTrue(select.out.contains("  cost                   13,233,333.33"), select::toString);
    for (CommandRun run : new CommandRun[] {validate, score, optimize, select}) {
      assertEquals(0, run.exitCode, run::toString);
      assertFalse(RAW_DOUBLE.matcher(run.out).find(), run::toString);
    }
  }

  private Path futures() throws Exception {
    Path file = folder.resolve("f.json");
    Files.writeString(file, "{\"scenarios\": ["
        + "{\"name\": \"calm\", \"payoff\": {\"enhancement\": 1.2, \"mission\": 1, \"adaptive\": 0.8, \"anticipatory\": 0.5}},"
        + "{\"name\": \"shock\", \"payoff\": {\"enhancement\": 0.4, \"mission\": 0.9, \"adaptive\": 1.3, \"anticipatory\": 1.6}}]}");
    return file;
  }

  @Test
  void statusesAndDurationsAreWords() throws Exception {
    CommandRun select = CommandRun.of("select", register().toString(), "--budget", "1.4e7", "--time-limit",
        "PT0.000000001S", "--format", "text");
    assertEquals(0, select.exitCode, select::toString);
    assertTrue(select.out.contains("status: time limit reached" + System.lineSeparator()), select::toString);
    assertTrue(select.out.contains("the time limit of 0.000000001 seconds was reached"), select::toString);
    assertEquals("timeLimitReached", CommandRun.of("select", register().toString(), "--budget", "1.4e7",
        "--time-limit", "PT0.000000001S").json().get("status").asText(), "JSON keeps the contract's name");
  }

  @Test
  void aContractNameInWords() {
    assertEquals("time limit reached", TextOut.words("timeLimitReached"));
    assertEquals("optimal", TextOut.words("optimal"));
    assertEquals("minimax-regret", TextOut.words("minimax-regret"));
  }
}
