package cn.gov.chengdu.suite.command;

import java.util.List;

import cn.gov.chengdu.suite.Settings;
import cn.gov.chengdu.suite.SuiteException;
import cn.gov.chengdu.suite.SuiteHome;
import cn.gov.chengdu.suite.UsageException;

/**
 * What {@code ./suite} runs for every command but {@code token}
 * ({@link cn.gov.chengdu.suite.token.TokenMain}): exit status 0 done, 1 failed, 2 wrong command line.
 */
public final class SuiteMain {

    private SuiteMain() {
    }

    public static void main(String[] args) {
        int status;
        try {
            Command command = CommandLine.parse(List.of(args));
            Settings settings = command.applyTo(Settings.fromEnvironment(System.getenv()));
            status = Commands.run(command, SuiteHome.fromSystemProperty(), settings, System.out);
        } catch (UsageException e) {
            System.err.println("suite: " + e.getMessage());
            System.err.println(CommandLine.USAGE);
            status = 2;
        } catch (SuiteException e) {
            System.err.println("suite: " + e.getMessage());
            status = 1;
        } catch (RuntimeException e) {
            System.err.println("suite: unexpected failure: " + describe(e));
            status = 1;
        }
        System.exit(status);
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.toString());
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            text.append("\n  caused by ").append(cause);
        }
        return text.toString();
    }
}
