package cn.gov.chengdu.suite.db;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.keys.KeyFiles;

/**
 * The embedded PostgreSQL's passwords, {@code .suite/secrets/db.properties} (mode 600): random, made once, one
 * {@code <role>.password} for the superuser {@code postgres} and one per service role.
 */
public final class DbSecrets {

    /** The superuser zonky's initdb creates; the suite's own tools (bootstrap, readiness) log in as it. */
    public static final String SUPERUSER = "postgres";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SUFFIX = ".password";

    private final Properties passwords;

    private DbSecrets(Properties passwords) {
        this.passwords = passwords;
    }

    /** The passwords of the superuser and of every service role, each made the first time it is needed. */
    public static DbSecrets forEmbeddedDatabase(Path file) {
        List<String> roles = new ArrayList<>();
        roles.add(SUPERUSER);
        Part.SERVICES.forEach(service -> roles.add(service.role()));
        return loadOrCreate(file, roles);
    }

    /** Reads the file, adding a password for each role that has none yet. */
    public static DbSecrets loadOrCreate(Path file, Collection<String> roles) {
        return KeyFiles.underLock(file.getParent(), () -> {
            Properties passwords = read(file);
            boolean added = false;
            for (String role : roles) {
                if (passwords.getProperty(role + SUFFIX, "").isEmpty()) {
                    passwords.setProperty(role + SUFFIX, newPassword());
                    added = true;
                }
            }
            if (added) {
                write(file, passwords);
            }
            return new DbSecrets(passwords);
        });
    }

    public String password(String role) {
        String password = passwords.getProperty(role + SUFFIX);
        if (password == null) {
            throw new IllegalArgumentException("No password for role " + role);
        }
        return password;
    }

    public String superuserPassword() {
        return password(SUPERUSER);
    }

    /** 192 random bits, base64url: safe in a SQL literal and in a JDBC URL. */
    static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file, e);
            }
        }
        return properties;
    }

    private static void write(Path file, Properties passwords) {
        StringWriter text = new StringWriter();
        text.write("# Passwords of the embedded PostgreSQL's superuser and service roles, made by ./suite. Keep this file\n"
                + "# private, and keep it with .suite/pgdata: that database opens only with these passwords.\n");
        new TreeMap<>(passwords).forEach((key, value) -> text.write(key + "=" + value + "\n"));
        KeyFiles.writePrivate(file, text.toString());
    }
}
