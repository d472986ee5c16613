package dev.facets.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.facets.api.AxisPosition;
import dev.facets.api.Driver;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.ImpactEstimate;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Priority;
import dev.facets.api.Purpose;
import dev.facets.api.Stage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The CSV portfolio format: what it accepts, what it writes, and the one clear error for every rule. */
class FacetsCsvTest {
  private static final String HEADER = String.join(",", FacetsCsv.columns());

  /** The contract's example portfolio, as CSV: every column, in the writer's order. */
  private static final String CONTRACT_EXAMPLE = "# name: Example ministry\n"
      + "# asOf: 2026-11-01\n"
      + "# currency: EUR\n"
      + HEADER + "\n"
      + "m-001,Digital tax return,1250000,-0.6,0.3,0.7,0.3,,,enhancement,efficiency,implement,high,0.8,1.0,2.0,5.0,digital\n";

  private static final String CONTRACT_EXAMPLE_JSON = "{\"name\": \"Example ministry\", \"asOf\": \"2026-11-01\","
      + " \"currency\": \"EUR\", \"initiatives\": [{\"id\": \"m-001\", \"name\": \"Digital tax return\","
      + " \"budget\": 1250000, \"position\": {\"uncertainty\": -0.6, \"directedness\": 0.3},"
      + " \"facets\": {\"enhancement\": 0.7, \"mission\": 0.3}, \"purpose\": \"enhancement\", \"driver\": \"efficiency\","
      + " \"stage\": \"implement\", \"priority\": \"high\", \"successProbability\": 0.8,"
      + " \"impact\": {\"low\": 1.0, \"mode\": 2.0, \"high\": 5.0}, \"tags\": [\"digital\"]}]}";

  @Test
  void readsTheContractExampleAsTheJsonReaderDoes() {
    Portfolio csv = FacetsCsv.readPortfolio(CONTRACT_EXAMPLE, "example.csv");
    assertEquals(FacetsJson.readPortfolio(CONTRACT_EXAMPLE_JSON, "example.json"), csv);
    Initiative initiative = csv.initiatives().get(0);
    assertEquals("Example ministry", csv.name());
    assertEquals(LocalDate.of(2026, 11, 1), csv.asOf().get());
    assertEquals("EUR", csv.currency().get());
    assertEquals(1_250_000, initiative.budget());
    assertEquals(AxisPosition.of(-0.6, 0.3), initiative.position().get());
    assertEquals(FacetMix.of(0.7, 0.3, 0, 0), initiative.facets().get());
    assertEquals(Purpose.ENHANCEMENT, initiative.purpose().get());
    assertEquals(Driver.EFFICIENCY, initiative.driver().get());
    assertEquals(Stage.IMPLEMENT, initiative.stage().get());
    assertEquals(Priority.HIGH, initiative.priority());
    assertEquals(0.8, initiative.successProbability());
    assertEquals(ImpactEstimate.of(1, 2, 5), initiative.impact());
    assertEquals(List.of("digital"), initiative.tags());
  }

  @Test
  void takesColumnsInAnyOrderAndAppliesTheDefaultsToEmptyCells() {
    Portfolio portfolio = FacetsCsv.readPortfolio("tags,budget,facets.adaptive,id,priority,impact.low,impact.mode,impact.high\n"
        + "a;b,2.5,3,x,,,,\n", "data/folder/my-register.v2.csv");
    // No '# name:' line: the file name without folder and extension.
    assertEquals("my-register.v2", portfolio.name());
    assertTrue(portfolio.asOf().isEmpty() && portfolio.currency().isEmpty());
    Initiative initiative = portfolio.initiatives().get(0);
    assertEquals("x", initiative.id());
    assertEquals(2.5, initiative.budget());
    // One non-empty facet cell: explicit facets, the other facets 0 (then normalised: 3 / 3 = 1).
    assertEquals(FacetMix.pure(Facet.ADAPTIVE), initiative.facets().get());
    assertEquals(Priority.MEDIUM, initiative.priority());
    assertEquals(1.0, initiative.successProbability());
    assertEquals(ImpactEstimate.UNIT, initiative.impact());
    assertEquals(List.of("a", "b"), initiative.tags());
    assertTrue(initiative.name().isEmpty() && initiative.position().isEmpty() && initiative.stage().isEmpty());
  }

