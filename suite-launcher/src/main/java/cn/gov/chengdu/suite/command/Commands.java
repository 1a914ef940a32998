package cn.gov.chengdu.suite.command;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;


import cn.gov.chengdu.suite.Settings;
import cn.gov.chengdu.suite.SuiteHome;

/** Runs one parsed command; returns its exit status. */
public final class Commands {

    private Commands() {
    }

    public static int run(Command command, SuiteHome home, Settings settings, PrintStream out) {
        SuiteContext suite = new SuiteContext(home, settings, out);
        try {
            return switch (command.verb()) {
                case UP -> command.detach() ? new DetachedUp(suite).run() : new Supervisor(suite, false).run();
                case SUPERVISE -> new Supervisor(suite, true).run();
                case DOWN -> new DownCommand(suite).run();
                case STATUS -> new StatusCommand(suite).run();
                case START -> new StartCommand(suite).run(command.part().orElseThrow());
                case STOP -> new StopCommand(suite).run(command.part().orElseThrow());
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
