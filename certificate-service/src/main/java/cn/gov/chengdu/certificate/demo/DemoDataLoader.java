package cn.gov.chengdu.certificate.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the Chengdu demo data on start when {@code suite.demo-data.enabled} is true (the suite sets it), and only
 * once. It runs in a {@link StartupEvent} observer, and Quarkus opens the HTTP port (and so readiness) only after
 * those have returned: a ready service has its demo data.
 * <p>
 * Each {@link DemoDataStep} runs in its own transaction under a PostgreSQL advisory lock and writes a row to
 * {@code demo_data_step} in that same transaction: a step is loaded entirely or not at all, a later start (or a
 * second instance starting at the same moment) skips the steps already there, and a start after a failed load
 * resumes with the first missing step. A failing step stops the start.
 */
@ApplicationScoped
public class DemoDataLoader {

    /** Any constant shared by all instances of this service; it serialises their loads. */
    private static final long LOCK_KEY = 0x5EED_0313_0015L;

    private static final int STEP_TIMEOUT_SECONDS = 300;

    private final DataSource dataSource;
    private final List<DemoDataStep> steps;
    private final boolean enabled;
    private final DemoDataProgress progress = new DemoDataProgress();

    public DemoDataLoader(
            DataSource dataSource,
            @All List<DemoDataStep> steps,
            @ConfigProperty(name = "suite.demo-data.enabled", defaultValue = "false") boolean enabled) {
        this.dataSource = dataSource;
        this.steps = steps.stream()
                .sorted(Comparator.comparingInt(DemoDataStep::order))
                .toList();
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            loadAll();
        }
    }

    /**
     * Runs every step not loaded yet.
     *
     * @return the names of the steps loaded by this call (empty when all were there already)
     */
    public List<String> loadAll() {
        long started = System.nanoTime();
        List<String> loaded = new ArrayList<>();
        for (DemoDataStep step : steps) {
            if (QuarkusTransaction.requiringNew().timeout(STEP_TIMEOUT_SECONDS).call(() -> runOnce(step))) {
                loaded.add(step.name());
            }
        }
        progress.note(
                loaded.isEmpty()
                        ? "done, already loaded"
                        : "done in " + (System.nanoTime() - started) / 1_000_000 + " ms (" + String.join(", ", loaded)
                                + ")");
        return loaded;
    }

    private boolean runOnce(DemoDataStep step) {
        try (Connection connection = dataSource.getConnection()) {
            lock(connection);
            if (isLoaded(connection, step.name())) {
                progress.note(step.name() + " already loaded, skipped");
                return false;
            }
            progress.note("loading " + step.name());
            int items = step.load(connection, progress);
            markLoaded(connection, step.name(), items);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("demo-data step " + step.name() + " failed; nothing of it was kept", e);
        }
    }

    private static void lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            lock.execute();
        }
    }

    private static boolean isLoaded(Connection connection, String step) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM demo_data_step WHERE step = ?")) {
            query.setString(1, step);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void markLoaded(Connection connection, String step, int items) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO demo_data_step (step, items) VALUES (?, ?)")) {
            insert.setString(1, step);
            insert.setInt(2, items);
            insert.executeUpdate();
        }
    }
}
