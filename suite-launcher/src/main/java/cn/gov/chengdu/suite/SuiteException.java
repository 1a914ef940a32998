package cn.gov.chengdu.suite;

/** A failure the user can act on: exit status 1 and the message on stderr, no stack trace. */
public class SuiteException extends RuntimeException {
    public SuiteException(String message) {
        super(message);
    }

    public SuiteException(String message, Throwable cause) {
        super(message, cause);
    }
}
