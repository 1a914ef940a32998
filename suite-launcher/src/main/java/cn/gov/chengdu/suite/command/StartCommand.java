package cn.gov.chengdu.suite.command;

import java.util.List;
import java.util.Optional;

import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.SuiteException;
import cn.gov.chengdu.suite.process.PartFailedException;

/** {@code start PART}: starts one part while the rest runs; it outlives this command. */
final class StartCommand {

    private final SuiteContext suite;

    StartCommand(SuiteContext suite) {
        this.suite = suite;
    }

    int run(Part part) {
        if (part == Part.POSTGRES && !suite.settings.embeddedDatabase()) {
            throw new SuiteException("PostgreSQL is external (SUITE_DB_URL); ./suite does not run it");
        }
        Optional<ProcessHandle> running = suite.processes.find(part);
        if (running.isPresent()) {
            suite.out.println(part.id() + " is already up (pid " + running.get().pid() + ", port "
                    + suite.settings.port(part) + ")");
            return 0;
        }
        if (part.isService() && suite.settings.embeddedDatabase() && suite.processes.find(Part.POSTGRES).isEmpty()) {
            throw new SuiteException(part.id() + " needs PostgreSQL, which is down: ./suite start postgres first");
        }
        suite.prepareSecrets();
        try {
            suite.starter.start(List.of(part)).forEach(status -> suite.out.println(status.line()));
            return 0;
        } catch (PartFailedException e) {
            suite.stopper.stop(part);
            throw e;
        }
    }
}