  @Test
  void readsPurposeAndDriverAsTheMixSource() {
    Initiative initiative = FacetsCsv.readPortfolio("id,budget,purpose,driver\nx,0,all,future", "p.csv").initiatives().get(0);
    assertEquals(Purpose.ALL, initiative.purpose().get());
    assertEquals(Driver.FUTURE, initiative.driver().get());
    assertTrue(initiative.facets().isEmpty());
  }

  @Test
  void readsQuotedCellsWithCommasQuotesAndLineBreaks() {
    String csv = "id,name,budget,facets.mission,tags\n"
        + "a,\"Ministry, \"\"of\"\" things\",1,1,\"x,y;z\"\n"
        + "b,\"two\nlines\r\nand a CR\rend\",2,1,\n"
        + "\"c\",\"\",3,\"1\",\"\"\n";
    Portfolio portfolio = FacetsCsv.readPortfolio(csv, "q.csv");
    assertEquals("Ministry, \"of\" things", portfolio.initiatives().get(0).name().get());
    assertEquals(List.of("x,y", "z"), portfolio.initiatives().get(0).tags());
    // Line breaks inside quotes are kept exactly, CRLF and lone CR included.
    assertEquals("two\nlines\r\nand a CR\rend", portfolio.initiatives().get(1).name().get());
    Initiative third = portfolio.initiatives().get(2);
    assertEquals("c", third.id());
    assertTrue(third.name().isEmpty(), "a quoted empty cell is empty too");
    assertEquals(3.0, third.budget());
  }

  @Test
  void readsCrlfLfLoneCrAByteOrderMarkAndAMissingFinalLineBreakAlike() {
    String lf = "# name: p\nid,budget,facets.mission\na,1,1\nb,2,1\n";
    Portfolio expected = FacetsCsv.readPortfolio(lf, "p.csv");
    assertEquals(2, expected.size());
    for (String variant : List.of(lf.replace("\n", "\r\n"), lf.replace("\n", "\r"), lf.strip(),
        lf.replace("\n", "\r\n").strip(), "\uFEFF" + lf, "\uFEFF" + lf.replace("\n", "\r\n").strip())) {
      assertEquals(expected, FacetsCsv.readPortfolio(variant, "p.csv"), () -> variant);
    }
  }

