package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonTrees#print} writes exactly what the object mapper with {@code INDENT_OUTPUT} writes,
 * for every kind of node the command's results hold, so that dropping the mapper from the output
 * path changes no byte.
 */
class JsonTreesProperties {
  private static String byMapper(JsonNode json) throws Exception {
    return JsonTrees.mapper().writeValueAsString(json);
  }

  @Test
  void anyNumbersAndStringsInNestedObjectsAndArraysPrintAsTheMapperPrintsThem() {
    qt().withFixedSeed(20261202L).withExamples(3000)
        .forAll(doubles().any(), strings().allPossible().ofLengthBetween(0, 12), longs().all(), integers().all())
        .checkAssert((number, text, whole, small) -> {
          ObjectNode json = JsonNodeFactory.instance.objectNode();
          json.put(text, number);
          json.put("text", text);
          json.put("long", whole);
          json.put("int", small);
          ArrayNode array = json.putArray("array");
          array.add(number).add(text).addNull().add(small % 2 == 0).addObject().put("nested", -number);
          array.addArray();
          json.putObject("empty");
          try {
            assertEquals(byMapper(json), JsonTrees.print(json));
            assertEquals(byMapper(array), JsonTrees.print(array));
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void everyNodeKindPrintsAsTheMapperPrintsIt() throws Exception {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode json = nodes.objectNode();
    json.put("double", 84999.99999999953).put("big", 1.985E7).put("negativeZero", -0.0).put("tiny", Double.MIN_VALUE);
    json.put("nan", Double.NaN).put("infinity", Double.POSITIVE_INFINITY);
    json.put("float", 0.1f).put("short", (short) -3).put("int", Integer.MIN_VALUE).put("long", Long.MAX_VALUE);
    json.put("bigInteger", new BigInteger("123456789012345678901234567890"));
    json.put("bigDecimal", new BigDecimal("1.50E+3"));
    json.put("true", true).putNull("null");
    json.put("controls", "tab\t nul\u0000 del\u007f csi\u009b line\u2028 lone\ud800 emoji\ud83d\ude00 quote\" back\\");
    json.putArray("emptyArray");
    json.putObject("emptyObject");
    json.putArray("nested").addArray().addObject().putArray("deep").add(1).add("two");
    assertEquals(byMapper(json), JsonTrees.print(json));
    assertEquals(byMapper(nodes.textNode("alone")), JsonTrees.print(nodes.textNode("alone")));
    assertEquals(byMapper(nodes.numberNode(2.5)), JsonTrees.print(nodes.numberNode(2.5)));
  }
}
