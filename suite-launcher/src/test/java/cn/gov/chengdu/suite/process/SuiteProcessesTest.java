package cn.gov.chengdu.suite.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.SuiteHome;

class SuiteProcessesTest {

    @TempDir
    Path root;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void aRecordedProcessWithThisSuitesMarkerIsFound() throws IOException {
        SuiteProcesses processes = new SuiteProcesses(new SuiteHome(root));
        Process gateway = startMarked(processes, "gateway");
        processes.record("gateway", gateway.toHandle());

        assertEquals(Optional.of(gateway.pid()), processes.find(Part.GATEWAY).map(ProcessHandle::pid));
        assertEquals("" + gateway.pid() + "\n", Files.readString(root.resolve(".suite/run/gateway.pid")));

        processes.forget("gateway");
        assertEquals(Optional.empty(), processes.find(Part.GATEWAY));
    }

    @Test
    void aPidWithoutTheMarkerIsNotOurs() {
        SuiteProcesses processes = new SuiteProcesses(new SuiteHome(root));
        processes.record("postgres", ProcessHandle.current());
        assertEquals(Optional.empty(), processes.find(Part.POSTGRES));
    }

    @Test
    void anotherSuitesProcessIsNotOurs() throws IOException {
        SuiteProcesses ours = new SuiteProcesses(new SuiteHome(root.resolve("ours")));
        SuiteProcesses theirs = new SuiteProcesses(new SuiteHome(root.resolve("theirs")));
        Process process = startMarked(theirs, "gateway");
        ours.record("gateway", process.toHandle());

        assertEquals(Optional.empty(), ours.find(Part.GATEWAY));
        assertTrue(ours.leftovers().isEmpty());
        assertEquals(List.of(process.pid()), theirs.leftovers().stream().map(ProcessHandle::pid).toList());
    }

    @Test
    void aGarbledPidFileNamesNoProcess() throws IOException {
        SuiteHome home = new SuiteHome(root);
        Files.createDirectories(home.run());
        Files.writeString(home.pidFile("schedule-service"), "not a pid");
        assertEquals(Optional.empty(), new SuiteProcesses(home).find(Part.SCHEDULE_SERVICE));
    }

    /** A shell that carries the markers on its command line, as the suite's JVMs do. */
    private Process startMarked(SuiteProcesses processes, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "sleep 60; :"));
        command.addAll(processes.markers(name));
        Process process = new ProcessBuilder(command).start();
        started.add(process);
        return process;
    }
}
