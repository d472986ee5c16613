package dev.facets.core.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue of bad files every entry point must reject with one clear error: each names the
 * kind of file, its bytes, the JSON path the error must name and a text the message must show (the
 * value, or what is missing). Shared through the facets-core test-jar, so the readers' tests and the
 * command's tests run the very same matrix.
 *
 * <p>The files are built from valid templates by replacing one field at a time, so that each case
 * breaks exactly one rule.
 */
public final class BadInputs {
  /** One bad file and what its error must say; {@code extension} is its format, json or csv. */
  public record Case(String name, FileKind kind, String extension, byte[] content, String path, String shows) {
    /** A JSON file. */
    Case(String name, FileKind kind, byte[] content, String path, String shows) {
      this(name, kind, "json", content, path, shows);
    }

    /** The case's name, for parameterised test names. */
    @Override
    public String toString() {
      return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + extension + ": " + name;
    }
  }

  /** A valid portfolio with one placeholder ({@code ${field}}) per field that may be broken. */
  private static final String PORTFOLIO_TEMPLATE = "{\"name\":${name},\"asOf\":${asOf},\"currency\":${currency},"
      + "\"initiatives\":[{\"id\":${id},\"name\":${initiative.name},\"budget\":${budget},"
      + "\"position\":{\"uncertainty\":${uncertainty},\"directedness\":${directedness}},"
      + "\"facets\":{\"enhancement\":${facets.enhancement},\"mission\":${facets.mission},"
      + "\"adaptive\":${facets.adaptive},\"anticipatory\":${facets.anticipatory}},"
      + "\"purpose\":${purpose},\"driver\":${driver},\"stage\":${stage},\"priority\":${priority},"
      + "\"successProbability\":${successProbability},"
      + "\"impact\":{\"low\":${low},\"mode\":${mode},\"high\":${high}},\"tags\":[${tag}]}]}";

  /** Each placeholder of the portfolio template: its valid value and its JSON path. */
  private static final Map<String, String[]> PORTFOLIO_FIELDS = new LinkedHashMap<>();

  static {
    field("name", "\"p\"", "name");
    field("asOf", "\"2026-11-01\"", "asOf");
    field("currency", "\"EUR\"", "currency");
    field("id", "\"a\"", "initiatives[0].id");
    field("initiative.name", "\"Digital tax return\"", "initiatives[0].name");
    field("budget", "1250000", "initiatives[0].budget");
    field("uncertainty", "-0.6", "initiatives[0].position.uncertainty");
    field("directedness", "0.3", "initiatives[0].position.directedness");
    field("facets.enhancement", "0.7", "initiatives[0].facets.enhancement");
    field("facets.mission", "0.3", "initiatives[0].facets.mission");
    field("facets.adaptive", "0", "initiatives[0].facets.adaptive");
    field("facets.anticipatory", "0", "initiatives[0].facets.anticipatory");
    field("purpose", "\"enhancement\"", "initiatives[0].purpose");
    field("driver", "\"efficiency\"", "initiatives[0].driver");
    field("stage", "\"implement\"", "initiatives[0].stage");
    field("priority", "\"high\"", "initiatives[0].priority");
    field("successProbability", "0.8", "initiatives[0].successProbability");
    field("low", "1.0", "initiatives[0].impact.low");
    field("mode", "2.0", "initiatives[0].impact.mode");
    field("high", "5.0", "initiatives[0].impact.high");
    field("tag", "\"digital\"", "initiatives[0].tags[0]");
  }

  private static final List<String> NUMBER_FIELDS = List.of("budget", "uncertainty", "directedness",
      "facets.enhancement", "facets.mission", "facets.adaptive", "facets.anticipatory", "successProbability",
      "low", "mode", "high");
  private static final List<String> STRING_FIELDS = List.of("name", "asOf", "currency", "id", "initiative.name",
      "purpose", "driver", "stage", "priority", "tag");

