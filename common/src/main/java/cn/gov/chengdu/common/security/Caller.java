package cn.gov.chengdu.common.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: subject, roles and scope claims of the verified token. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The token's {@code sub}: the stable id of a citizen or staff member. */
    public String subject() {
        return identity.isAnonymous() ? null : token.getSubject();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The caller as an actor acting in {@code role} (one of their roles, the one that allowed the step). */
    public Actor as(String role) {
        return new Actor(subject(), role);
    }

    public Optional<String> department() {
        return claim(ScopeClaims.DEPARTMENT);
    }

    public Optional<String> community() {
        return claim(ScopeClaims.COMMUNITY);
    }

    public Optional<String> reviewBody() {
        return claim(ScopeClaims.REVIEW_BODY);
    }

    private Optional<String> claim(String name) {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
