package dev.facets.cli;

import dev.facets.core.io.InputException;
import dev.facets.core.io.PortfolioFiles;
import dev.facets.report.Provenance;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Input files read once each, and checksummed (SHA-256, for the report's provenance) from the very
 * bytes their reader parses. Reading a file a second time to checksum it would cost a second pass over
 * a large register, would checksum other bytes than were read if the file changed in between, and
 * cannot work at all on a file that can be read only once (a named pipe).
 *
 * <p>Not thread-safe: one command's reads.
 */
final class ChecksummedReads {
  private final Map<Path, String> sha256 = new HashMap<>();

  /**
   * Reads a file with a reader of streams ({@code FacetsJson::readPortfolio} and the like, which name
   * the file by {@code file.toString()} in their errors, as the readers of paths do), checksumming
   * the bytes as they pass.
   */
  <T> T read(Path file, BiFunction<InputStream, String, T> reader) {
    MessageDigest digest = Provenance.sha256();
    try (InputStream in = PortfolioFiles.open(file)) {
      // The readers close their stream when they are done; the file stays open until the rest is digested.
      DigestInputStream digesting = new DigestInputStream(new FilterInputStream(in) {
        @Override
        public void close() {
          // kept open; closed by the enclosing try
        }
      }, digest);
      T result = reader.apply(digesting, file.toString());
      // A reader stops where its document ends; whatever follows is part of the file all the same.
      digesting.transferTo(OutputStream.nullOutputStream());
      sha256.put(file, HexFormat.of().formatHex(digest.digest()));
      return result;
    } catch (IOException e) {
      throw new InputException(file.toString(), 0, 0, "", "cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a file whose reader must open it itself (a workbook: a ZIP's directory sits at its end), then
   * checksums its bytes: the one kind of file read twice.
   */
  <T> T readThenChecksum(Path file, Supplier<T> reader) {
    T result = reader.get();
    MessageDigest digest = Provenance.sha256();
    try (InputStream in = new DigestInputStream(PortfolioFiles.open(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new InputException(file.toString(), 0, 0, "", "cannot be read: " + e.getMessage(), e);
    }
    sha256.put(file, HexFormat.of().formatHex(digest.digest()));
    return result;
  }

  /** The checksum of a file read by {@link #read}, in lower-case hex. */
  String sha256(Path file) {
    String checksum = sha256.get(file);
    if (checksum == null) {
      throw new IllegalStateException(file + " was not read");
    }
    return checksum;
  }
}
