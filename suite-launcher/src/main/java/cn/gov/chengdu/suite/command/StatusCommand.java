package cn.gov.chengdu.suite.command;

import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.process.SuiteProcesses;

/** {@code status}: the supervisor, then each part (up, starting or down; port; pid). */
final class StatusCommand {

    private final SuiteContext suite;

    StatusCommand(SuiteContext suite) {
        this.suite = suite;
    }

    int run() {
        suite.out.println(suite.processes.find(SuiteProcesses.SUPERVISOR)
                .map(process -> "Supervisor running (pid " + process.pid() + "); gateway " + suite.gatewayUrl())
                .orElse("No supervisor running (./suite up starts the suite)."));
        for (Part part : Part.values()) {
            suite.out.println(suite.status(part).line());
        }
        return 0;
    }
}
