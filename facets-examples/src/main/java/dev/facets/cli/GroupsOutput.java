package dev.facets.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.core.score.Balance;
import dev.facets.core.score.GroupKey;
import dev.facets.core.score.GroupScore;
import dev.facets.core.score.Metric;
import dev.facets.core.score.PortfolioGroups;
import dev.facets.report.Numbers;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code --group-by KEY} of {@code score} and {@code compare}: the option's converter, the
 * contract's {@code groups} array, the balance object both commands print, and the text table.
 */
final class GroupsOutput {
  /** What {@code --group-by} takes, for every command's help. */
  static final String KEYS = "stage, priority, zone, tag (an initiative counts in each of its tags), or the name of "
      + "an attribute (a missing value is the group null).";

  /** The help text of {@code --group-by} on score and compare. */
  static final String DESCRIPTION = "Also score each group of initiatives by KEY: " + KEYS;

  /** Width of a group's name in the text table; longer names are cut with an ellipsis. */
  static final int NAME_WIDTH = 16;

  private GroupsOutput() {}

  /** The nine balance indices as the contract prints them, variety as a whole number. */
  static ObjectNode balance(Balance balance) {
    ObjectNode json = JsonOut.object();
    for (Metric metric : Metric.values()) {
      if (metric == Metric.VARIETY) {
        json.put(metric.jsonName(), balance.variety());
      } else if (!metric.isTargetGap()) {
        json.put(metric.jsonName(), balance.value(metric));
      }
    }
    return json;
  }

  /**
   * The contract's {@code groups}: key ({@code null} for no value), initiatives, totalWeight,
   * facetShares and balance ({@code null} for a group of zero weight), in order of first appearance.
   */
  static ArrayNode json(PortfolioGroups groups) {
    ArrayNode json = JsonNodeFactory.instance.arrayNode();
    for (GroupScore group : groups.groups()) {
      ObjectNode node = json.addObject();
      if (group.key().isPresent()) {
        node.put("key", group.key().get());
      } else {
        node.putNull("key");
      }
      node.put("initiatives", group.initiatives());
      node.put("totalWeight", group.totalWeight());
      if (group.score().isPresent()) {
        node.set("facetShares", JsonOut.facets(group.facetShares().orElseThrow().toArray()));
        node.set("balance", balance(group.balance().orElseThrow()));
      } else {
        node.putNull("facetShares");
        node.putNull("balance");
      }
    }
    return json;
  }

  /** The groups as a table: name, initiatives, weight, the four shares and evenness. */
  static String text(PortfolioGroups groups) {
    StringBuilder text = new StringBuilder();
    GroupKey key = groups.key();
    line(text, "Groups by %s%s:", key.isAttribute() ? "attribute " : "", key.name());
    line(text, "  %-" + NAME_WIDTH + "s %11s %14s %12s %8s %9s %13s %9s", "group", "initiatives", "weight",
        "enhancement", "mission", "adaptive", "anticipatory", "evenness");
    for (GroupScore group : groups.groups()) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-" + NAME_WIDTH + "s %11s %14s",
          name(group.key()), Numbers.count(group.initiatives()), Numbers.number(group.totalWeight())));
      if (group.score().isPresent()) {
        FacetMix shares = group.facetShares().orElseThrow();
        int[] widths = {12, 8, 9, 13};
        for (Facet facet : Facet.ordered()) {
          row.append(String.format(Locale.ROOT, " %" + widths[facet.ordinal()] + "s", Numbers.share(shares.weight(facet))));
        }
        row.append(String.format(Locale.ROOT, " %9s", Numbers.fixed(group.balance().orElseThrow().evenness(), 4)));
      } else {
        row.append("  no shares (zero weight)");
      }
      text.append(row).append(System.lineSeparator());
    }
    return text.toString();
  }

  /**
   * A group's name for a person: its value, or {@code (none)} for the initiatives without one, cut to
   * the tables' width.
   */
  static String name(Optional<String> key) {
    String name = key.orElse("(none)");
    return name.length() <= NAME_WIDTH ? name : name.substring(0, NAME_WIDTH - 3) + "...";
  }

  private static void line(StringBuilder text, String format, Object... arguments) {
    text.append(String.format(Locale.ROOT, format, arguments)).append(System.lineSeparator());
  }
}
