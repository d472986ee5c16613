package dev.facets.core.questionnaire;

import dev.facets.api.Checks;
import dev.facets.api.EnumNames;
import dev.facets.api.InvalidValueException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One respondent's complete answers to the {@linkplain Questionnaire#STANDARD questionnaire}.
 *
 * <p>Every question must be answered in its own format: a rating from 0 to 4 for every item of a
 * rated question; all items of a ranked question in order; the ticked boxes of a tick-box question
 * (none is an answer); yes, no or unsure. The builder checks each answer as it is given and names
 * the offending field as a path ({@code q3.milestones}, {@code q2[1]}), so a reader of a file can put
 * its own location in front. This class is immutable and thread-safe.
 */
public final class QuestionnaireAnswers {
  /** The answer to a yes-or-no question; "unsure" scores like "no". */
  public enum YesNo {
    /** Yes: scores the question's points. */
    YES,
    /** No: scores nothing. */
    NO,
    /** Unsure: scores nothing. */
    UNSURE;

    private static final EnumNames<YesNo> NAMES = EnumNames.hyphenated(YesNo.class, "answer");

    /** {@return the name used in files ({@code "unsure"})} */
    public String jsonName() {
      return NAMES.name(this);
    }

    /**
     * {@return the answer of a file name; the inverse of {@link #jsonName()}}
     *
     * @param name {@code "yes"}, {@code "no"} or {@code "unsure"}
     * @throws InvalidValueException naming the allowed names if it is none of them
     */
    public static YesNo parse(String name) {
      return NAMES.parse(name);
    }
  }

  /** The highest rating on the five-point scale. */
  public static final int MAX_RATING = 4;

  private final String respondent;
  private final Map<Integer, Map<String, Integer>> ratings;
  private final Map<Integer, List<String>> rankings;
  private final Map<Integer, Set<String>> ticks;
  private final Map<Integer, YesNo> yesNo;

  private QuestionnaireAnswers(Builder builder) {
    this.respondent = builder.respondent;
    this.ratings = freeze(builder.ratings);
    this.rankings = Collections.unmodifiableMap(new TreeMap<>(builder.rankings));
    this.ticks = Collections.unmodifiableMap(new TreeMap<>(builder.ticks));
    this.yesNo = Collections.unmodifiableMap(new TreeMap<>(builder.yesNo));
  }

  private QuestionnaireAnswers(String respondent, QuestionnaireAnswers answers) {
    this.respondent = respondent;
    this.ratings = answers.ratings;
    this.rankings = answers.rankings;
    this.ticks = answers.ticks;
    this.yesNo = answers.yesNo;
  }

  /**
   * {@return these answers given by another respondent (a name for a file that gave none, say)}
   *
   * @param respondent who answered (a unit, a team), not blank
   * @throws InvalidValueException naming {@code respondent} if it is blank
   */
  public QuestionnaireAnswers withRespondent(String respondent) {
    return new QuestionnaireAnswers(Checks.notBlank(respondent, "respondent"), this);
  }

