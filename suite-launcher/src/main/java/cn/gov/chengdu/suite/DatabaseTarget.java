package cn.gov.chengdu.suite;

/** The PostgreSQL the services use: the suite's own embedded one, or one the user names. */
public sealed interface DatabaseTarget {

    /** The database the suite creates in its embedded PostgreSQL; every service has its schema there. */
    String EMBEDDED_DATABASE = "chengdu";

    /** The suite's PostgreSQL (a {@link Part#POSTGRES} process, on 127.0.0.1) with one login role per service. */
    record Embedded(int port) implements DatabaseTarget {
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + Part.LOOPBACK + ":" + port + "/" + database;
        }
    }

    /** {@code SUITE_DB_URL}, {@code SUITE_DB_USER}, {@code SUITE_DB_PASSWORD}: no embedded PostgreSQL. */
    record External(String jdbcUrl, String user, String password) implements DatabaseTarget {
        @Override
        public String toString() {
            return "External[" + jdbcUrl + " as " + user + "]";
        }
    }
}
