package cn.gov.chengdu.suite.db;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * What PostgreSQL answers a client that offers no password, at the wire protocol (v3) level, as {@code psql -w}
 * would see it: the first message after the startup message. The JDBC driver cannot tell this: it refuses on its
 * own to send an empty password.
 */
final class PostgresLogin {

    /** AuthenticationOk: in without a password. */
    static final int TRUSTED = 0;
    /** AuthenticationSASL: SCRAM-SHA-256 demanded. */
    static final int SCRAM_DEMANDED = 10;
    /** An ErrorResponse instead of an authentication request (e.g. no pg_hba.conf rule). */
    static final int REFUSED = -1;

    private PostgresLogin() {
    }

    static int overTcp(String host, int port) throws IOException {
        return firstAnswer(StandardProtocolFamily.INET, new InetSocketAddress(host, port));
    }

    static int overLocalSocket(String directory, int port) throws IOException {
        return firstAnswer(StandardProtocolFamily.UNIX, UnixDomainSocketAddress.of(directory + "/.s.PGSQL." + port));
    }

    private static int firstAnswer(StandardProtocolFamily family, SocketAddress address) throws IOException {
        try (SocketChannel channel = SocketChannel.open(family)) {
            channel.connect(address);
            byte[] parameters = "user\0postgres\0database\0postgres\0\0".getBytes(StandardCharsets.US_ASCII);
            ByteBuffer startup = ByteBuffer.allocate(8 + parameters.length);
            startup.putInt(8 + parameters.length).putInt(196608).put(parameters).flip();
            while (startup.hasRemaining()) {
                channel.write(startup);
            }
            ByteBuffer answer = ByteBuffer.allocate(9);
            while (answer.hasRemaining() && channel.read(answer) >= 0) {
                // a short message arrives in one read; loop for the rare split
            }
            answer.flip();
            return answer.get() == 'R' ? answer.getInt(5) : REFUSED;
        }
    }
}
