package dev.facets.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files one command writes, as one unit: every target is checked before the first byte is
 * written, each is written to a temporary file beside it, and the temporaries are moved into place
 * only when all of them were written. On any error no target is created or changed and no temporary
 * file is left.
 *
 * <p>A target is refused when it is an input of the command (however it is named), a folder, a file
 * the user may not write (a rename would replace it anyway, since a rename needs only the folder's
 * permission), in a folder that does not exist or may not be written, or named twice. A device or a
 * pipe ({@code /dev/null}, {@code /dev/stdout}, a FIFO) is written straight through instead, never
 * replaced (as root a move would replace {@code /dev/null} itself). Every error names the target
 * and the operating system's reason, never a temporary file.
 *
 * <p>The moves come last and are renames within one folder, so the window in which one target is in
 * place and another not is a few system calls; a rename that still fails there is reported, and
 * the targets already moved stay.
 *
 * <p>A target gets the permissions a plain write would give it: a replaced file keeps its own, a
 * new one gets what the umask allows, as with {@code >} in a shell.
 */
final class OutputFiles {
  /** Unpredictable temporary names, as {@link Files#createTempFile} makes them. */
  private static final SecureRandom RANDOM = new SecureRandom();

  private final List<Path> inputs;
  private final Map<Path, byte[]> files = new LinkedHashMap<>();
  private final Map<Path, Path> named = new LinkedHashMap<>();

  /** An empty set of outputs of a command that read {@code inputs}, which are never overwritten. */
  OutputFiles(List<Path> inputs) {
    this.inputs = List.copyOf(inputs);
  }

  /** Adds a target and its content (UTF-8). */
  OutputFiles add(Path target, String content) {
    return add(target, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Adds a target and its content. */
  OutputFiles add(Path target, byte[] content) {
    Path absolute = target.toAbsolutePath().normalize();
    if (named.containsKey(absolute)) {
      throw new IllegalArgumentException(target + ": cannot be written: the command would write it twice");
    }
    named.put(absolute, target);
    files.put(absolute, content);
    return this;
  }

  /**
   * Checks that {@code target} may be written by a command that read {@code inputs}, without
   * writing anything: the check {@link #commit()} makes, for a command to call before its work.
   */
  static void check(Path target, List<Path> inputs) {
    new OutputFiles(inputs).add(target, new byte[0]).checkAll();
  }

  /** Writes every target, all or none. */
  void commit() {
    checkAll();
    Map<Path, Path> temporaries = new LinkedHashMap<>();
    List<Path> devices = new ArrayList<>();
    try {
      for (Map.Entry<Path, byte[]> file : files.entrySet()) {
        Path absolute = file.getKey();
        if (isDevice(absolute)) {
          devices.add(absolute);
          continue;
        }
        Path temporary = createTemporary(absolute);
        temporaries.put(absolute, temporary);
        write(absolute, temporary, file.getValue());
      }
      for (Path device : devices) {
        write(device, device, files.get(device));
      }
      for (Map.Entry<Path, Path> move : new ArrayList<>(temporaries.entrySet())) {
        move(move.getValue(), move.getKey());
        temporaries.remove(move.getKey());
      }
    } finally {
      temporaries.values().forEach(OutputFiles::deleteQuietly);
    }
  }

  private void checkAll() {
    for (Map.Entry<Path, Path> entry : named.entrySet()) {
      checkOne(entry.getValue(), entry.getKey());
    }
  }

  private void checkOne(Path target, Path absolute) {
    for (Path input : inputs) {
      if (isSameFile(absolute, input)) {
        throw new IllegalArgumentException(
            target + ": --out must not overwrite the input file " + input + ", got the same file");
      }
    }
    Path name = absolute.getFileName();
    if (name == null || Files.isDirectory(absolute)) {
      throw cannot(target, "is a folder; name a file in it");
    }
    if (isDevice(absolute)) {
      return;
    }
    Path folder = folderOf(absolute);
    if (!Files.isDirectory(folder)) {
      throw cannot(target, Files.exists(folder) ? folder + " is not a folder" : "no such folder " + folder);
    }
    if (!Files.isWritable(folder)) {
      throw cannot(target, "permission denied: the folder " + folder + " may not be written");
    }
    if (Files.exists(absolute) && !Files.isWritable(absolute)) {
      throw cannot(target, "permission denied: the file may not be written, so it is not replaced");
    }
  }

  /**
   * An empty temporary file beside {@code absolute}, with the permissions a plain write would give
   * the target: those of the file it replaces, or for a new file what the umask leaves of rw-rw-rw-.
   * ({@link Files#createTempFile} would make it rw------- whatever the umask, so a report written to
   * a shared folder could not be opened by colleagues.)
   */
  private static Path createTemporary(Path absolute) {
    Path folder = folderOf(absolute);
    for (int attempt = 0; ; attempt++) {
      Path temporary = folder.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        // Created as any new file is (mode 0666 less the umask), never replacing a file of that name.
        Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
      } catch (FileAlreadyExistsException e) {
        if (attempt < 100) {
          continue;
        }
        throw cannot(absolute, reason(e));
      } catch (IOException e) {
        throw cannot(absolute, reason(e));
      }
      try {
        keepPermissions(absolute, temporary);
      } catch (IOException e) {
        deleteQuietly(temporary);
        throw cannot(absolute, reason(e));
      }
      return temporary;
    }
  }

  /** Gives {@code temporary} the POSIX permissions of {@code target} when that file exists already. */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    if (!Files.exists(target)) {
      return;
    }
    try {
      Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: there the new file's defaults are what a plain write gives too.
    }
  }

  private static void deleteQuietly(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException ignored) {
      // Already failing with a better reason; the leftover is a hidden .tmp file.
    }
  }

  /**
   * The folder of an absolute path that names a file. {@link Path#getParent()} is null only for a
   * root, which {@link #checkOne} refuses as a folder before anything is written.
   */
  private static Path folderOf(Path absolute) {
    Path folder = absolute.getParent();
    if (folder == null) {
      throw cannot(absolute, "is a folder; name a file in it");
    }
    return folder;
  }

  private void write(Path absolute, Path file, byte[] content) {
    try {
      Files.write(file, content);
    } catch (IOException e) {
      throw cannot(named.get(absolute), reason(e));
    }
  }

  private void move(Path temporary, Path absolute) {
    try {
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw cannot(named.get(absolute), reason(e));
    }
  }

  private static IllegalArgumentException cannot(Path target, String reason) {
    return new IllegalArgumentException(target + ": cannot be written: " + reason);
  }

  /** A device or a pipe: something that exists and is neither a regular file nor a folder. */
  private static boolean isDevice(Path absolute) {
    return Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute);
  }

  private static boolean isSameFile(Path target, Path input) {
    try {
      return Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input);
    } catch (IOException e) {
      return target.equals(input.toAbsolutePath().normalize());
    }
  }

  /**
   * The operating system's reason for a failed file operation, without the paths Java puts in the
   * message (which would name a temporary file): {@code permission denied}, {@code No space left on
   * device}.
   */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "is a folder that is not empty";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
