package dev.facets.core.classify;

import dev.facets.api.AxisPosition;
import dev.facets.api.Checks;
import dev.facets.api.Classifier;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Zone;
import dev.facets.core.text.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Classifies an initiative from what can be observed about it: {@link Signal}s in the thirteen
 * {@link Dimension}s, read by an {@link EvidenceRules} rule set.
 *
 * <p>Each signal adds its strength times its rule's weights to the evidence for each facet. The mix
 * is the evidence divided by its total; the implied position is uncertainty = anticipatory share
 * minus enhancement share and directedness = mission share minus adaptive share, each in [-1, 1]
 * (the same lean the portfolio score reports). The zone is {@link Zone#MIXED} when both facets of an
 * opposite pair (enhancement and anticipatory, mission and adaptive) hold at least the conflict share
 * of the evidence, because such an initiative pulls two ways at once (OPSI's zone of confusion);
 * otherwise it is the zone of the mix by the {@linkplain GeometricRule generalised geometric rule},
 * whose own opposite-pair step makes a mix that is not pure mixed at a quarter on each facet of the
 * pair, so a conflict share above a quarter cannot keep a mix that is not pure out of the mixed zone.
 * The explanation ranks the signals by how much of their evidence supports the facets that decided the
 * zone.
 *
 * <p>Evidence is summed in a fixed order (by dimension, then option), so the result does not depend
 * on the order the signals are given in. This class is immutable and thread-safe.
 */
public final class EvidenceClassifier {
  /** The default conflict share: a quarter of the evidence on each of two opposite facets. */
  public static final double DEFAULT_CONFLICT_SHARE = 0.25;

  /** The classifier with the default rules, purity 2/3 and conflict share 1/4. */
  public static final EvidenceClassifier DEFAULT =
      new EvidenceClassifier(EvidenceRules.DEFAULT, GeometricRule.DEFAULT, DEFAULT_CONFLICT_SHARE);

  /** The name recorded in the classifications this classifier makes. */
  static final String METHOD = "evidence";

  private static final Comparator<Signal> CANONICAL =
      Comparator.comparing(Signal::dimension).thenComparing(Signal::option);

  private final EvidenceRules rules;
  private final GeometricRule rule;
  private final double conflictShare;

  private EvidenceClassifier(EvidenceRules rules, GeometricRule rule, double conflictShare) {
    this.rules = rules;
    this.rule = rule;
    this.conflictShare = conflictShare;
  }

  /**
   * {@return this classifier with another rule set}
   *
   * @param rules the rules that say what each option is evidence for ({@link EvidenceRules#DEFAULT}
   *     unless set)
   */
  public EvidenceClassifier withRules(EvidenceRules rules) {
    return new EvidenceClassifier(Objects.requireNonNull(rules, "rules"), rule, conflictShare);
  }

  /**
   * {@return this classifier with another purity threshold, in (0.25, 1]}
   *
   * @param purity the least share of the dominant facet for a pure zone, in (0.25, 1] (default 2/3)
   * @throws InvalidValueException if the purity is out of range
   */
  public EvidenceClassifier withPurity(double purity) {
    return new EvidenceClassifier(rules, rule.withPurity(purity), conflictShare);
  }

  /**
   * {@return this classifier with another conflict share, in (0, 0.5]}
   *
   * @param conflictShare the share of the evidence each of two opposite facets must hold for the zone
   *     to be mixed, in (0, 0.5] ({@value #DEFAULT_CONFLICT_SHARE} unless set)
   * @throws InvalidValueException if the conflict share is out of range
   */
  public EvidenceClassifier withConflictShare(double conflictShare) {
    return new EvidenceClassifier(rules, rule, Checks.inHalfOpenRange(conflictShare, 0, 0.5, "conflictShare"));
  }

  /** {@return the rule set} */
  public EvidenceRules rules() {
    return rules;
  }

  /** {@return the purity threshold, in (0.25, 1] (2/3 unless set)} */
  public double purity() {
    return rule.purity();
  }

  /**
   * {@return the share from which evidence for each of two opposite facets makes the zone mixed, in
   * (0, 0.5]}
   */
  public double conflictShare() {
    return conflictShare;
  }

  /**
   * Classifies the initiative that the signals describe.
   *
   * @param signals what was observed, at least one, each dimension and option at most once, in any
   *     order (the result does not depend on it)
   * @return the evidence, the mix, implied position and zone, and the signals ranked with the lines
   *     that explain them
   * @throws InvalidValueException if there are no signals, if a signal's option is unknown to the
   *     rules ({@code signals[2].option}), or if a dimension and option are given twice
   */
  public EvidenceClassification classify(List<Signal> signals) {
    Checks.notEmpty(signals, "signals");
    List<Signal> ordered = new ArrayList<>(signals);
    ordered.sort(CANONICAL);
    checkSignals(signals);
    List<EvidenceRule> read = new ArrayList<>();
    for (Signal signal : ordered) {
      read.add(rules.rule(signal.dimension(), signal.option(), "option"));
    }
    double[] evidence = evidence(ordered, read);
    FacetMix mix = FacetMix.of(evidence);
    // Each share is in [0, 1], so each difference is in [-1, 1] exactly, without clamping.
    AxisPosition position = AxisPosition.of(
        mix.weight(Facet.ANTICIPATORY) - mix.weight(Facet.ENHANCEMENT),
        mix.weight(Facet.MISSION) - mix.weight(Facet.ADAPTIVE));
    Set<Facet> conflicting = conflicting(mix);
    Verdict verdict = conflicting.isEmpty() ? geometric(mix)
        : new Verdict(Zone.MIXED, conflicting, conflictReason(mix, conflicting));
    List<SignalContribution> contributions = contributions(ordered, read, verdict.deciding(), total(evidence));
    List<String> lines = explanation(signals.size(), mix, position, verdict, contributions);
    return new EvidenceClassification(FacetValues.of(evidence), mix, position, verdict.zone(), verdict.deciding(),
        !conflicting.isEmpty(), contributions, lines, rule.purity(), conflictShare);
  }

  /** The zone, the facets that decided it, and why. */
  private record Verdict(Zone zone, Set<Facet> deciding, String reason) {}

  /** Every signal present, known to the rules, and each dimension and option given once. */
  private void checkSignals(List<Signal> signals) {
    for (int i = 0; i < signals.size(); i++) {
      Signal signal = Objects.requireNonNull(signals.get(i), "signals[" + i + "]");
      rules.rule(signal.dimension(), signal.option(), "signals[" + i + "].option");
    }
    Checks.uniqueKeys(signals, s -> s.dimension().jsonName() + ":" + s.option(), "signals", "option");
  }

  /** The evidence per facet: each signal's strength times its rule's weights, summed in canonical order. */
  private static double[] evidence(List<Signal> ordered, List<EvidenceRule> read) {
    double[] evidence = new double[Facet.COUNT];
    for (int i = 0; i < ordered.size(); i++) {
      for (Facet facet : Facet.ordered()) {
        evidence[facet.ordinal()] += ordered.get(i).strength() * read.get(i).weights().get(facet);
      }
    }
    return evidence;
  }

  private static double total(double[] evidence) {
    double total = 0;
    for (double e : evidence) {
      total += e;
    }
    return total;
  }

  /** The zone of a mix without a conflict: the generalised geometric rule's. */
  private Verdict geometric(FacetMix mix) {
    GeometricRule.Decision decision = rule.decide(mix);
    return new Verdict(decision.zone(), EnumSet.copyOf(decision.deciding()), decision.reason());
  }

  /** Each signal's share of the evidence, ranked by how much of it supports the deciding facets. */
  private static List<SignalContribution> contributions(List<Signal> ordered, List<EvidenceRule> read,
      Set<Facet> deciding, double total) {
    List<SignalContribution> contributions = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      double[] shares = new double[Facet.COUNT];
      double support = 0;
      for (Facet facet : Facet.ordered()) {
        shares[facet.ordinal()] = ordered.get(i).strength() * read.get(i).weights().get(facet) / total;
        support += deciding.contains(facet) ? shares[facet.ordinal()] : 0;
      }
      contributions.add(new SignalContribution(ordered.get(i), read.get(i), FacetValues.of(shares), support));
    }
    // Stable sort: equal support and total keep the canonical order.
    contributions.sort(Comparator.comparingDouble(SignalContribution::support).reversed()
        .thenComparing(Comparator.comparingDouble(SignalContribution::total).reversed()));
    return contributions;
  }

  private static List<String> explanation(int signals, FacetMix mix, AxisPosition position, Verdict verdict,
      List<SignalContribution> contributions) {
    List<String> lines = new ArrayList<>();
    lines.add("Zone: " + verdict.zone().jsonName() + ". " + verdict.reason());
    lines.add("Mix from " + signals + (signals == 1 ? " signal: " : " signals: ") + Explain.mix(mix) + ".");
    lines.add(positionLine(position));
    lines.add("Signals, most support for the zone first:");
    for (int i = 0; i < contributions.size(); i++) {
      lines.add((i + 1) + ". " + signalLine(contributions.get(i)));
    }
    return lines;
  }

  /**
   * {@return this classifier as a {@link Classifier} of initiatives, given how to find an initiative's signals
   * (from the caller's own register, say)}
   *
   * <p>The classifier's errors name the initiative whose signals were at fault.
   *
   * @param signalsOf the signals of an initiative, called once per classification
   */
  public Classifier asClassifier(Function<Initiative, ? extends List<Signal>> signalsOf) {
    Objects.requireNonNull(signalsOf, "signalsOf");
    return initiative -> {
      try {
        return classify(signalsOf.apply(initiative)).toClassification();
      } catch (InvalidValueException e) {
        throw e.under("initiative " + Checks.quote(initiative.id()));
      }
    };
  }

  /** The facets of every opposite pair in which both hold at least the conflict share. */
  private Set<Facet> conflicting(FacetMix mix) {
    Set<Facet> facets = EnumSet.noneOf(Facet.class);
    for (Facet facet : List.of(Facet.ENHANCEMENT, Facet.MISSION)) {
      if (mix.weight(facet) >= conflictShare && mix.weight(facet.opposite()) >= conflictShare) {
        facets.add(facet);
        facets.add(facet.opposite());
      }
    }
    return facets;
  }

  private String conflictReason(FacetMix mix, Set<Facet> conflicting) {
    StringBuilder pairs = new StringBuilder();
    for (Facet facet : List.of(Facet.ENHANCEMENT, Facet.MISSION)) {
      if (conflicting.contains(facet)) {
        pairs.append(pairs.length() == 0 ? "" : " and ").append(facet.jsonName()).append(' ')
            .append(Numbers.percent(mix.weight(facet))).append(" with ").append(facet.opposite().jsonName())
            .append(' ').append(Numbers.percent(mix.weight(facet.opposite())));
      }
    }
    return "Strong evidence points to opposite facets at once (" + pairs + ", each at least "
        + Numbers.percent(conflictShare) + "): the initiative pulls two ways, OPSI's zone of confusion.";
  }

  private static String positionLine(AxisPosition position) {
    double u = position.uncertainty();
    double d = position.directedness();
    return "Implied position: uncertainty " + Numbers.signed(u, 2)
        + (u < 0 ? " (leans to certainty)" : u > 0 ? " (leans to uncertainty)" : " (balanced)")
        + ", directedness " + Numbers.signed(d, 2)
        + (d > 0 ? " (leans to directed work)" : d < 0 ? " (leans to undirected work)" : " (balanced)") + ".";
  }

  private static String signalLine(SignalContribution contribution) {
    Signal signal = contribution.signal();
    StringBuilder text = new StringBuilder(signal.dimension().label()).append(": ")
        .append(contribution.rule().description()).append(" (").append(signal.option())
        .append(signal.strength() == 1 ? "" : ", strength " + Numbers.decimal(signal.strength(), 3))
        .append(") points to ");
    String separator = "";
    for (Facet facet : Facet.ordered()) {
      double share = contribution.shares().get(facet);
      if (share > 0) {
        text.append(separator).append(facet.jsonName()).append(' ').append(Numbers.percent(share));
        separator = " and ";
      }
    }
    text.append(" of the evidence");
    return text.append(contribution.support() > 0 ? "; it supports the zone." : "; it points away from the zone.")
        .toString();
  }

  @Override
  public String toString() {
    return "EvidenceClassifier[" + rules + ", purity=" + rule.purity() + ", conflictShare=" + conflictShare + "]";
  }
}
