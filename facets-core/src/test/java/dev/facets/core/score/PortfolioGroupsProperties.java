package dev.facets.core.score;

import static dev.facets.core.score.ScoreAssertions.RELATIVE;
import static dev.facets.core.score.ScoreAssertions.assertScoresClose;
import static dev.facets.core.score.ScoreAssertions.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.facets.api.Generators;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Weighting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The rules of {@link PortfolioGroups}: groups that partition the register merge into its score,
 * whatever the key; a tag counts an initiative once per distinct tag.
 */
class PortfolioGroupsProperties {
  private static final List<GroupKey> PARTITIONS = List.of(GroupKey.stage(), GroupKey.priority(), GroupKey.zone(),
      GroupKey.attribute("unit"));

  /** Funded portfolios whose initiatives each carry one tag of their own: one group per initiative. */
  private static Gen<Portfolio> onePerInitiative() {
    return Generators.fundedPortfolios().map(portfolio -> {
      List<Initiative> tagged = new ArrayList<>();
      for (Initiative initiative : portfolio.initiatives()) {
        tagged.add(new Initiative.Builder().from(initiative).tags(List.of("own " + initiative.id())).build());
      }
      return new Portfolio.Builder().from(portfolio).initiatives(tagged).build();
    });
  }

  private static FacetTally merged(PortfolioGroups groups) {
    FacetTally merged = FacetTally.EMPTY;
    for (GroupScore group : groups.groups()) {
      merged = merged.merge(group.tally());
    }
    return merged;
  }

  private static PortfolioScore scoreOf(Portfolio portfolio, FacetTally tally) {
    return PortfolioScorer.DEFAULT.score(portfolio.name(), "budget", tally);
  }

  @Test
  void oneGroupPerInitiativeMergesIntoTheWholeScore() {
    theory(1301).forAll(onePerInitiative()).checkAssert(portfolio -> {
      PortfolioGroups groups = PortfolioGroups.of(portfolio, Weighting.budget(), GroupKey.tag());
      assertEquals(portfolio.size(), groups.groups().size());
      for (int i = 0; i < portfolio.size(); i++) {
        assertEquals(Optional.of("own " + portfolio.initiatives().get(i).id()), groups.groups().get(i).key());
        assertEquals(1, groups.groups().get(i).initiatives());
      }
      assertScoresClose(PortfolioScorer.DEFAULT.score(portfolio, Weighting.budget()),
          scoreOf(portfolio, merged(groups)), RELATIVE);
    });
  }

  @Test
  void everyPartitioningKeyMergesIntoTheWholeScore() {
    theory(1302).forAll(Generators.fundedPortfolios()).checkAssert(portfolio -> {
      PortfolioScore whole = PortfolioScorer.DEFAULT.score(portfolio, Weighting.budget());
      for (GroupKey key : PARTITIONS) {
        PortfolioGroups groups = PortfolioGroups.of(portfolio, Weighting.budget(), key);
        assertEquals(portfolio.size(), groups.groups().stream().mapToLong(GroupScore::initiatives).sum());
        assertScoresClose(whole, scoreOf(portfolio, merged(groups)), RELATIVE);
      }
    });
  }

  @Test
  void aGroupScoresLikeThePortfolioOfItsInitiatives() {
    theory(1303).forAll(Generators.fundedPortfolios()).checkAssert(portfolio -> {
      for (GroupScore group : PortfolioGroups.of(portfolio, Weighting.budget(), GroupKey.stage()).groups()) {
        List<Initiative> members = portfolio.initiatives().stream()
            .filter(initiative -> initiative.stage().map(stage -> stage.jsonName()).equals(group.key())).toList();
        assertEquals(members.size(), group.initiatives());
        Portfolio alone = new Portfolio.Builder().from(portfolio).initiatives(members).build();
        if (alone.totalBudget() > 0) {
          assertScoresClose(PortfolioScorer.DEFAULT.score(alone, Weighting.budget()), group.score().orElseThrow(),
              RELATIVE);
        } else {
          assertEquals(Optional.empty(), group.score());
        }
      }
    });
  }

  @Test
  void aTagCountsAnInitiativeOncePerDistinctTag() {
    theory(1304).forAll(Generators.fundedPortfolios()).checkAssert(portfolio -> {
      long memberships = portfolio.initiatives().stream()
          .mapToLong(initiative -> Math.max(1, initiative.tags().stream().distinct().count())).sum();
      PortfolioGroups groups = PortfolioGroups.of(portfolio, Weighting.budget(), GroupKey.tag());
      assertEquals(memberships, groups.groups().stream().mapToLong(GroupScore::initiatives).sum());
    });
  }
}
