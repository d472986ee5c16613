package dev.facets.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.facets.api.InvalidValueException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming id set finds exactly the repeat an exact set finds: at once among the first ids,
 * else by hashes and a second, exact pass over the suspects; equal hashes of different ids are no
 * error, whatever the hash.
 */
class IdSetProperties {
  private static final long SEED = 0x1D5E7L;

  /** The position of the first id seen again (by the second sighting), or -1, from an exact set. */
  private static long firstRepeatExact(List<String> ids) {
    IdSet exact = IdSet.exact();
    for (int i = 0; i < ids.size(); i++) {
      if (exact.register(ids.get(i), i) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The same through a streaming set: one pass, then the second pass over the suspects. */
  private static long firstRepeatStreaming(List<String> ids, ToLongFunction<String> hash, int exactIds) {
    IdSet.Streaming streaming = new IdSet.Streaming(hash, exactIds);
    for (int i = 0; i < ids.size(); i++) {
      if (streaming.register(ids.get(i), i) >= 0) {
        break; // the readers stop here, then run the second pass
      }
    }
    long[] suspects = streaming.suspects();
    IdSet second = streaming.restrictedTo(suspects);
    for (int i = 0; i < ids.size(); i++) {
      if (second.register(ids.get(i), i) >= 0) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void findsTheSameFirstRepeatAsAnExactSetUnderAnyHash() {
    List<ToLongFunction<String>> hashes = List.of(
        new IdSet.SipHash(new java.util.Random(1))::of,
        id -> 7, // every id collides: only the exact second pass can tell them apart
        id -> id.length()); // many collide
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(lists().of(integers().between(0, 400)).ofSizeBetween(0, 300), integers().between(0, 40))
        .checkAssert((numbers, exactIds) -> {
          List<String> ids = new ArrayList<>();
          numbers.forEach(n -> ids.add("id-" + n));
          long expected = firstRepeatExact(ids);
          for (ToLongFunction<String> hash : hashes) {
            assertEquals(expected, firstRepeatStreaming(ids, hash, exactIds), ids::toString);
          }
        });
  }

  @Test
  void suspectsAreTheRepeatedHashesSorted() {
    IdSet.Streaming streaming = new IdSet.Streaming(Long::parseLong, 0);
    for (String id : new String[] {"5", "3", "5", "9", "3", "3", "-2"}) {
      streaming.register(id, 0);
    }
    assertArrayEquals(new long[] {3, 5}, streaming.suspects());
  }

  @Test
  void sipHashMatchesTheReferenceShapeAndSeparatesNearIds() {
    IdSet.SipHash hash = new IdSet.SipHash(new java.util.Random(42));
    assertEquals(hash.of("abcd"), hash.of("abcd"));
    assertTrue(hash.of("abcd") != hash.of("abce"));
    assertTrue(hash.of("") != hash.of("\0"), "the length is part of the hash");
    assertTrue(hash.of("abc") != hash.of("abc\0"));
  }

  @Test
  void aRegisterLongerThanTheHeapAllowsIsRefusedBeforeAllocating() {
    long heap = Runtime.getRuntime().maxMemory();
    long limit = IdSet.Streaming.maxIds(heap);
    assertEquals(heap / 16, limit);
    IdSet.Streaming.checkHeap(limit);
    InvalidValueException error = assertThrows(InvalidValueException.class, () -> IdSet.Streaming.checkHeap(limit + 1));
    assertTrue(error.getMessage().contains("at most " + limit) && error.getMessage().contains("-Xmx"), error::getMessage);
  }

  @TempDir Path folder;

  @Test
  void aRepeatBeyondTheExactIdsIsReportedAsAnExactReadReportsIt() throws IOException {
    // 70,000 rows, then a repeat of row 69,999's id: beyond the exact ids, found by the second pass.
    int rows = IdSet.EXACT_IDS + 4464;
    StringBuilder csv = new StringBuilder("id,budget,facets.mission\n");
    StringBuilder json = new StringBuilder("{\"name\":\"p\",\"initiatives\":[");
    for (int i = 0; i < rows; i++) {
      csv.append('r').append(i).append(",1,1\n");
      json.append("{\"id\":\"r").append(i).append("\",\"budget\":1,\"facets\":{\"mission\":1}},\n");
    }
    csv.append("r69999,2,1\nlast,1,1\n");
    json.append("{\"id\":\"r69999\",\"budget\":2,\"facets\":{\"mission\":1}},{\"id\":\"last\",\"budget\":1,"
        + "\"facets\":{\"mission\":1}}]}");
    Path csvFile = Files.writeString(folder.resolve("p.csv"), csv, StandardCharsets.UTF_8);
    Path jsonFile = Files.writeString(folder.resolve("p.json"), json, StandardCharsets.UTF_8);
    for (Path file : List.of(csvFile, jsonFile)) {
      InputException exact = assertThrows(InputException.class, () -> PortfolioFiles.read(file));
      long[] seen = new long[1];
      InputException streamed = assertThrows(InputException.class,
          () -> PortfolioFiles.stream(file, initiative -> seen[0]++));
      assertEquals(exact.getMessage(), streamed.getMessage());
      assertTrue(exact.getMessage().contains("r69999"), exact::getMessage);
      assertEquals(rows + 2, seen[0], "the first pass hands every initiative over before the repeat is known");
    }
  }

  @Test
  void theFirstErrorOfTheFileIsReportedWhateverComesAfterTheRepeat() throws IOException {
    // A repeat beyond the exact ids, then a later error of another kind (a negative budget), then a
    // repeat of one of the first ids: each file's first error is the repeat of r69999, as an exact
    // read says.
    int rows = IdSet.EXACT_IDS + 4464;
    for (String tail : new String[] {"bad,-1,1\n", "r5,1,1\n"}) {
      StringBuilder csv = new StringBuilder("id,budget,facets.mission\n");
      for (int i = 0; i < rows; i++) {
        csv.append('r').append(i).append(",1,1\n");
      }
      csv.append("r69999,2,1\n").append(tail).append("more,1,1\n");
      Path file = Files.writeString(folder.resolve("tail.csv"), csv, StandardCharsets.UTF_8);
      InputException exact = assertThrows(InputException.class, () -> PortfolioFiles.read(file));
      InputException streamed = assertThrows(InputException.class, () -> PortfolioFiles.stream(file, initiative -> { }));
      assertEquals(exact.getMessage(), streamed.getMessage());
      assertTrue(exact.getMessage().contains("r69999"), exact::getMessage);
    }
  }
}
