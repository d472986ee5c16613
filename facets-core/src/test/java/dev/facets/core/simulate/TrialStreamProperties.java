package dev.facets.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link TrialStream} draws what {@link SplittableRandom} draws (the numbers behind every seed the
 * contract has given), through splits, uniforms, normals and raw longs, and a stream moved back to a
 * position draws the same numbers again.
 */
class TrialStreamProperties {
  @Test
  void drawsWhatSplittableRandomDraws() {
    qt().withFixedSeed(0x57AEL).withExamples(300).forAll(longs().all(), integers().between(0, 40))
        .checkAssert((seed, splits) -> {
          SplittableRandom expectedRoot = new SplittableRandom(seed);
          TrialStream root = TrialStream.of(seed);
          SplittableRandom expected = expectedRoot;
          TrialStream actual = root;
          for (int s = 0; s < splits; s++) {
            expected = expectedRoot.split();
            actual = root.split();
          }
          for (int draw = 0; draw < 200; draw++) {
            switch (draw % 3) {
              case 0:
                assertEquals(expected.nextDouble(), actual.nextDouble());
                break;
              case 1:
                assertEquals(expected.nextGaussian(), actual.nextGaussian());
                break;
              default:
                assertEquals(expected.nextLong(), actual.nextLong());
            }
          }
        });
  }

  @Test
  void theUniformAtTheNextStateIsTheNextDouble() {
    qt().withFixedSeed(0x57B0L).withExamples(200).forAll(longs().all(), integers().between(0, 40))
        .checkAssert((seed, splits) -> {
          TrialStream stream = TrialStream.of(seed);
          for (int s = 0; s < splits; s++) {
            stream = stream.split();
          }
          for (int draw = 0; draw < 50; draw++) {
            double expected = TrialStream.uniformAt(stream.position() + stream.gamma());
            assertEquals(expected, stream.nextDouble());
          }
        });
  }

  @Test
  void aStreamMovedBackDrawsTheSameAgain() {
    qt().withFixedSeed(0x57AFL).withExamples(200).forAll(longs().all(), integers().between(0, 100))
        .checkAssert((seed, skipped) -> {
          TrialStream stream = TrialStream.of(seed).split();
          for (int i = 0; i < skipped; i++) {
            stream.nextGaussian();
          }
          long position = stream.position();
          double[] first = {stream.nextDouble(), stream.nextGaussian(), stream.nextDouble()};
          stream.nextLong();
          stream.moveTo(position);
          assertEquals(first[0], stream.nextDouble());
          assertEquals(first[1], stream.nextGaussian());
          assertEquals(first[2], stream.nextDouble());
        });
  }
}
