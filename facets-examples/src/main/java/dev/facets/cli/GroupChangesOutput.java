package dev.facets.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facets.api.Facet;
import dev.facets.api.FacetValues;
import dev.facets.core.compare.GroupChange;
import dev.facets.core.score.GroupKey;
import dev.facets.core.score.Metric;
import dev.facets.report.Numbers;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code compare --group-by KEY}'s changes group by group: the {@code groupChanges} array of the JSON
 * and the text table. Like the whole portfolio's changes, every change is new minus old: a share
 * change in the JSON is a fraction and in the text a number of percentage points.
 */
final class GroupChangesOutput {
  /** Widths of the four facet columns, each as wide as its facet's name. */
  private static final int[] FACET_WIDTHS = {11, 7, 8, 12};

  private GroupChangesOutput() {}

  /**
   * The JSON of the group changes: per group its key ({@code null} for no value), its status
   * ({@code kept}, {@code added} or {@code removed}), the change of its initiatives and total weight,
   * and the change of its facet shares and balance ({@code null} when it has no shares on one side).
   */
  static ArrayNode json(List<GroupChange> changes) {
    ArrayNode json = JsonNodeFactory.instance.arrayNode();
    for (GroupChange change : changes) {
      ObjectNode node = json.addObject();
      if (change.key().isPresent()) {
        node.put("key", change.key().get());
      } else {
        node.putNull("key");
      }
      node.put("status", status(change));
      node.put("initiativesChange", change.initiativesChange());
      node.put("totalWeightChange", change.totalWeightChange());
      if (change.shareChange().isPresent()) {
        node.set("shareChange", JsonOut.facets(change.shareChange().get().toArray()));
        node.set("balanceChange", balanceChange(change.balanceChange().orElseThrow()));
      } else {
        node.putNull("shareChange");
        node.putNull("balanceChange");
      }
    }
    return json;
  }

  /** The change of each balance index as the contract's {@code balanceChange}, variety a whole number. */
  static ObjectNode balanceChange(Map<Metric, Double> changes) {
    ObjectNode balance = JsonOut.object();
    for (Map.Entry<Metric, Double> change : changes.entrySet()) {
      if (change.getKey() == Metric.VARIETY) {
        balance.put(change.getKey().jsonName(), change.getValue().intValue());
      } else {
        balance.put(change.getKey().jsonName(), change.getValue());
      }
    }
    return balance;
  }

  /** The group changes as a table: status, initiatives, weight, share points and evenness, new minus old. */
  static String text(GroupKey key, List<GroupChange> changes) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "Changes by %s%s (new minus old; shares in points):", key.isAttribute()
        ? "attribute " : "", key.name())).append(System.lineSeparator());
    String columns = "  %-" + GroupsOutput.NAME_WIDTH + "s %-8s %11s %14s";
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, columns, "group", "status", "initiatives",
        "weight"));
    for (Facet facet : Facet.ordered()) {
      header.append(String.format(Locale.ROOT, " %" + FACET_WIDTHS[facet.ordinal()] + "s", facet.jsonName()));
    }
    text.append(header).append(String.format(Locale.ROOT, " %9s", "evenness")).append(System.lineSeparator());
    for (GroupChange change : changes) {
      long initiatives = change.initiativesChange();
      double weight = change.totalWeightChange();
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, columns, GroupsOutput.name(change.key()),
          status(change), (initiatives > 0 ? "+" : "") + Numbers.count(initiatives),
          (weight > 0 ? "+" : "") + Numbers.number(weight)));
      if (change.shareChange().isPresent()) {
        FacetValues shares = change.shareChange().get();
        for (Facet facet : Facet.ordered()) {
          row.append(String.format(Locale.ROOT, " %" + FACET_WIDTHS[facet.ordinal()] + "s",
              Numbers.signed(100 * shares.get(facet), 1)));
        }
        row.append(String.format(Locale.ROOT, " %9s",
            Numbers.signed(change.balanceChange().orElseThrow().get(Metric.EVENNESS), 4)));
      } else {
        row.append("  no share change (no shares on one side)");
      }
      text.append(row.toString().stripTrailing()).append(System.lineSeparator());
    }
    return text.toString();
  }

  private static String status(GroupChange change) {
    return change.isAdded() ? "added" : change.isRemoved() ? "removed" : "kept";
  }
}