  private static final String PAYOFF = "{\"enhancement\":1.2,\"mission\":1.0,\"adaptive\":0.8,\"anticipatory\":0.5}";
  private static final String SCENARIO_TEMPLATE = "{\"scenarios\":[{\"name\":${name},\"probability\":${probability},"
      + "\"payoff\":{\"enhancement\":${enhancement},\"mission\":${mission},\"adaptive\":${adaptive},"
      + "\"anticipatory\":${anticipatory}}},{\"name\":\"shock\",\"probability\":0.5,\"payoff\":" + PAYOFF + "}]}";
  private static final Map<String, String> SCENARIO_VALUES = Map.of("name", "\"steady\"", "probability", "0.5",
      "enhancement", "1.2", "mission", "1.0", "adaptive", "0.8", "anticipatory", "0.5");

  private static final String TARGET_TEMPLATE =
      "{\"enhancement\":${enhancement},\"mission\":${mission},\"adaptive\":${adaptive},\"anticipatory\":${anticipatory}}";
  private static final Map<String, String> TARGET_VALUES =
      Map.of("enhancement", "0.4", "mission", "0.3", "adaptive", "0.2", "anticipatory", "0.1");

  /** Values that are no finite JSON number, with the text the error must show for each. */
  private static final Map<String, String> NON_NUMBERS = new LinkedHashMap<>();

  static {
    NON_NUMBERS.put("NaN", "NaN");
    NON_NUMBERS.put("Infinity", "Infinity");
    NON_NUMBERS.put("-Infinity", "Infinity");
    NON_NUMBERS.put("1e999", "1e999");
    NON_NUMBERS.put("-1e999", "-1e999");
    NON_NUMBERS.put("\"12\"", "'12'");
    NON_NUMBERS.put("null", "null");
    NON_NUMBERS.put("true", "true");
    NON_NUMBERS.put("{}", "an object");
    NON_NUMBERS.put("[]", "an array");
    NON_NUMBERS.put("1" + "0".repeat(JsonLimits.MAX_NUMBER_LENGTH + 1), "Number value length");
  }

  private BadInputs() {}

  private static void field(String placeholder, String valid, String path) {
    PORTFOLIO_FIELDS.put(placeholder, new String[] {valid, path});
  }

  /** The valid portfolio of the template (the contract's example, with every field present). */
  public static String validPortfolio() {
    return portfolioWith(Map.of());
  }

  /** The valid scenario file of the template. */
  public static String validScenarios() {
    return fill(SCENARIO_TEMPLATE, SCENARIO_VALUES, Map.of());
  }

  /** The valid target file of the template. */
  public static String validTarget() {
    return fill(TARGET_TEMPLATE, TARGET_VALUES, Map.of());
  }

  private static String portfolioWith(Map<String, String> replaced) {
    Map<String, String> values = new LinkedHashMap<>();
    PORTFOLIO_FIELDS.forEach((key, value) -> values.put(key, value[0]));
    return fill(PORTFOLIO_TEMPLATE, values, replaced);
  }

  private static String fill(String template, Map<String, String> values, Map<String, String> replaced) {
    String text = template;
    for (Map.Entry<String, String> entry : values.entrySet()) {
      text = text.replace("${" + entry.getKey() + "}", replaced.getOrDefault(entry.getKey(), entry.getValue()));
    }
    return text;
  }

  private static Case text(String name, FileKind kind, String json, String path, String shows) {
    return new Case(name, kind, json.getBytes(StandardCharsets.UTF_8), path, shows);
  }