  @Test
  void readsAFileWithAByteOrderMarkFromDisk(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("bom.csv");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write(CONTRACT_EXAMPLE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    Files.write(file, bytes.toByteArray());
    assertEquals(FacetsCsv.readPortfolio(CONTRACT_EXAMPLE, "x"), FacetsCsv.readPortfolio(file));
  }

  @Test
  void readsNonAsciiText() {
    Portfolio portfolio = FacetsCsv.readPortfolio("# name: Ministère de l'Économie 😀\n"
        + "id,name,budget,facets.mission\nq-1,Québec numérique,1,1\n", "p.csv");
    assertEquals("Ministère de l'Économie 😀", portfolio.name());
    assertEquals("Québec numérique", portfolio.initiatives().get(0).name().get());
  }

  @Test
  void metadataLinesMayBeQuotedAndKeepTheirTextExactly() {
    // Excel pads every line to the width of the sheet: the empty cells after a metadata cell are fine.
    Portfolio portfolio = FacetsCsv.readPortfolio("\"# name: Ministry of Things, Inc\",,\n"
        + "#currency:EUR,,\n"
        + "id,budget,facets.mission\na,1,1\n", "p.csv");
    assertEquals("Ministry of Things, Inc", portfolio.name());
    assertEquals("EUR", portfolio.currency().get());
    // One space after the colon belongs to the syntax; the rest is the value.
    assertEquals("  spaced", FacetsCsv.readPortfolio("# name:   spaced\nid,budget,facets.mission\na,1,1", "p.csv").name());
  }

  @Test
  void writesTheExpectedTextQuotingOnlyWhereNeededAndNeutralisingFormulas() {
    Portfolio portfolio = new Portfolio.Builder()
        .name("Ministry, of \"Things\"")
        .asOf(LocalDate.of(2026, 11, 1))
        .currency("EUR")
        .addInitiatives(new Initiative.Builder().id("=1+2").name("-lean").budget(1_250_000)
            .position(AxisPosition.of(-0.6, 0.3)).purpose(Purpose.ENHANCEMENT).driver(Driver.EFFICIENCY)
            .stage(Stage.IMPLEMENT).priority(Priority.HIGH).successProbability(0.8)
            .impact(ImpactEstimate.of(-1, 2, 5)).addTags("@home", "digital").build())
        .addInitiatives(new Initiative.Builder().id("b").budget(0).facets(FacetMix.pure(Facet.MISSION)).build())
        .build();
    String expected = "\"# name: Ministry, of \"\"Things\"\"\"\r\n"
        + "# asOf: 2026-11-01\r\n"
        + "# currency: EUR\r\n"
        + HEADER + "\r\n"
        // Text cells beginning with = - @ get an apostrophe; the numbers -0.6 and -1.0 do not.
        + "'=1+2,'-lean,1250000.0,-0.6,0.3,,,,,enhancement,efficiency,implement,high,0.8,-1.0,2.0,5.0,'@home;digital\r\n"
        // b was given no impact: its impact cells stay empty, so it reads back without one.
        + "b,,0.0,,,0.0,1.0,0.0,0.0,,,,medium,1.0,,,,\r\n";
    String csv = FacetsCsv.toCsv(portfolio);
    assertEquals(expected, csv);
    assertEquals(portfolio, FacetsCsv.readPortfolio(csv, "p.csv"));
  }

  @Test
  void removesExactlyTheApostropheTheWriterAdds() {
    Portfolio portfolio = FacetsCsv.readPortfolio("id,name,budget,facets.mission,tags\n"
        + "'=a,''=b,1,1,'x\n"
        + "'+c,'plain,1,1,''\n", "p.csv");
    Initiative first = portfolio.initiatives().get(0);
    assertEquals("=a", first.id());
    assertEquals("'=b", first.name().get());
    // An apostrophe before anything but a formula character is text, kept.
    assertEquals(List.of("'x"), first.tags());
    Initiative second = portfolio.initiatives().get(1);
    assertEquals("+c", second.id());
    assertEquals("'plain", second.name().get());
    assertEquals(List.of("''"), second.tags());
  }

  @Test
  void streamsInitiativesWithoutHoldingThem(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("p.csv");
    StringBuilder csv = new StringBuilder("id,budget,facets.mission\n");
    for (int i = 0; i < 5000; i++) {
      csv.append("i-").append(i).append(',').append(i).append(",1\n");
    }
    Files.writeString(file, csv);
    List<String> ids = new ArrayList<>();
    assertEquals(5000, FacetsCsv.readInitiatives(file, initiative -> ids.add(initiative.id())));
    assertEquals("i-4999", ids.get(4999));
    assertEquals(FacetsCsv.readPortfolio(file).initiatives().size(), ids.size());
  }

  @Test
  void namesABadByteFarIntoTheFileAtItsLine() {
    StringBuilder csv = new StringBuilder("id,budget,facets.mission,name\n");
    for (int i = 0; i < 2000; i++) {
      csv.append("i-").append(i).append(",1,1,Qu\u00e9bec\n");
    }
    byte[] good = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "bad,1,1,Qu\u00e9bec\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] bytes = new byte[good.length + latin1.length];
    System.arraycopy(good, 0, bytes, 0, good.length);
    System.arraycopy(latin1, 0, bytes, good.length, latin1.length);
    InputException e = assertThrows(InputException.class,
        () -> FacetsCsv.readPortfolio(new ByteArrayInputStream(bytes), "latin1.csv"));
    assertEquals(2002, e.line(), e::getMessage);
    // "bad,1,1,Qu" is 10 characters: the bad byte is the 11th.
    assertEquals(11, e.column(), e::getMessage);
    assertTrue(e.getMessage().contains("not valid UTF-8 (byte 0xE9)"), e.getMessage());
    assertTrue(e.getMessage().contains("CSV UTF-8"), e.getMessage());
  }

  @Test
  void namesAMissingFile(@TempDir Path folder) {
    InputException e = assertThrows(InputException.class, () -> FacetsCsv.readPortfolio(folder.resolve("none.csv")));
    assertTrue(e.getMessage().endsWith("none.csv: no such file"), e.getMessage());
  }

  @Test
  void extraColumnsAreAttributesInTheirOrderAndEmptyCellsAreAbsentOnes() {
    Portfolio portfolio = FacetsCsv.readPortfolio("id,owner,budget,unit,facets.mission,start date\n"
        + "a,J. Doe,1,Health,1,2026-01-01\n"
        + "b,,2,'=Tax,1,\n", "p.csv");
    Initiative a = portfolio.initiatives().get(0);
    assertEquals(List.of("owner", "unit", "start date"), List.copyOf(a.attributes().keySet()));
    assertEquals("J. Doe", a.attributes().get("owner"));
    assertEquals("2026-01-01", a.attributes().get("start date"));
    // The formula guard is removed, as from any text cell; empty cells are absent attributes.
    assertEquals(java.util.Map.of("unit", "=Tax"), portfolio.initiatives().get(1).attributes());
  }

  @Test
  void attributesAreWrittenAfterTheColumnsInOrderOfFirstAppearanceAndReadBack() {
    Initiative a = new Initiative.Builder().id("a").budget(1).facets(FacetMix.pure(Facet.MISSION))
        .putAttributes("unit", "Health").build();
    Initiative b = new Initiative.Builder().id("b").budget(2).facets(FacetMix.pure(Facet.MISSION))
        .putAttributes("owner", "Doe, J.").putAttributes("unit", "Tax").build();
    Portfolio portfolio = new Portfolio.Builder().name("p").addInitiatives(a, b).build();
    String csv = FacetsCsv.toCsv(portfolio);
    List<String> lines = csv.lines().collect(java.util.stream.Collectors.toList());
    assertTrue(lines.get(1).endsWith(",tags,unit,owner"), lines.get(1));
    assertTrue(lines.get(2).endsWith(",Health,"), lines.get(2));
    assertTrue(lines.get(3).endsWith(",Tax,\"Doe, J.\""), lines.get(3));
    assertEquals(portfolio, FacetsCsv.readPortfolio(csv, "p.csv"));
  }

  static Stream<Arguments> badFiles() {
    String h = "id,budget,facets.mission\n";
    String positions = "id,budget,position.uncertainty,position.directedness\n";
    String impacts = "id,budget,facets.mission,impact.low,impact.mode,impact.high\n";
    String all = "id,budget,purpose,driver,stage,priority,successProbability,facets.mission,tags\n";
    return Stream.of(
        // rule, file, line, path (the column), text the message must hold (the value)
        Arguments.of("near miss of a column", "id,budgte\na,1\n", 1, "budgte", "did you mean budget?"),
        Arguments.of("column names are exact", "id,Budget\na,1\n", 1, "Budget", "did you mean budget?"),
        Arguments.of("near miss of a nested column", "id,budget,facets.misison\na,1,1\n", 1, "facets.misison",
            "did you mean facets.mission?"),
        Arguments.of("attribute column without a name", "id,budget,,facets.mission\na,1,x,1\n", 1, "",
            "cell 3 of the header has no name"),
        Arguments.of("duplicate attribute column", "id,budget,unit,unit\na,1,x,y\n", 1, "unit", "cells 3 and 4"),
        Arguments.of("blank attribute value", "id,budget,facets.mission,unit\na,1,1, \n", 2, "attributes.unit",
            "' '"),
        Arguments.of("duplicate column", "id,budget,budget\na,1,1\n", 1, "budget", "cells 2 and 3"),
        Arguments.of("missing required column", "id,name,facets.mission\na,x,1\n", 1, "budget", "'id,name,facets.mission'"),
        Arguments.of("missing id column", "budget,facets.mission\n1,1\n", 1, "id", "'budget,facets.mission'"),
        Arguments.of("too few cells", h + "a,1\n", 2, "facets.mission", "'a,1'"),
        Arguments.of("too many cells", h + "a,1,1,extra\n", 2, "", "'extra'"),
        Arguments.of("not a number", h + "a,abc,1\n", 2, "budget", "'abc'"),
        Arguments.of("thousands separator", h + "a,\"1,000\",1\n", 2, "budget", "'1,000'"),
        Arguments.of("NaN", h + "a,NaN,1\n", 2, "budget", "'NaN'"),
        Arguments.of("Infinity", h + "a,-Infinity,1\n", 2, "budget", "'-Infinity'"),
        Arguments.of("overflowing number", h + "a,1e999,1\n", 2, "budget", "1e999"),
        Arguments.of("hexadecimal", h + "a,0x10,1\n", 2, "budget", "'0x10'"),
        Arguments.of("type suffix", h + "a,1d,1\n", 2, "budget", "'1d'"),
        Arguments.of("spaces around a number", h + "a, 1,1\n", 2, "budget", "' 1'"),
        Arguments.of("negative budget", h + "a,-5,1\n", 2, "budget", "-5.0"),
        Arguments.of("empty budget", h + "a,,1\n", 2, "budget", "an empty cell"),
        Arguments.of("empty id", h + ",1,1\n", 2, "id", "an empty cell"),
        Arguments.of("blank id", h + "  ,1,1\n", 2, "id", "'  '"),
        Arguments.of("duplicate id", h + "a,1,1\nb,1,1\na,2,1\n", 4, "id", "'a'"),
        Arguments.of("position out of range", positions + "a,1,1.5,0\n", 2, "position.uncertainty", "1.5"),
        Arguments.of("half a position", positions + "a,1,0.5,\n", 2, "position.directedness", "an empty cell"),
        Arguments.of("other half of a position", positions + "a,1,,0.5\n", 2, "position.uncertainty", "an empty cell"),
        Arguments.of("impact out of order", impacts + "a,1,1,3,2,5\n", 2, "impact.mode", "2.0"),
        Arguments.of("partial impact", impacts + "a,1,1,1,2,\n", 2, "impact.high", "an empty cell"),
        Arguments.of("negative facet weight", h + "a,1,-1\n", 2, "facets.mission", "-1.0"),
        Arguments.of("all-zero facets", h + "a,1,0\n", 2, "facets", "mission=0.0"),
        Arguments.of("no mix source", "id,budget,purpose\na,1,mission\n", 2, "facets", "'a'"),
        Arguments.of("unknown purpose", all + "a,1,missions,,,,,1,\n", 2, "purpose", "'missions'"),
        Arguments.of("unknown driver", all + "a,1,mission,money,,,,1,\n", 2, "driver", "'money'"),
        Arguments.of("unknown stage", all + "a,1,,,launch,,,1,\n", 2, "stage", "'launch'"),
        Arguments.of("unknown priority", all + "a,1,,,,urgent,,1,\n", 2, "priority", "'urgent'"),
        Arguments.of("enum names are exact", all + "a,1,,,,High,,1,\n", 2, "priority", "'High'"),
        Arguments.of("probability above one", all + "a,1,,,,,1.2,1,\n", 2, "successProbability", "1.2"),
        Arguments.of("empty tag", all + "a,1,,,,,,1,x;;y\n", 2, "tags[1]", "''"),
        Arguments.of("trailing tag separator", all + "a,1,,,,,,1,x;\n", 2, "tags[1]", "''"),
        Arguments.of("no rows", "# name: p\n" + h, 2, "", "no initiatives"),
        Arguments.of("empty file", "", 0, "", "empty"),
        Arguments.of("only a byte order mark", "\uFEFF", 0, "", "empty"),
        Arguments.of("metadata without a header", "# name: p\n", 0, "", "before its header"),
        Arguments.of("blank line before the header", "\n" + h + "a,1,1\n", 1, "", "blank line"),
        Arguments.of("blank line among rows", h + "a,1,1\n\nb,1,1\n", 3, "", "blank line"),
        Arguments.of("blank line at the end", h + "a,1,1\n\n", 3, "", "blank line"),
        Arguments.of("row of empty cells", h + "a,1,1\n,,\n", 3, "id", "an empty cell"),
        Arguments.of("unknown metadata key", "# nme: p\n" + h + "a,1,1\n", 1, "nme", "'nme'"),
        Arguments.of("repeated metadata key", "# name: p\n# name: q\n" + h + "a,1,1\n", 2, "name", "'q'"),
        Arguments.of("bad date", "# asOf: 1 Nov 2026\n" + h + "a,1,1\n", 1, "asOf", "'1 Nov 2026'"),
        Arguments.of("blank name", "# name:  \n" + h + "a,1,1\n", 1, "name", "' '"),
        Arguments.of("blank currency", "# currency:\n" + h + "a,1,1\n", 1, "currency", "''"),
        Arguments.of("metadata with an unquoted comma", "# name: Things, Inc\n" + h + "a,1,1\n", 1, "", "' Inc'"),
        Arguments.of("free comment", "# exported from the register\n" + h + "a,1,1\n", 1, "",
            "'# exported from the register'"),
        Arguments.of("quote inside an unquoted cell", h + "a,1,5\" screen\n", 2, "", "'5\"'"),
        Arguments.of("text after a closing quote", h + "\"a\"b,1,1\n", 2, "", "'a\"b'"),
        Arguments.of("quote never closed", h + "a,1,1\n\"b,1,1\nc,1,1\n", 3, "", "'\"b,1,1"),
        Arguments.of("error in a row after a multi-line cell", "id,name,budget,facets.mission\n"
            + "a,\"one\ntwo\nthree\",1,1\nb,x,-1,1\n", 5, "budget", "-1.0"),
        Arguments.of("error in a multi-line row names its first line", "id,name,budget,facets.mission\n"
            + "a,\"one\ntwo\",-1,1\n", 2, "budget", "-1.0"),
        Arguments.of("huge cell", h + "a,1," + "9".repeat(JsonLimits.MAX_STRING_LENGTH + 1) + "\n", 2, "",
            "longer than"),
        Arguments.of("huge number", h + "a," + "9".repeat(JsonLimits.MAX_NUMBER_LENGTH + 1) + ",1\n", 2, "budget",
            "be a number"),
        Arguments.of("huge header", "id,budget" + ",x".repeat(100_000) + "\n", 1, "", "100002 cells"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void rejectsBadFilesNamingTheLineColumnAndValue(String rule, String csv, int line, String path, String value) {
    InputException e = assertThrows(InputException.class, () -> FacetsCsv.readPortfolio(csv, "bad.csv"));
    String message = e.getMessage();
    assertEquals(line, e.line(), () -> "line of: " + message);
    assertEquals(path, e.path(), () -> "column of: " + message);
    assertTrue(message.startsWith(line > 0 ? "bad.csv:" + line + ":" : "bad.csv: "), message);
    assertTrue(message.contains(value), () -> message + " should name " + value);
    assertTrue(path.isEmpty() || message.contains(path), () -> message + " should name " + path);
    assertEquals(-1, message.indexOf('\n'), "one line");
    assertEquals(-1, message.indexOf('\r'), "one line");
  }

  @Test
  void portfolioFilesDispatchOnTheExtensionInAnyCase(@TempDir Path folder) throws Exception {
    Portfolio expected = FacetsJson.readPortfolio(CONTRACT_EXAMPLE_JSON, "x");
    Path csv = folder.resolve("ministry.CSV");
    Files.writeString(csv, CONTRACT_EXAMPLE);
    Path json = folder.resolve("ministry.Json");
    Files.writeString(json, CONTRACT_EXAMPLE_JSON);
    assertEquals(expected, PortfolioFiles.read(csv));
    assertEquals(expected, PortfolioFiles.read(json));
    List<Initiative> streamed = new ArrayList<>();
    assertEquals(1, PortfolioFiles.readInitiatives(csv, streamed::add));
    assertEquals(1, PortfolioFiles.readInitiatives(json, streamed::add));
    assertEquals(streamed.get(0), streamed.get(1));
    assertEquals(FileKind.PORTFOLIO, FileKind.of(csv));

    Path text = folder.resolve("ministry.txt");
    Files.writeString(text, CONTRACT_EXAMPLE_JSON);
    InputException e = assertThrows(InputException.class, () -> PortfolioFiles.read(text));
    assertEquals(text + ": a portfolio file must end in .json, .csv or .xlsx (any case), got .txt", e.getMessage());
    InputException none = assertThrows(InputException.class, () -> PortfolioFiles.read(folder.resolve("README")));
    assertTrue(none.getMessage().endsWith("got no extension"), none.getMessage());
  }

  @Test
  void aCsvFileIsAlwaysAPortfolioEvenWhenItLooksLikeJson(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("t.csv");
    Files.writeString(file, "{\"mission\": 1}");
    assertEquals(FileKind.PORTFOLIO, FileKind.of(file));
    InputException e = assertThrows(InputException.class, () -> PortfolioFiles.read(file));
    assertEquals(1, e.line());
  }

  @Test
  void everyPublicEntryPointRejectsNull(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("p.csv");
    Files.writeString(file, CONTRACT_EXAMPLE);
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Path.class, file)
        .setDefault(Portfolio.class, FacetsCsv.readPortfolio(file))
        .setDefault(List.class, List.of("a"));
    tester.testAllPublicStaticMethods(FacetsCsv.class);
    tester.testAllPublicStaticMethods(PortfolioFiles.class);
    tester.testAllPublicStaticMethods(CsvTable.class);
    tester.testAllPublicInstanceMethods(CsvTable.start(new java.io.StringWriter(), List.of("a")).row());
  }
}
