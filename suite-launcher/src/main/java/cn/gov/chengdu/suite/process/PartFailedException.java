package cn.gov.chengdu.suite.process;

import java.util.List;

import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.SuiteException;

/** A part did not become ready; the message carries the end of its log. */
public class PartFailedException extends SuiteException {

    private final transient Part part;

    public PartFailedException(Part part, String reason, String logName, List<String> logTail) {
        super(part.id() + " " + reason + ". " + (logTail.isEmpty() ? logName + " is still empty."
                : "Last lines of " + logName + ":\n  | " + String.join("\n  | ", logTail)));
        this.part = part;
    }

    public Part part() {
        return part;
    }
}
