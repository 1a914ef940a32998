package cn.gov.chengdu.certificate.demo;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One part of the demo data, loaded once by {@link DemoDataLoader}: every step runs in its own transaction
 * together with the row that marks it loaded, so it is there entirely or not at all.
 * <p>
 * This is the extension point for more demo data: add an {@code @ApplicationScoped} bean implementing this
 * interface with a new {@link #name()} and an {@link #order()} after the steps it builds on (communities 100,
 * catalogue 200, requests 300). A step drives the service's own domain code or workflow with historical instants
 * rather than writing rows past its rules. On a database that already holds the earlier steps, only the new one
 * runs.
 */
public interface DemoDataStep {

    /** Stable name, recorded in {@code demo_data_step} once loaded; never rename a released step. */
    String name();

    /** Steps run in ascending order. */
    int order();

    /**
     * Loads the step in its transaction: through the service's repositories and domain code, or with plain JDBC on
     * {@code connection}, which belongs to the same transaction (neither commit nor close it).
     *
     * @return how many items the step loaded, for the log and the marker row
     */
    int load(Connection connection, DemoDataProgress progress) throws SQLException;
}
