package dev.facets.report.charts;

import dev.facets.api.FacetMix;
import dev.facets.core.score.GroupScore;
import dev.facets.core.score.PortfolioGroups;
import java.util.ArrayList;
import java.util.List;

/**
 * The charts of grouping and comparison: small multiples of facet shares per group, and the facet
 * diamond of two snapshots, before and after. Like {@link Charts}, they only draw numbers an engine
 * computed.
 */
public final class ComparisonCharts {
  private ComparisonCharts() {}

  /**
   * Small multiples: one panel of four facet-share bars per group, in the groups' order (at most 24
   * panels; the title says how many are left out).
   *
   * @param title the chart's title
   * @param groups the groups, e.g. from {@link PortfolioGroups#of}
   */
  public static Chart groupShares(String title, PortfolioGroups groups) {
    List<GroupSharesChart.Panel> panels = new ArrayList<>();
    for (GroupScore group : groups.groups()) {
      panels.add(new GroupSharesChart.Panel(group.key().orElse("(none)"), group.facetShares()));
    }
    int hidden = panels.size() - GroupSharesChart.MAX_PANELS;
    String shown = hidden > 0 ? title + " (first " + GroupSharesChart.MAX_PANELS + " of " + panels.size() + " groups)"
        : title;
    return new GroupSharesChart(shown, panels);
  }

  /**
   * The diamond of two snapshots: cells shaded by the new shares, the old shares drawn as a faint
   * outline and the new ones as a bold outline over them (a facet at 100 % reaches its pole).
   *
   * @param title the chart's title; say there which outline is which
   * @param old the old snapshot's facet shares
   * @param current the new snapshot's facet shares
   */
  public static Chart beforeAfter(String title, FacetMix old, FacetMix current) {
    return new DiamondChart(title, current.toArray(), List.of(old.toArray()), current.toArray());
  }
}
