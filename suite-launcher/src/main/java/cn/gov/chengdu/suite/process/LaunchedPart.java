package cn.gov.chengdu.suite.process;

import java.nio.file.Path;
import java.time.Instant;

import cn.gov.chengdu.suite.Part;

/** A part this JVM has just started; its log is read from {@code logOffset} on. */
public record LaunchedPart(Part part, Process process, Path log, long logOffset, Instant launchedAt) {

    public LogFollower followLog() {
        return new LogFollower(log, logOffset);
    }
}
