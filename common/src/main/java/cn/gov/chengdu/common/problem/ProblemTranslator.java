package cn.gov.chengdu.common.problem;

import java.util.Optional;

/**
 * Says what a failure the REST layer did not expect means for the client, when a module knows: e.g. the
 * persistence module turns an optimistic-lock failure into 409 {@code CONCURRENT_MODIFICATION}. A CDI bean
 * implementing it is asked by the REST layer's last-resort mapper before it answers 500; the first answer wins.
 */
public interface ProblemTranslator {

    /** The problem {@code failure} (or one of its causes) stands for, or empty when this translator does not know it. */
    Optional<ProblemException> translate(Throwable failure);
}
