package dev.facets.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.facets.api.Generators;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The JSON portfolio reader keeps each initiative's start as a cheap mark, not a location object, and
 * names it only when the initiative turns out bad: the mark must be exactly where Jackson's location
 * says the initiative starts, anywhere in a file, across the parser's buffer boundaries, after
 * escaped line breaks and characters beyond ASCII. Initiatives lose their budget at random, and every
 * problem reported must stand at the start Jackson gives for that initiative.
 */
class JsonMarkProperties {
  private static final long SEED = 1603L;

  @Test
  void everyInitiativeIsNamedWhereJacksonSaysItStarts() {
    AtomicInteger beyondOneBuffer = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(60).forAll(Generators.portfolios(30),
        lists().of(FacetsCsvProperties.nonBlankTexts()).ofSize(30), integers().between(1, 40),
        integers().between(1, 7)).checkAssert((portfolio, names, repeat, every) -> {
          List<Initiative> renamed = new ArrayList<>();
          for (int i = 0; i < portfolio.size(); i++) {
            renamed.add(new Initiative.Builder().from(portfolio.initiatives().get(i))
                .name(names.get(i).repeat(1 + (i * repeat) % 41)).build());
          }
          String valid = FacetsJson.toJson(new Portfolio.Builder().from(portfolio).initiatives(renamed).build());
          List<Integer> bad = new ArrayList<>();
          StringBuilder json = new StringBuilder();
          int from = 0;
          int index = 0;
          for (int at = valid.indexOf("\"budget\" : "); at >= 0; at = valid.indexOf("\"budget\" : ", at + 1)) {
            if (index % every == 0) {
              bad.add(index);
              json.append(valid, from, at);
              from = valid.indexOf('\n', at) + 1;
              // The line kept its indent: drop it too, with the budget's line.
              while (json.length() > 0 && json.charAt(json.length() - 1) == ' ') {
                json.setLength(json.length() - 1);
              }
            }
            index++;
          }
          json.append(valid.substring(from));
          byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
          if (bytes.length > 8000) {
            beyondOneBuffer.incrementAndGet();
          }
          List<JsonLocation> starts = initiativeStarts(bytes);
          InputException e = assertThrows(InputException.class,
              () -> FacetsJson.readPortfolio(new ByteArrayInputStream(bytes), "m.json"));
          assertEquals(bad.size(), e.problemCount(), e.lines()::toString);
          for (int k = 0; k < e.problems().size(); k++) {
            InputException problem = e.problems().get(k);
            int i = bad.get(k);
            assertEquals("initiatives[" + i + "].budget", problem.path(), problem::getMessage);
            assertEquals(starts.get(i).getLineNr(), problem.line(), problem::getMessage);
            assertEquals(starts.get(i).getColumnNr(), problem.column(), problem::getMessage);
          }
        });
    assertTrue(beyondOneBuffer.get() > 20, () -> "files longer than Jackson's buffer: " + beyondOneBuffer);
  }

  /** Where Jackson's own location puts the start of each initiative of a portfolio file. */
  private static List<JsonLocation> initiativeStarts(byte[] bytes) {
    List<JsonLocation> starts = new ArrayList<>();
    try (JsonParser parser = JsonLimits.factory().createParser(new ByteArrayInputStream(bytes))) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_OBJECT && parser.getParsingContext().getNestingDepth() == 3) {
          starts.add(parser.currentTokenLocation());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return starts;
  }
}
