package cn.gov.chengdu.suite.command;

import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.SuiteException;

/** {@code stop PART}: stops one part; the others keep running. */
final class StopCommand {

    private final SuiteContext suite;

    StopCommand(SuiteContext suite) {
        this.suite = suite;
    }

    int run(Part part) {
        if (part == Part.POSTGRES && !suite.settings.embeddedDatabase()) {
            throw new SuiteException("PostgreSQL is external (SUITE_DB_URL); ./suite does not run it");
        }
        suite.out.println(suite.stopper.stop(part) ? part.id() + " is stopped." : part.id() + " is not running.");
        return 0;
    }
}
