package cn.gov.chengdu.gateway.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import cn.gov.chengdu.gateway.ratelimit.RatePolicy;

/**
 * The integrators' API keys ({@code X-API-Key}): a key identifies its integrator for quotas and rate limits on the
 * public operations; it authorises nothing by itself (calls that need an identity carry a JWT).
 * <p>
 * The keys file ({@code GATEWAY_API_KEYS_FILE}, a Kubernetes Secret in production) holds only their SHA-256 hashes:
 * {@code {"keys": [{"name": "demo-integrator", "sha256": "<hex>", "ratePerSecond": 10000, "burst": 20000}]}}. A key
 * is {@code cdk_} and 43 base64url characters (256 random bits), so a plain hash is enough (nothing to guess). A
 * presented key is hashed and compared with every stored hash in constant time. Without a file, no key is accepted.
 * The file is read again when it changes; a file that cannot be read at start stops the gateway, one that breaks
 * later leaves the previous keys in force.
 */
public final class ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class);
    public static final String HEADER = "X-API-Key";
    private static final String PREFIX = "cdk_";
    private static final int KEY_LENGTH = PREFIX.length() + 43;
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(ApiKeys::sha256Digest);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final Optional<Path> file;
    private volatile List<ApiKey> keys;
    private volatile FileTime loadedVersion;

    private ApiKeys(Optional<Path> file, List<ApiKey> keys, FileTime loadedVersion) {
        this.file = file;
        this.keys = keys;
        this.loadedVersion = loadedVersion;
    }

    public static ApiKeys none() {
        return new ApiKeys(Optional.empty(), List.of(), null);
    }

    /** The keys of {@code file}; refuses a missing or malformed file (the gateway does not start with one). */
    public static ApiKeys load(Path file) {
        try {
            FileTime version = Files.getLastModifiedTime(file);
            return new ApiKeys(Optional.of(file), parse(Files.readAllBytes(file)), version);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("gateway.api-keys-file " + file + " cannot be used: " + e.getMessage(), e);
        }
    }

    /** Reads the file again if it changed since it was last read; keeps the current keys if it cannot. */
    public void reloadIfChanged() {
        if (file.isEmpty()) {
            return;
        }
        try {
            FileTime version = Files.getLastModifiedTime(file.get());
            if (version.equals(loadedVersion)) {
                return;
            }
            keys = parse(Files.readAllBytes(file.get()));
            loadedVersion = version;
            LOG.infof("API keys reloaded from %s: %d key(s)", file.get(), keys.size());
        } catch (IOException | IllegalArgumentException e) {
            LOG.warnf("API keys file %s could not be read again (%s); the previous keys stay in force", file.get(),
                    e.getMessage());
        }
    }

    public int size() {
        return keys.size();
    }

    /** The key's integrator, or {@code null} when the value is not a known key. */
    public ApiKey find(String presented) {
        if (!looksLikeAKey(presented)) {
            return null;
        }
        MessageDigest digest = SHA256.get();
        byte[] hash = digest.digest(presented.getBytes(StandardCharsets.US_ASCII));
        ApiKey found = null;
        for (ApiKey key : keys) {
            // every stored hash is compared, each in constant time, so the timing says nothing about which matched
            if (MessageDigest.isEqual(key.sha256(), hash)) {
                found = key;
            }
        }
        return found;
    }

    /** {@code cdk_} followed by 43 base64url characters. */
    static boolean looksLikeAKey(String value) {
        if (value == null || value.length() != KEY_LENGTH || !value.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < KEY_LENGTH; i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    static List<ApiKey> parse(byte[] content) throws IOException {
        KeysFile parsed = JSON.readValue(content, KeysFile.class);
        if (parsed.keys() == null) {
            throw new IllegalArgumentException("no \"keys\" array");
        }
        List<ApiKey> keys = new ArrayList<>();
        for (KeyEntry entry : parsed.keys()) {
            if (entry.name() == null || entry.sha256() == null || !entry.sha256().matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("every key needs a name and a lower-case hex sha256 of 64 digits");
            }
            long rate = entry.ratePerSecond() == null ? 10 : entry.ratePerSecond();
            long burst = entry.burst() == null ? 2 * rate : entry.burst();
            keys.add(new ApiKey(entry.name(), HexFormat.of().parseHex(entry.sha256()),
                    new RatePolicy("key-" + entry.name(), rate, burst)));
        }
        return List.copyOf(keys);
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One integrator's key: its name (never the key), the hash and its rate limit. */
    public record ApiKey(String name, byte[] sha256, RatePolicy policy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    record KeysFile(List<KeyEntry> keys) {
    }

    record KeyEntry(String name, String sha256, Long ratePerSecond, Long burst) {
    }
}