  private static Map<Integer, Map<String, Integer>> freeze(Map<Integer, Map<String, Integer>> ratings) {
    Map<Integer, Map<String, Integer>> frozen = new TreeMap<>();
    ratings.forEach((question, values) -> frozen.put(question, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
    return Collections.unmodifiableMap(frozen);
  }

  /** {@return who answered (a unit, a team), when given} */
  public Optional<String> respondent() {
    return Optional.ofNullable(respondent);
  }

  /**
   * {@return the rating, 0 to 4, of an item of a rated question (Likert or half-scale)}
   *
   * @param question the question's number, 1 to 24
   * @param item the item's key ({@code "milestones"})
   * @throws InvalidValueException if the question is not a rated one, or has no such item
   */
  public int rating(int question, String item) {
    Question q = expect(question, QuestionFormat.LIKERT, QuestionFormat.HALF_SCALE);
    return ratings.get(question).get(q.item(item, q.key() + "." + item).key());
  }

  /**
   * {@return the item keys of a ranked question, first = most; every item of the question once}
   *
   * @param question the question's number, 1 to 24
   * @throws InvalidValueException if the question is not a ranked one
   */
  public List<String> ranking(int question) {
    expect(question, QuestionFormat.RANK);
    return rankings.get(question);
  }

  /**
   * {@return the ticked boxes of a tick-box question, in the order given; empty when none is ticked}
   *
   * @param question the question's number, 1 to 24
   * @throws InvalidValueException if the question is not a tick-box one
   */
  public Set<String> ticked(int question) {
    expect(question, QuestionFormat.TICK_BOX);
    return ticks.get(question);
  }

  /**
   * {@return the answer to a yes-or-no question}
   *
   * @param question the question's number, 1 to 24
   * @throws InvalidValueException if the question is not a yes-or-no one
   */
  public YesNo yesNo(int question) {
    expect(question, QuestionFormat.YES_NO);
    return yesNo.get(question);
  }

  /**
   * The value of one item as {@link QuestionFormat} defines it (rating; 4, 2, 1, 0 by rank; 1 if
   * ticked or yes, else 0), so that its points are its weight times this value.
   */
  int value(Question question, QuestionItem item) {
    int number = question.number();
    return switch (question.format()) {
      case LIKERT, HALF_SCALE -> ratings.get(number).get(item.key());
      case RANK -> RANK_VALUES.get(rankings.get(number).indexOf(item.key()));
      case TICK_BOX -> ticks.get(number).contains(item.key()) ? 1 : 0;
      case YES_NO -> yesNo.get(number) == YesNo.YES ? 1 : 0;
    };
  }

  /**
   * The values of ranks 1 to 4, as the tool's script assigns them: n - i for the top item and
   * n - i - 1 after it, with n = 4.
   */
  static final List<Integer> RANK_VALUES = List.of(4, 2, 1, 0);

  private static Question expect(int number, QuestionFormat... formats) {
    Question question = Questionnaire.STANDARD.question(number);
    for (QuestionFormat format : formats) {
      if (question.format() == format) {
        return question;
      }
    }
    throw new InvalidValueException(question.key(), "an answer of another format",
        "be answered as " + question.format().answer());
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof QuestionnaireAnswers)) {
      return false;
    }
    QuestionnaireAnswers that = (QuestionnaireAnswers) other;
    return Objects.equals(respondent, that.respondent) && ratings.equals(that.ratings)
        && rankings.equals(that.rankings) && ticks.equals(that.ticks) && yesNo.equals(that.yesNo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(respondent, ratings, rankings, ticks, yesNo);
  }

  /** {@return every answer, question by question, for example {@code QuestionnaireAnswers{q1={...}, q2=[...], ...}}} */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("QuestionnaireAnswers{");
    if (respondent != null) {
      text.append("respondent=").append(Checks.quote(respondent)).append(", ");
    }
    for (Question question : Questionnaire.STANDARD.questions()) {
      int n = question.number();
      Object answer = ratings.containsKey(n) ? ratings.get(n)
          : rankings.containsKey(n) ? rankings.get(n)
          : ticks.containsKey(n) ? ticks.get(n) : yesNo.get(n).jsonName();
      text.append(n == 1 ? "" : ", ").append(question.key()).append('=').append(answer);
    }
    return text.append('}').toString();
  }

  /**
   * Collects answers, checking each as it is given; {@link #build()} checks that nothing is missing.
   * Not thread-safe: build on one thread, then share the answers.
   */
  public static final class Builder {
    private String respondent;
    private final Map<Integer, Map<String, Integer>> ratings = new TreeMap<>();
    private final Map<Integer, List<String>> rankings = new TreeMap<>();
    private final Map<Integer, Set<String>> ticks = new TreeMap<>();
    private final Map<Integer, YesNo> yesNo = new TreeMap<>();

    /** A new, empty builder. */
    public Builder() {}

    /**
     * Sets who answered; optional.
     *
     * @param respondent a unit, a team or a person, not blank
     * @return this builder
     * @throws InvalidValueException if it is blank
     */
    public Builder respondent(String respondent) {
      this.respondent = Checks.notBlank(respondent, "respondent");
      return this;
    }

    /**
     * Rates one item of a Likert or half-scale question from 0 to 4.
     *
     * @param question the question's number, 1 to 24
     * @param item the item's key ({@code "milestones"})
     * @param rating the rating, 0 (strongly disagree) to {@value #MAX_RATING} (strongly agree)
     * @return this builder
     * @throws InvalidValueException naming {@code qN.item} for an unknown item, a rating outside
     *     0 to 4 or an item rated twice
     */
    public Builder rating(int question, String item, int rating) {
      Question q = expect(question, QuestionFormat.LIKERT, QuestionFormat.HALF_SCALE);
      String field = q.key() + "." + item;
      q.item(item, field);
      if (rating < 0 || rating > MAX_RATING) {
        throw new InvalidValueException(field, Integer.toString(rating), "be a whole number from 0 to " + MAX_RATING);
      }
      Map<String, Integer> values = ratings.computeIfAbsent(question, n -> new LinkedHashMap<>());
      if (values.putIfAbsent(item, rating) != null) {
        throw new InvalidValueException(field, Integer.toString(rating), "be rated once");
      }
      return this;
    }

