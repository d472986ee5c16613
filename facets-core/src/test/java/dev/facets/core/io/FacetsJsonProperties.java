package dev.facets.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.facets.api.Generators;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.api.TargetMix;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Every valid value round-trips through its JSON file format, bit for bit. */
class FacetsJsonProperties {
  private static final long SEED = 7L;

  @Test
  void portfoliosRoundTrip() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(Generators.portfolios()).checkAssert(portfolio -> {
      Portfolio read = FacetsJson.readPortfolio(FacetsJson.toJson(portfolio), "generated");
      assertEquals(portfolio, read);
    });
  }

  @Test
  void scenarioSetsRoundTrip() {
    qt().withFixedSeed(SEED).forAll(Generators.scenarioSets()).checkAssert(scenarios -> {
      StringWriter json = new StringWriter();
      FacetsJson.writeScenarios(scenarios, json);
      ScenarioSet read = FacetsJson.readScenarios(json.toString(), "generated");
      assertEquals(scenarios, read);
    });
  }

  @Test
  void targetsRoundTrip() {
    qt().withFixedSeed(SEED).forAll(Generators.targets()).checkAssert(target -> {
      StringWriter json = new StringWriter();
      FacetsJson.writeTarget(target, json);
      TargetMix read = FacetsJson.readTarget(json.toString(), "generated");
      assertEquals(target, read);
    });
  }
}
