package cn.gov.chengdu.certificate.demo;

import org.jboss.logging.Logger;

/**
 * Progress lines of the demo-data load. They all start with {@code demo-data:}, which the suite launcher echoes to
 * the user while it waits for readiness. They carry counts only, never personal data.
 */
public final class DemoDataProgress {

    private static final Logger LOG = Logger.getLogger(DemoDataProgress.class);

    /** {@code demo-data: certificate types 100/313}. */
    public void count(String what, int done, int total) {
        LOG.infof("demo-data: %s %d/%d", what, done, total);
    }

    public void note(String message) {
        LOG.infof("demo-data: %s", message);
    }
}
