package cn.gov.chengdu.suite.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import cn.gov.chengdu.suite.DatabaseTarget;

/** JDBC connections with timeouts, so that no suite command hangs on a database that does not answer. */
public final class Jdbc {

    private Jdbc() {
    }

    public static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "10");
        properties.setProperty("socketTimeout", "120");
        properties.setProperty("ApplicationName", "chengdu-suite");
        return DriverManager.getConnection(url, properties);
    }

    /** The embedded PostgreSQL's superuser, with its password from {@code db.properties}. */
    public static Connection superuser(DatabaseTarget.Embedded target, String password, String database)
            throws SQLException {
        return connect(target.jdbcUrl(database), DbSecrets.SUPERUSER, password);
    }
}
