package cn.gov.chengdu.suite.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFollowerTest {

    @TempDir
    Path logs;

    @Test
    void returnsCompleteLinesAsTheyAreAppended() throws IOException {
        Path log = logs.resolve("petition-service.log");
        Files.writeString(log, "old run\n");
        LogFollower follower = new LogFollower(log, LogFollower.end(log));

        append(log, "demo-data: loading petitions 1/3\ndemo-data: load");
        assertEquals(List.of("demo-data: loading petitions 1/3"), follower.newLines());

        append(log, "ing petitions 2/3\r\n成都 12345\n");
        assertEquals(List.of("demo-data: loading petitions 2/3", "成都 12345"), follower.newLines());
        assertEquals(List.of(), follower.newLines());
    }

    @Test
    void aLogNotYetWrittenHasNoLines() {
        assertEquals(List.of(), new LogFollower(logs.resolve("missing.log"), 0).newLines());
        assertEquals(0, LogFollower.end(logs.resolve("missing.log")));
    }

    @Test
    void tailKeepsTheLastLinesAfterTheOffset() throws IOException {
        Path log = logs.resolve("gateway.log");
        Files.writeString(log, "earlier run\n");
        long offset = Files.size(log);
        append(log, "1\n2\n3\n4\n");
        assertEquals(List.of("3", "4"), LogFollower.tail(log, offset, 2));
        assertEquals(List.of("1", "2", "3", "4"), LogFollower.tail(log, offset, 10));
    }

    @Test
    void startMarkerIsAppendedAndSkipped() throws IOException {
        Path log = logs.resolve("sub/schedule-service.log");
        long offset = PartLauncher.appendStartMarker(log, "schedule-service on port 8083");
        append(log, "started\n");
        List<String> all = Files.readAllLines(log);
        assertEquals(2, all.size());
        assertEquals(true, all.get(0).matches("==== \\S+ \\./suite starts schedule-service on port 8083 ===="), all.get(0));
        assertEquals(List.of("started"), new LogFollower(log, offset).newLines());
    }

    private static void append(Path log, String text) throws IOException {
        Files.writeString(log, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
