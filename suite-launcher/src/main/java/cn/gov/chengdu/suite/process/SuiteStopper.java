package cn.gov.chengdu.suite.process;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.SuiteHome;

/** Stops parts: the gateway first, then the services together, PostgreSQL last, and any postmaster left behind. */
public final class SuiteStopper {

    /** Quarkus drains requests and closes its pools within this; PostgreSQL's fast shutdown too. */
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final SuiteHome home;
    private final SuiteProcesses processes;
    private final PrintStream out;

    public SuiteStopper(SuiteHome home, SuiteProcesses processes, PrintStream out) {
        this.home = home;
        this.processes = processes;
        this.out = out;
    }

    public void stopAll() {
        List<List<Part>> stages = new ArrayList<>(Part.START_STAGES);
        Collections.reverse(stages);
        stages.forEach(this::stop);
        stopLeftBehindPostmaster();
    }

    /** Stops one part; false if it was not running. */
    public boolean stop(Part part) {
        boolean running = processes.find(part).isPresent();
        stop(List.of(part));
        if (part == Part.POSTGRES) {
            running |= stopLeftBehindPostmaster();
        }
        return running;
    }

    /** A PostgreSQL on the suite's data directory whose postgres part is gone: zonky's pg_ctl detached it. */
    public boolean stopLeftBehindPostmaster() {
        if (processes.find(Part.POSTGRES).isPresent()) {
            return false;
        }
        Optional<ProcessHandle> postmaster = Postmaster.find(home.pgData());
        postmaster.ifPresent(process -> {
            out.println("Stopping PostgreSQL left running on " + home.root().relativize(home.pgData()) + " (pid "
                    + process.pid() + ")");
            Postmaster.stop(process);
        });
        return postmaster.isPresent();
    }

    private void stop(List<Part> parts) {
        List<ProcessHandle> running = new ArrayList<>();
        for (Part part : parts) {
            processes.find(part).ifPresent(process -> {
                out.println("Stopping " + part.id() + " (pid " + process.pid() + ")");
                running.add(process);
            });
        }
        ProcessStopper.stop(running, GRACE);
        parts.forEach(part -> processes.forget(part.id()));
    }
}
