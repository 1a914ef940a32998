package cn.gov.chengdu.suite.command;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.Settings;
import cn.gov.chengdu.suite.UsageException;
import cn.gov.chengdu.suite.command.Command.Verb;

/** Parses {@code up [--detach] [--timeout S]}, {@code down}, {@code status}, {@code start|stop PART}. */
public final class CommandLine {

    public static final String USAGE = """
            usage: ./suite up [--detach] [--timeout SECONDS]
                   ./suite down | status
                   ./suite start PART [--timeout SECONDS] | stop PART
                   ./suite token ROLE [--sub ID] [--department CODE] [--community CODE] [--review-body BODY] [--ttl SECONDS]
                   ./suite apikey | build | help
            PART is one of: %s""".formatted(Part.ids());

    private CommandLine() {
    }

    public static Command parse(List<String> arguments) throws UsageException {
        Deque<String> args = new ArrayDeque<>(arguments);
        if (args.isEmpty()) {
            throw new UsageException("no command given");
        }
        Verb verb = verb(args.removeFirst());
        Optional<Part> part = Optional.empty();
        if (verb == Verb.START || verb == Verb.STOP) {
            if (args.isEmpty() || args.peekFirst().startsWith("-")) {
                throw new UsageException(name(verb) + " needs a PART");
            }
            String id = args.removeFirst();
            part = Optional.of(Part.byId(id).orElseThrow(() -> new UsageException("unknown part '" + id + "'")));
        }
        boolean detach = false;
        Optional<Duration> timeout = Optional.empty();
        while (!args.isEmpty()) {
            String option = args.removeFirst();
            if (option.equals("--detach") && verb == Verb.UP) {
                detach = true;
            } else if (option.equals("--timeout") && acceptsTimeout(verb)) {
                timeout = Optional.of(seconds(args));
            } else {
                throw new UsageException("'" + name(verb) + "' does not take '" + option + "'");
            }
        }
        return new Command(verb, part, detach, timeout);
    }

    private static Verb verb(String word) throws UsageException {
        for (Verb verb : Verb.values()) {
            if (name(verb).equals(word)) {
                return verb;
            }
        }
        throw new UsageException("unknown command '" + word + "'");
    }

    private static String name(Verb verb) {
        return verb.name().toLowerCase(Locale.ROOT);
    }

    private static boolean acceptsTimeout(Verb verb) {
        return verb == Verb.UP || verb == Verb.SUPERVISE || verb == Verb.START;
    }

    private static Duration seconds(Deque<String> args) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("--timeout needs SECONDS");
        }
        try {
            return Settings.seconds("--timeout", args.removeFirst());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
