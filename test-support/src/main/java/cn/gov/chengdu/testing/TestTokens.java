package cn.gov.chengdu.testing;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import cn.gov.chengdu.common.security.Roles;

/**
 * Tokens for any role and claim, signed with a key pair made once per test JVM. The pair lives in system
 * properties, so the test resource (which configures the verification key) and the tests (which sign) agree
 * whatever class loader each runs in.
 */
public final class TestTokens {

    public static final String ISSUER = "urn:chengdu-suite:local-issuer";
    public static final String AUDIENCE = "chengdu-suite";
    private static final String PRIVATE_PROPERTY = "chengdu.test.jwt.private";
    private static final String PUBLIC_PROPERTY = "chengdu.test.jwt.public";

    private TestTokens() {}

    /** Config for the service under test: verify tokens with the test key. */
    public static Map<String, String> verificationConfig() {
        ensureKeys();
        return Map.of(
                "mp.jwt.verify.publickey",
                System.getProperty(PUBLIC_PROPERTY),
                "mp.jwt.verify.issuer",
                ISSUER,
                "mp.jwt.verify.audiences",
                AUDIENCE);
    }

    public static String citizen(String subject) {
        return as(Roles.CITIZEN).subject(subject).sign();
    }

    public static String admin() {
        return as(Roles.ADMIN).subject("admin-1").sign();
    }

    public static String communityStaff(String subject, String community) {
        return as(Roles.COMMUNITY_STAFF)
                .subject(subject)
                .claim("community", community)
                .sign();
    }

    public static String departmentStaff(String subject, String department) {
        return as(Roles.DEPARTMENT_STAFF)
                .subject(subject)
                .claim("department", department)
                .sign();
    }

    public static String reviewer(String subject, String reviewBody) {
        return as(Roles.REVIEWER)
                .subject(subject)
                .claim("reviewBody", reviewBody)
                .sign();
    }

    public static Builder as(String... roles) {
        return new Builder(roles);
    }

    /** A token builder; every knob a security test needs to make a token that must fail. */
    public static final class Builder {
        private String subject = "user-" + UUID.randomUUID();
        private final List<String> roles;
        private final Map<String, Object> claims = new LinkedHashMap<>();
        private String issuer = ISSUER;
        private String audience = AUDIENCE;
        private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));

        private Builder(String... roles) {
            this.roles = new ArrayList<>(List.of(roles));
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder claim(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        public String sign() {
            return claimsBuilder().jws().keyId("test").sign(privateKey());
        }

        /** Signed by a key the service does not know. */
        public String signWithUnknownKey() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return claimsBuilder()
                        .jws()
                        .keyId("test")
                        .sign(generator.generateKeyPair().getPrivate());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The same claims with {@code alg: none} and no signature. */
        public String unsigned() {
            String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
            String payload = sign().split("\\.")[1];
            return header + "." + payload + ".";
        }

        private JwtClaimsBuilder claimsBuilder() {
            JwtClaimsBuilder builder = Jwt.issuer(issuer)
                    .audience(audience)
                    .subject(subject)
                    .groups(Set.copyOf(roles))
                    .issuedAt(Instant.now().minusSeconds(5))
                    .expiresAt(expiresAt);
            claims.forEach(builder::claim);
            return builder;
        }
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey privateKey() {
        ensureKeys();
        try {
            byte[] der = Base64.getDecoder().decode(System.getProperty(PRIVATE_PROPERTY));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void ensureKeys() {
        if (System.getProperty(PRIVATE_PROPERTY) != null) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            System.setProperty(
                    PUBLIC_PROPERTY,
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            System.setProperty(
                    PRIVATE_PROPERTY,
                    Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
