package cn.gov.chengdu.suite.token;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import cn.gov.chengdu.suite.Settings;
import cn.gov.chengdu.suite.UsageException;

/** {@code ./suite token ROLE [--sub ID] [--department CODE] [--community CODE] [--review-body BODY] [--ttl SECONDS]}. */
public record TokenRequest(String role, String subject, Optional<String> department, Optional<String> community,
                           Optional<String> reviewBody, Duration ttl) {

    /** The roles of DESIGN §3, as the services read them from {@code groups}. */
    public static final List<String> ROLES = List.of("citizen", "community-staff", "department-staff", "dispatcher",
            "reviewer", "admin", "integrator");
    public static final Duration DEFAULT_TTL = Duration.ofHours(1);
    public static final String USAGE = """
            usage: ./suite token ROLE [--sub ID] [--department CODE] [--community CODE] [--review-body BODY] [--ttl SECONDS]
              ROLE is one of: citizen, community-staff, department-staff, dispatcher, reviewer, admin, integrator
              prints a signed RS256 JWT the running suite accepts (sub defaults to demo-ROLE, ttl to 3600 s)""";

    public static TokenRequest parse(List<String> arguments) throws UsageException {
        Deque<String> args = new ArrayDeque<>(arguments);
        String role = null;
        String subject = null;
        Optional<String> department = Optional.empty();
        Optional<String> community = Optional.empty();
        Optional<String> reviewBody = Optional.empty();
        Duration ttl = DEFAULT_TTL;
        while (!args.isEmpty()) {
            String argument = args.removeFirst();
            switch (argument) {
                case "--sub" -> subject = value(argument, args);
                case "--department" -> department = Optional.of(value(argument, args));
                case "--community" -> community = Optional.of(value(argument, args));
                case "--review-body" -> reviewBody = Optional.of(value(argument, args));
                case "--ttl" -> ttl = ttl(value(argument, args));
                default -> {
                    if (argument.startsWith("-") || role != null) {
                        throw new UsageException("unexpected argument '" + argument + "'");
                    }
                    role = argument;
                }
            }
        }
        if (role == null) {
            throw new UsageException("no ROLE given");
        }
        if (!ROLES.contains(role)) {
            throw new UsageException("unknown ROLE '" + role + "'");
        }
        return new TokenRequest(role, subject == null ? "demo-" + role : subject, department, community, reviewBody, ttl);
    }

    private static String value(String option, Deque<String> args) throws UsageException {
        if (args.isEmpty() || args.peekFirst().startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        String value = args.removeFirst();
        if (value.isBlank()) {
            throw new UsageException(option + " must not be blank");
        }
        return value;
    }

    private static Duration ttl(String value) throws UsageException {
        try {
            return Settings.seconds("--ttl", value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
