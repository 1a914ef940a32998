package cn.gov.chengdu.suite.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Reads the lines a process appends to its log, from a given offset on, like {@code tail -f}. */
public final class LogFollower {

    private final Path file;
    private long position;
    private final ByteArrayOutputStream partialLine = new ByteArrayOutputStream();

    public LogFollower(Path file, long offset) {
        this.file = file;
        this.position = offset;
    }

    /** The complete lines written since the last call; a line still being written waits for its newline. */
    public List<String> newLines() {
        List<String> lines = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            int read;
            while ((read = channel.read(buffer, position)) > 0) {
                position += read;
                for (int i = 0; i < read; i++) {
                    byte b = buffer.get(i);
                    if (b == '\n') {
                        lines.add(partialLine.toString(StandardCharsets.UTF_8).stripTrailing());
                        partialLine.reset();
                    } else {
                        partialLine.write(b);
                    }
                }
                buffer.clear();
            }
        } catch (NoSuchFileException e) {
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        return lines;
    }

    /** The last {@code count} lines written after {@code offset}. */
    public static List<String> tail(Path file, long offset, int count) {
        Deque<String> last = new ArrayDeque<>(count);
        for (String line : new LogFollower(file, offset).newLines()) {
            if (last.size() == count) {
                last.removeFirst();
            }
            last.addLast(line);
        }
        return List.copyOf(last);
    }

    /** The current size of {@code file}: where a follower starts to see only what is written from now on. */
    public static long end(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
