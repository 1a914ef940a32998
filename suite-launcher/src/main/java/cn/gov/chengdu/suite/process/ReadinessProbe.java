package cn.gov.chengdu.suite.process;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;

import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.db.Jdbc;

/** Is a part ready: a Quarkus part answers 200 on {@code /q/health/ready}; PostgreSQL answers a query. */
public final class ReadinessProbe {

    private static final int CONNECT_TIMEOUT_MS = 1000;
    private static final int READ_TIMEOUT_MS = 3000;

    private ReadinessProbe() {
    }

    public static boolean isReady(Part part, int port) {
        return part == Part.POSTGRES ? postgresAnswers(port) : healthReady(port);
    }

    /** Something, ours or not, accepts connections on the port. */
    public static boolean portInUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), CONNECT_TIMEOUT_MS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean healthReady(int port) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) new URL("http://localhost:" + port + "/q/health/ready").openConnection();
            connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
            connection.setReadTimeout(READ_TIMEOUT_MS);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    private static boolean postgresAnswers(int port) {
        try (Connection connection = Jdbc.superuser(port, "postgres")) {
            return connection.isValid(READ_TIMEOUT_MS / 1000);
        } catch (SQLException e) {
            return false;
        }
    }
}
