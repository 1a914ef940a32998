package cn.gov.chengdu.suite.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.Settings;
import cn.gov.chengdu.suite.UsageException;
import cn.gov.chengdu.suite.command.Command.Verb;

class CommandLineTest {

    @Test
    void upRunsInTheForegroundByDefault() throws UsageException {
        Command command = CommandLine.parse(List.of("up"));
        assertEquals(Verb.UP, command.verb());
        assertFalse(command.detach());
        assertEquals(Optional.empty(), command.timeout());
    }

    @Test
    void upTakesDetachAndTimeoutInAnyOrder() throws UsageException {
        Command command = CommandLine.parse(List.of("up", "--timeout", "300", "--detach"));
        assertTrue(command.detach());
        assertEquals(Optional.of(Duration.ofSeconds(300)), command.timeout());
    }

    @Test
    void startAndStopNameOnePart() throws UsageException {
        assertEquals(Optional.of(Part.PETITION_SERVICE), CommandLine.parse(List.of("start", "petition-service")).part());
        assertEquals(Optional.of(Part.POSTGRES), CommandLine.parse(List.of("stop", "postgres")).part());
        assertEquals(Optional.of(Duration.ofSeconds(60)),
                CommandLine.parse(List.of("start", "gateway", "--timeout", "60")).timeout());
    }

    @Test
    void downAndStatusTakeNothing() throws UsageException {
        assertEquals(Verb.DOWN, CommandLine.parse(List.of("down")).verb());
        assertEquals(Verb.STATUS, CommandLine.parse(List.of("status")).verb());
        assertThrows(UsageException.class, () -> CommandLine.parse(List.of("status", "--detach")));
        assertThrows(UsageException.class, () -> CommandLine.parse(List.of("down", "gateway")));
    }

    @Test
    void wrongCommandLinesAreUsageErrors() {
        for (List<String> args : List.of(List.<String>of(), List.of("launch"), List.of("start"), List.of("stop", "--detach"),
                List.of("start", "database"), List.of("up", "--timeout"), List.of("up", "--timeout", "0"),
                List.of("up", "--timeout", "soon"), List.of("stop", "gateway", "--detach"))) {
            assertThrows(UsageException.class, () -> CommandLine.parse(args), args.toString());
        }
    }

    @Test
    void timeoutOverridesTheEnvironmentsOne() throws UsageException {
        Settings settings = Settings.fromEnvironment(java.util.Map.of("SUITE_READY_TIMEOUT", "90"));
        assertEquals(Duration.ofSeconds(90), CommandLine.parse(List.of("up")).applyTo(settings).readyTimeout());
        assertEquals(Duration.ofSeconds(20),
                CommandLine.parse(List.of("up", "--timeout", "20")).applyTo(settings).readyTimeout());
    }
}
