package cn.gov.chengdu.suite.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes secrets so that no other user can read them and no reader sees half a file: a temporary file made with
 * mode 600, then an atomic rename. Makers hold a lock so that commands started side by side make one key, not two.
 */
public final class KeyFiles {

    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_FILE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_DIRECTORY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private KeyFiles() {
    }

    /** Creates the directory (and missing parents) with mode 700 for the directories it creates. */
    public static void createPrivateDirectory(Path directory) {
        try {
            if (!Files.isDirectory(directory)) {
                Path parent = directory.toAbsolutePath().getParent();
                if (parent != null) {
                    createPrivateDirectory(parent);
                }
                Files.createDirectory(directory, OWNER_ONLY_DIRECTORY);
            }
        } catch (FileAlreadyExistsException e) {
            // made at the same moment by another command
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + directory, e);
        }
    }

    /** Writes {@code text} as the whole content of {@code file}, readable by its owner only. */
    public static void writePrivate(Path file, String text) {
        try {
            createPrivateDirectory(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp", OWNER_ONLY_FILE);
            Files.writeString(temporary, text, StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** A new file in {@code directory} holding {@code text}, readable by its owner only; the caller deletes it. */
    public static Path writePrivateTemporary(Path directory, String text) {
        try {
            createPrivateDirectory(directory);
            Path file = Files.createTempFile(directory, ".", ".tmp", OWNER_ONLY_FILE);
            Files.writeString(file, text, StandardCharsets.US_ASCII);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a file in " + directory, e);
        }
    }

    /** Runs {@code maker} while holding an exclusive lock on {@code directory/.lock}. */
    public static <T> T underLock(Path directory, Supplier<T> maker) {
        createPrivateDirectory(directory);
        try (FileChannel channel = FileChannel.open(directory.resolve(".lock"),
                Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), OWNER_ONLY_FILE);
             FileLock lock = channel.lock()) {
            return maker.get();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock " + directory, e);
        }
    }
}