  /** Every bad file of the catalogue. */
  public static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    cases.addAll(nonNumbers());
    cases.addAll(wrongTypes());
    cases.addAll(ruleBreakers());
    cases.addAll(structure());
    cases.addAll(encodings());
    cases.addAll(csv());
    return cases;
  }

  /** Bad CSV portfolios: the same rules, columns instead of JSON paths. */
  public static List<Case> csv() {
    String header = "id,name,budget,facets.mission,successProbability,stage\r\n";
    String[][] rows = {
      {"a,x,NaN,1,0.5,", "budget", "'NaN'"},
      {"a,x,Infinity,1,0.5,", "budget", "'Infinity'"},
      {"a,x,-Infinity,1,0.5,", "budget", "'-Infinity'"},
      {"a,x,1e999,1,0.5,", "budget", "1e999"},
      {"a,x,-5,1,0.5,", "budget", "-5.0"},
      {"a,x,twelve,1,0.5,", "budget", "'twelve'"},
      {"a,x,1,NaN,0.5,", "facets.mission", "'NaN'"},
      {"a,x,1,-1,0.5,", "facets.mission", "-1.0"},
      {"a,x,1,0,0.5,", "", "> 0"},
      {"a,x,1,1,1.5,", "successProbability", "1.5"},
      {"a,x,1,1,-0.1,", "successProbability", "-0.1"},
      {"a,x,1,1,Infinity,", "successProbability", "Infinity"},
      {",x,1,1,0.5,", "id", "empty"},
      {" ,x,1,1,0.5,", "id", "' '"},
      {"a,x,1,1,0.5,launch", "stage", "'launch'"},
      {"a,x,1,1,0.5,\r\na,y,1,1,0.5,", "id", "'a'"},
      {"a,\"x,1,1,0.5,", "", "never closed"},
      {"a,x,1,1,0.5,,9", "", "'9'"},
      {"a,x,1", "facets.mission", "'a,x,1'"},
      {"a,x," + "1".repeat(JsonLimits.MAX_NUMBER_LENGTH + 1) + ",1,0.5,", "budget", "budget"},
      {"a," + "x".repeat(JsonLimits.MAX_STRING_LENGTH + 1) + ",1,1,0.5,", "", "longer than"},
    };
    List<Case> cases = new ArrayList<>();
    for (String[] row : rows) {
      cases.add(new Case(row[0].length() > 40 ? row[0].substring(0, 30) + "..." : row[0], FileKind.PORTFOLIO, "csv",
          (header + row[0] + "\r\n").getBytes(StandardCharsets.UTF_8), row[1], row[2]));
    }
    String[][] files = {
      {"near miss of a column", "id,budget,facets.misison\r\na,1,1\r\n", "facets.misison",
          "did you mean facets.mission?"},
      // A zone is no column: it is an attribute, so the row has no mix source.
      {"a zone is no column", "id,budget,sustaining\r\na,1,1\r\n", "facets", "'a'"},
      {"empty file", "", "", "empty"},
      {"header only", "id,budget,facets.mission\r\n", "", "no initiatives"},
      {"no mix source", "id,budget\r\na,1\r\n", "", "'a'"},
    };
    for (String[] file : files) {
      cases.add(new Case(file[0], FileKind.PORTFOLIO, "csv", file[1].getBytes(StandardCharsets.UTF_8), file[2], file[3]));
    }
    cases.add(new Case("bytes FF in a name", FileKind.PORTFOLIO, "csv",
        concat(header + "a,x", new byte[] {(byte) 0xFF}, "y,1,1,0.5,\r\n"), "", "UTF-8"));
    return cases;
  }

  /** A non-finite number, a string, null, a boolean, an object, an array in each numeric field. */
  public static List<Case> nonNumbers() {
    List<Case> cases = new ArrayList<>();
    NON_NUMBERS.forEach((value, shows) -> {
      for (String field : NUMBER_FIELDS) {
        cases.add(text(field + " = " + abbreviate(value), FileKind.PORTFOLIO, portfolioWith(Map.of(field, value)),
            PORTFOLIO_FIELDS.get(field)[1], shows));
      }
      for (String field : List.of("probability", "enhancement", "anticipatory")) {
        String path = field.equals("probability") ? "scenarios[0].probability" : "scenarios[0].payoff." + field;
        cases.add(text(field + " = " + abbreviate(value), FileKind.SCENARIOS,
            fill(SCENARIO_TEMPLATE, SCENARIO_VALUES, Map.of(field, value)), path, shows));
      }
      for (String field : List.of("enhancement", "anticipatory")) {
        cases.add(text(field + " = " + abbreviate(value), FileKind.TARGET,
            fill(TARGET_TEMPLATE, TARGET_VALUES, Map.of(field, value)), field, shows));
      }
    });
    return cases;
  }

  /** A number, null, a boolean, an object or an array where a string belongs. */
  public static List<Case> wrongTypes() {
    List<Case> cases = new ArrayList<>();
    Map<String, String> nonStrings = Map.of("12", "the number 12", "null", "null", "false", "false",
        "{}", "an object", "[]", "an array");
    nonStrings.forEach((value, shows) -> {
      for (String field : STRING_FIELDS) {
        cases.add(text(field + " = " + value, FileKind.PORTFOLIO, portfolioWith(Map.of(field, value)),
            PORTFOLIO_FIELDS.get(field)[1], shows));
      }
      cases.add(text("scenario name = " + value, FileKind.SCENARIOS,
          fill(SCENARIO_TEMPLATE, SCENARIO_VALUES, Map.of("name", value)), "scenarios[0].name", shows));
    });
    for (String value : List.of("12", "\"x\"", "null", "{}")) {
      cases.add(text("initiatives = " + value, FileKind.PORTFOLIO, "{\"name\":\"p\",\"initiatives\":" + value + "}",
          "initiatives", "an array"));
      cases.add(text("tags = " + value, FileKind.PORTFOLIO,
          validPortfolio().replace("\"tags\":[\"digital\"]", "\"tags\":" + value), "initiatives[0].tags", "an array"));
      cases.add(text("scenarios = " + value, FileKind.SCENARIOS, "{\"scenarios\":" + value + "}", "scenarios",
          "an array"));
      String payoff = value.equals("{}") ? "[]" : value;
      cases.add(text("payoff = " + payoff, FileKind.SCENARIOS,
          "{\"scenarios\":[{\"name\":\"a\",\"payoff\":" + payoff + "}]}", "scenarios[0].payoff", "an object"));
    }
    for (String root : List.of("[]", "12", "\"portfolio\"", "null", "true")) {
      for (FileKind kind : FileKind.values()) {
        cases.add(text("root " + root, kind, root, "", "an object"));
      }
    }
    return cases;
  }

  /** Values of the right type that break a rule of the contract. */
  public static List<Case> ruleBreakers() {
    List<Case> cases = new ArrayList<>();
    String[][] portfolio = {
      {"budget", "-5", "-5.0"},
      {"budget", "-4.9E-324", "-4.9E-324"},
      {"uncertainty", "1.5", "1.5"},
      {"directedness", "-1.0000001", "-1.0000001"},
      {"facets.mission", "-1", "-1.0"},
      {"successProbability", "1.2", "1.2"},
      {"successProbability", "-0.1", "-0.1"},
      {"mode", "0.5", "0.5"},
      {"high", "1.5", "1.5"},
      {"name", "\"  \"", "'  '"},
      {"name", "\"\"", "''"},
      {"id", "\" \"", "' '"},
      {"initiative.name", "\"\\t\"", "'\t'"},
      {"currency", "\"\"", "''"},
      {"asOf", "\"1 Nov 2026\"", "'1 Nov 2026'"},
      {"asOf", "\"2026-02-30\"", "'2026-02-30'"},
      {"purpose", "\"enhancment\"", "'enhancment'"},
      {"purpose", "\"ENHANCEMENT\"", "'ENHANCEMENT'"},
      {"driver", "\"money\"", "'money'"},
      {"stage", "\"launch\"", "'launch'"},
      {"priority", "\"urgent\"", "'urgent'"},
      {"tag", "\"a;b\"", "'a;b'"},
      {"tag", "\" \"", "' '"},
    };
    for (String[] c : portfolio) {
      cases.add(text(c[0] + " = " + c[1], FileKind.PORTFOLIO, portfolioWith(Map.of(c[0], c[1])),
          PORTFOLIO_FIELDS.get(c[0])[1], c[2]));
    }
    String head = "{\"name\":\"p\",\"initiatives\":[";
    String ok = "{\"id\":\"a\",\"budget\":1,\"facets\":{\"enhancement\":1}}";
    cases.add(text("all-zero facets", FileKind.PORTFOLIO,
        head + "{\"id\":\"a\",\"budget\":1,\"facets\":{\"mission\":0,\"adaptive\":0}}]}", "initiatives[0].facets", "> 0"));
    cases.add(text("empty facets", FileKind.PORTFOLIO, head + "{\"id\":\"a\",\"budget\":1,\"facets\":{}}]}",
        "initiatives[0].facets", "> 0"));
    cases.add(text("duplicate id", FileKind.PORTFOLIO, head + ok + "," + ok + "]}", "initiatives[1].id", "'a'"));
    cases.add(text("no mix source", FileKind.PORTFOLIO, head + "{\"id\":\"a\",\"budget\":1,\"driver\":\"future\"}]}",
        "initiatives[0].facets", "'a'"));
    cases.add(text("empty portfolio", FileKind.PORTFOLIO, head + "]}", "initiatives", "[]"));
    cases.add(text("no initiatives key", FileKind.PORTFOLIO, "{\"name\":\"p\"}", "initiatives", "nothing"));
    cases.add(text("no name", FileKind.PORTFOLIO, "{\"initiatives\":[" + ok + "]}", "name", "nothing"));
    cases.add(text("no id", FileKind.PORTFOLIO, head + "{\"budget\":1,\"facets\":{\"mission\":1}}]}",
        "initiatives[0].id", "nothing"));
    cases.add(text("no budget", FileKind.PORTFOLIO, head + "{\"id\":\"a\",\"facets\":{\"mission\":1}}]}",
        "initiatives[0].budget", "nothing"));
    cases.add(text("half an impact", FileKind.PORTFOLIO,
        head + "{\"id\":\"a\",\"budget\":1,\"facets\":{\"mission\":1},\"impact\":{\"low\":1,\"mode\":2}}]}",
        "initiatives[0].impact.high", "nothing"));

    String scenario = "{\"name\":\"a\",\"probability\":%s,\"payoff\":" + PAYOFF + "}";
    cases.add(text("probability 1.5", FileKind.SCENARIOS, "{\"scenarios\":[" + String.format(scenario, "1.5") + "]}",
        "scenarios[0].probability", "1.5"));
    cases.add(text("probability -0.5", FileKind.SCENARIOS, "{\"scenarios\":[" + String.format(scenario, "-0.5") + "]}",
        "scenarios[0].probability", "-0.5"));
    cases.add(text("probabilities sum to 0.6", FileKind.SCENARIOS, "{\"scenarios\":[" + String.format(scenario, "0.3")
        + "," + String.format(scenario, "0.3").replace("\"a\"", "\"b\"") + "]}", "scenarios[*].probability", "0.6"));
    cases.add(text("probabilities sum to 1 + 1e-6", FileKind.SCENARIOS, "{\"scenarios\":["
        + String.format(scenario, "0.5") + "," + String.format(scenario, "0.500001").replace("\"a\"", "\"b\"") + "]}",
        "scenarios[*].probability", "1.000001"));
    cases.add(text("some probabilities", FileKind.SCENARIOS, "{\"scenarios\":[" + String.format(scenario, "1")
        + ",{\"name\":\"b\",\"payoff\":" + PAYOFF + "}]}", "scenarios[1].probability", "absent"));
    cases.add(text("duplicate scenario names", FileKind.SCENARIOS, "{\"scenarios\":[" + String.format(scenario, "0.5")
        + "," + String.format(scenario, "0.5") + "]}", "scenarios[1].name", "'a'"));
    cases.add(text("blank scenario name", FileKind.SCENARIOS,
        fill(SCENARIO_TEMPLATE, SCENARIO_VALUES, Map.of("name", "\" \"")), "scenarios[0].name", "' '"));
    cases.add(text("empty scenario set", FileKind.SCENARIOS, "{\"scenarios\":[]}", "scenarios", "[]"));
    cases.add(text("no scenarios key", FileKind.SCENARIOS, "{}", "scenarios", "nothing"));
    cases.add(text("payoff missing a facet", FileKind.SCENARIOS,
        "{\"scenarios\":[{\"name\":\"a\",\"payoff\":{\"enhancement\":1,\"mission\":1,\"adaptive\":1}}]}",
        "scenarios[0].payoff", "anticipatory"));
    cases.add(text("no payoff", FileKind.SCENARIOS, "{\"scenarios\":[{\"name\":\"a\"}]}", "scenarios[0].payoff",
        "nothing"));
    cases.add(text("all-zero target", FileKind.TARGET, "{\"enhancement\":0,\"mission\":0}", "", "> 0"));
    cases.add(text("empty target", FileKind.TARGET, "{}", "", "> 0"));
    cases.add(text("negative target weight", FileKind.TARGET, "{\"enhancement\":1,\"mission\":-0.5}", "mission",
        "-0.5"));
    return cases;
  }

  /** Unknown keys and names, duplicate keys, truncated text, trailing text, hostile nesting. */
  public static List<Case> structure() {
    List<Case> cases = new ArrayList<>();
    String deep = "[".repeat(100_000);
    String[][] unknownKeys = {
      {"root", "\"name\":\"p\",", "\"nmae\":\"p\",", "nmae"},
      {"initiative", "\"budget\":", "\"budgte\":1,\"budget\":", "initiatives[0].budgte"},
      {"position", "\"uncertainty\":", "\"uncertanity\":0,\"uncertainty\":", "initiatives[0].position.uncertanity"},
      {"facets (unknown facet)", "\"mission\":0.3", "\"misison\":0.3", "initiatives[0].facets.misison"},
      {"facets (a zone is no facet)", "\"mission\":0.3", "\"sustaining\":0.3", "initiatives[0].facets.sustaining"},
      {"impact", "\"low\":", "\"lo\":0,\"low\":", "initiatives[0].impact.lo"},
      {"duplicate key", "\"budget\":", "\"budget\":1,\"budget\":", "initiatives[0]"},
    };
    String valid = validPortfolio();
    for (String[] c : unknownKeys) {
      cases.add(text("unknown key in " + c[0], FileKind.PORTFOLIO, valid.replaceFirst(java.util.regex.Pattern.quote(c[1]),
          java.util.regex.Matcher.quoteReplacement(c[2])), c[3], c[3].contains(".") ? c[3].substring(c[3].lastIndexOf('.') + 1) : c[3]));
    }
    cases.add(text("unknown key in scenario file", FileKind.SCENARIOS, "{\"scenarios\":[],\"weights\":1}", "", "weights"));
    cases.add(text("unknown key in scenario", FileKind.SCENARIOS,
        validScenarios().replace("\"probability\":0.5,\"payoff\"", "\"probabilty\":0.5,\"payoff\""),
        "scenarios[0].probabilty", "probabilty"));
    cases.add(text("unknown facet in payoff", FileKind.SCENARIOS, validScenarios().replace("\"mission\":1.0", "\"missions\":1.0"),
        "scenarios[0].payoff.missions", "missions"));
    // Keys and values from the file are printed: escaped line breaks and control characters in
    // them must not split the one-line error or reach the terminal (found by fuzzing the answers).
    cases.add(text("a line break in an unknown key", FileKind.PORTFOLIO, "{\"na\\nme\":1}", "", "na me"));
    cases.add(text("a line break in a key cut short", FileKind.PORTFOLIO, "{\"a\\r\\nb\" 1}", "", "a  b"));
    cases.add(text("an escape character in a key", FileKind.TARGET, "{\"\\u001b[2J\":1}", "", "\\u001B[2J"));
    cases.add(text("a line separator in a value", FileKind.PORTFOLIO, "{\"name\":\"a\\u2028b\",\"asOf\":\"x\\ny\"}",
        "asOf", "'x y'"));
    cases.add(text("unknown facet in target", FileKind.TARGET, "{\"enhancement\":1,\"disruptive\":1}", "disruptive",
        "disruptive"));
    for (Map.Entry<FileKind, String> valid3 : validFiles().entrySet()) {
      String json = valid3.getValue();
      FileKind kind = valid3.getKey();
      cases.add(text("trailing text", kind, json + " {}", "", "after the end"));
      cases.add(text("two documents", kind, json + json, "", "after the end"));
      cases.add(text("not JSON", kind, "facets", "", "facets"));
      cases.add(text("empty", kind, "", "", "empty"));
      cases.add(text("only whitespace", kind, " \r\n\t ", "", "empty"));
      cases.add(text("comment", kind, "/* c */" + json, "", "comment"));
      cases.add(text("single quotes", kind, json.replace('"', '\''), "", "'"));
      cases.add(text("10^5-deep nesting at the root", kind, deep, "", "an array"));
      cases.add(text("10^5-deep objects at the root", kind, "{\"a\":".repeat(100_000), "", "a"));
    }
    cases.add(text("10^5-deep nesting in a name", FileKind.PORTFOLIO, "{\"name\":" + deep, "name", "an array"));
    cases.add(text("10^5-deep nesting in tags", FileKind.PORTFOLIO,
        "{\"name\":\"p\",\"initiatives\":[{\"id\":\"a\",\"budget\":1,\"tags\":" + deep, "initiatives[0].tags[0]",
        "an array"));
    cases.add(text("10^5-deep nesting in initiatives", FileKind.PORTFOLIO, "{\"name\":\"p\",\"initiatives\":" + deep,
        "initiatives[0]", "an array"));
    cases.add(text("10^5-deep nesting in a payoff", FileKind.SCENARIOS,
        "{\"scenarios\":[{\"name\":\"a\",\"payoff\":{\"mission\":" + deep, "scenarios[0].payoff.mission", "an array"));
    cases.add(text("10^5-deep nesting in a target", FileKind.TARGET, "{\"mission\":" + deep, "mission", "an array"));
    for (int length : new int[] {JsonLimits.MAX_NAME_LENGTH + 1, JsonLimits.MAX_STRING_LENGTH + 1}) {
      for (FileKind kind : FileKind.values()) {
        cases.add(text("a key of " + length + " characters", kind, "{\"" + "k".repeat(length) + "\":1}", "",
            "Name length"));
      }
    }
    cases.add(text("a string longer than the limit", FileKind.PORTFOLIO,
        portfolioWith(Map.of("tag", "\"" + "t".repeat(JsonLimits.MAX_STRING_LENGTH + 1) + "\"")),
        "initiatives[0].tags[0]", "String value length"));
    return cases;
  }

  /** Each template at every truncation: every proper prefix of a valid file is an error. */
  public static List<Case> truncations() {
    List<Case> cases = new ArrayList<>();
    for (Map.Entry<FileKind, String> valid : validFiles().entrySet()) {
      String json = valid.getValue();
      for (int end = 0; end < json.length(); end++) {
        // A prefix ends with the file's last complete token, so its error may sit anywhere: only the
        // error itself, not its path, is checked; "" is shown by every message.
        cases.add(text("first " + end + " characters", valid.getKey(), json.substring(0, end), "", ""));
      }
    }
    return cases;
  }

  /** Bytes that are not UTF-8. */
  public static List<Case> encodings() {
    List<Case> cases = new ArrayList<>();
    byte[][] bad = {
      {(byte) 0xE9}, // Latin-1 é
      {(byte) 0xFF},
      {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
      {(byte) 0x80}, // a lone continuation byte
      {(byte) 0xE2, (byte) 0x82}, // a cut three-byte sequence
      {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, // five bytes
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate (CESU-8)
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
    };
    for (byte[] bytes : bad) {
      StringBuilder hex = new StringBuilder();
      for (byte b : bytes) {
        hex.append(String.format("%02X", b & 0xFF));
      }
      cases.add(new Case("bytes " + hex + " in a name", FileKind.PORTFOLIO,
          concat("{\"name\":\"a", bytes, "b\",\"initiatives\":[{\"id\":\"a\",\"budget\":1,\"facets\":{\"mission\":1}}]}"),
          "name", "UTF-8"));
    }
    return cases;
  }

  /** The valid file of each kind. */
  public static Map<FileKind, String> validFiles() {
    Map<FileKind, String> files = new LinkedHashMap<>();
    files.put(FileKind.PORTFOLIO, validPortfolio());
    files.put(FileKind.SCENARIOS, validScenarios());
    files.put(FileKind.TARGET, validTarget());
    return files;
  }

  private static byte[] concat(String before, byte[] middle, String after) {
    byte[] head = before.getBytes(StandardCharsets.UTF_8);
    byte[] tail = after.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + middle.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(middle, 0, all, head.length, middle.length);
    System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
    return all;
  }

  private static String abbreviate(String value) {
    return value.length() > 20 ? value.substring(0, 8) + "...(" + value.length() + " characters)" : value;
  }
}
