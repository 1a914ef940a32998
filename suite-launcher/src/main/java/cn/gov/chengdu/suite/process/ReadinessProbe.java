package cn.gov.chengdu.suite.process;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import cn.gov.chengdu.suite.DatabaseTarget;
import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.Settings;
import cn.gov.chengdu.suite.db.Jdbc;

/**
 * Is a part ready: a Quarkus part answers 200 on {@code /q/health/ready}; PostgreSQL lets the superuser in with its
 * password. Each is asked where it listens (127.0.0.1, the gateway on its configured address).
 */
public final class ReadinessProbe {

    private static final int CONNECT_TIMEOUT_MS = 1000;
    private static final int READ_TIMEOUT_MS = 3000;

    private final Settings settings;
    private final Supplier<String> superuserPassword;

    public ReadinessProbe(Settings settings, Supplier<String> superuserPassword) {
        this.settings = settings;
        this.superuserPassword = superuserPassword;
    }

    public boolean isReady(Part part) {
        return part == Part.POSTGRES ? postgresAnswers() : healthReady(part);
    }

    /** Something, ours or not, accepts connections where the part would listen. */
    public boolean portInUse(Part part) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(settings.localAddress(part), settings.port(part)), CONNECT_TIMEOUT_MS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean healthReady(Part part) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) new URL(settings.localUrl(part) + "/q/health/ready").openConnection();
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

    private boolean postgresAnswers() {
        DatabaseTarget.Embedded target = new DatabaseTarget.Embedded(settings.port(Part.POSTGRES));
        try (Connection connection = Jdbc.superuser(target, superuserPassword.get(), "postgres")) {
            return connection.isValid(READ_TIMEOUT_MS / 1000);
        } catch (SQLException e) {
            return false;
        }
    }
}
