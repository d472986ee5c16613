package dev.facets.report;

import dev.facets.api.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Where a report came from, for its footer: the facets version that made it, the day it was made,
 * and each input file by name and SHA-256 checksum, so a reader can tell whether the file on their
 * drive is the one the report describes.
 *
 * <p>The report cannot know these itself (a {@link ReportRequest} holds parsed objects, not files),
 * so whoever reads the files records them: {@code facets report} does. Immutable and thread-safe.
 */
public final class Provenance {
  private final String facetsVersion;
  private final LocalDate date;
  private final List<Input> inputs;

  /**
   * One input file: what it is for ({@code portfolio}, {@code scenarios}, {@code target}), its name
   * as given, and the SHA-256 of its bytes in lower-case hex.
   */
  public record Input(String role, String name, String sha256) {
    /**
     * @throws dev.facets.api.InvalidValueException if a part is blank or the checksum is not 64 hex digits
     */
    public Input {
      Checks.notBlank(role, "role");
      Checks.notBlank(name, "name");
      Checks.notBlank(sha256, "sha256");
      if (!sha256.matches("[0-9a-f]{64}")) {
        throw new dev.facets.api.InvalidValueException("sha256", Checks.quote(sha256), "be 64 lower-case hex digits");
      }
    }
  }

  private Provenance(String facetsVersion, LocalDate date, List<Input> inputs) {
    this.facetsVersion = Checks.notBlank(facetsVersion, "facetsVersion");
    this.date = Objects.requireNonNull(date, "date");
    this.inputs = List.copyOf(inputs);
  }

  /** A provenance with no input files yet. */
  public static Provenance of(String facetsVersion, LocalDate date) {
    return new Provenance(facetsVersion, date, List.of());
  }

  /** This provenance with one more input, whose checksum is computed from its bytes. */
  public Provenance withInput(String role, String name, byte[] content) {
    return with(new Input(role, name, HexFormat.of().formatHex(digest().digest(content))));
  }

  /**
   * This provenance with one more input file, named by its path as given and read once to checksum it.
   *
   * @throws IOException if the file cannot be read
   */
  public Provenance withFile(String role, Path file) throws IOException {
    MessageDigest digest = digest();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
    }
    return with(new Input(role, String.valueOf(file), HexFormat.of().formatHex(digest.digest())));
  }

  /**
   * This provenance with one more input whose checksum was computed by the caller, with a
   * {@link #sha256()} digest, from the bytes it read (so that a file is read once, parsed and
   * checksummed from the same bytes).
   *
   * @param role what the input is for ({@code portfolio}, {@code scenarios}, {@code target})
   * @param name the input's name, such as its path as given
   * @param sha256 the SHA-256 of its bytes, 64 lower-case hex digits
   * @return this provenance with the input added
   * @throws dev.facets.api.InvalidValueException if a part is blank or the checksum is not 64 hex digits
   */
  public Provenance withChecksum(String role, String name, String sha256) {
    return with(new Input(role, name, sha256));
  }

  /** {@return a new SHA-256 digest: the checksum of every input} */
  public static MessageDigest sha256() {
    return digest();
  }

  private Provenance with(Input input) {
    List<Input> more = new ArrayList<>(inputs);
    more.add(input);
    return new Provenance(facetsVersion, date, more);
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest's javadoc).
      throw new IllegalStateException(e);
    }
  }

  /** The facets version that made the report, such as {@code 0.2.0}. */
  public String facetsVersion() {
    return facetsVersion;
  }

  /** The day the report was made. */
  public LocalDate date() {
    return date;
  }

  /** The input files, in the order recorded. */
  public List<Input> inputs() {
    return inputs;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Provenance that && facetsVersion.equals(that.facetsVersion) && date.equals(that.date)
        && inputs.equals(that.inputs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(facetsVersion, date, inputs);
  }

  /** For example {@code Provenance{facets 0.2.0, 2026-12-02, 2 inputs}}. */
  @Override
  public String toString() {
    return "Provenance{facets " + facetsVersion + ", " + date + ", " + inputs.size() + " inputs}";
  }
}
