package cn.gov.chengdu.suite;

/** The command line is wrong: exit status 2, the message and the usage on stderr. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