    /**
     * Rates several items of a Likert or half-scale question; see {@link #rating(int, String, int)}.
     *
     * @param question the question's number, 1 to 24
     * @param ratings the rating of each item, by item key, each 0 to {@value #MAX_RATING}
     * @return this builder
     */
    public Builder ratings(int question, Map<String, Integer> ratings) {
      ratings.forEach((item, rating) -> rating(question, item, Objects.requireNonNull(rating, item)));
      return this;
    }

    /**
     * Ranks all items of a ranked question, first = most.
     *
     * @param question the question's number, 1 to 24
     * @param order every item key of the question once, the one that counts most first
     * @return this builder
     * @throws InvalidValueException naming {@code qN[i]} for an unknown or repeated item, or
     *     {@code qN} when an item is left out or the question is answered twice
     */
    public Builder ranking(int question, List<String> order) {
      Question q = expect(question, QuestionFormat.RANK);
      Set<String> seen = keys(q, order);
      if (seen.size() != q.items().size()) {
        throw new InvalidValueException(q.key(), order.toString(), "rank every item: " + String.join(", ", q.keys()));
      }
      once(q, rankings.putIfAbsent(question, List.copyOf(order)));
      return this;
    }

    /**
     * Ticks the given boxes of a tick-box question; an empty collection means none is ticked.
     *
     * @param question the question's number, 1 to 24
     * @param ticked the keys of the ticked boxes, each once; empty when none is ticked
     * @return this builder
     * @throws InvalidValueException naming {@code qN[i]} for an unknown or repeated box, or {@code qN}
     *     when the question is answered twice
     */
    public Builder ticks(int question, Collection<String> ticked) {
      Question q = expect(question, QuestionFormat.TICK_BOX);
      once(q, ticks.putIfAbsent(question, Collections.unmodifiableSet(keys(q, ticked))));
      return this;
    }

    /**
     * Answers a yes-or-no question.
     *
     * @param question the question's number, 1 to 24
     * @param answer yes, no or unsure
     * @return this builder
     * @throws InvalidValueException naming {@code qN} when the question is answered twice
     */
    public Builder yesNo(int question, YesNo answer) {
      Question q = expect(question, QuestionFormat.YES_NO);
      once(q, yesNo.putIfAbsent(question, Objects.requireNonNull(answer, "answer")));
      return this;
    }

    /**
     * {@return the answers}
     *
     * @throws InvalidValueException naming the first question or item left unanswered
     */
    public QuestionnaireAnswers build() {
      for (Question q : Questionnaire.STANDARD.questions()) {
        int n = q.number();
        if (!(ratings.containsKey(n) || rankings.containsKey(n) || ticks.containsKey(n) || yesNo.containsKey(n))) {
          throw new InvalidValueException(q.key(), "no answer", "be answered, as " + q.format().answer());
        }
        for (String key : ratings.containsKey(n) ? q.keys() : List.<String>of()) {
          if (!ratings.get(n).containsKey(key)) {
            throw new InvalidValueException(q.key() + "." + key, "no answer", "be rated from 0 to " + MAX_RATING);
          }
        }
      }
      return new QuestionnaireAnswers(this);
    }

    /** The given keys as a set, each known to the question and given once. */
    private static Set<String> keys(Question q, Collection<String> given) {
      Set<String> seen = new LinkedHashSet<>();
      List<String> keys = new ArrayList<>(given);
      for (int i = 0; i < keys.size(); i++) {
        String field = q.key() + "[" + i + "]";
        q.item(keys.get(i), field);
        if (!seen.add(keys.get(i))) {
          throw new InvalidValueException(field, Checks.quote(keys.get(i)), "be given once");
        }
      }
      return seen;
    }

    private static void once(Question q, Object previous) {
      if (previous != null) {
        throw new InvalidValueException(q.key(), "a second answer", "be answered once");
      }
    }
  }
}
