package cn.gov.chengdu.persistence.idempotency;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import cn.gov.chengdu.common.problem.ProblemCodes;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Caller;
import cn.gov.chengdu.common.web.Versioned;
import cn.gov.chengdu.common.web.Versions;

/**
 * Creates honouring an optional {@code Idempotency-Key} (DESIGN §3, draft-ietf-httpapi-idempotency-key-header).
 * Per caller and key, for 24 hours: the same request again answers the first response (with
 * {@code Idempotent-Replayed: true}) and creates nothing; another request with the key is 422; while the first is
 * still running, 409.
 * <p>
 * How: a record is claimed in its own committed transaction (so a concurrent duplicate sees it); the create and
 * the record's completion then commit together in one transaction, so a record that is not COMPLETED means the
 * create did not happen. If the create fails, the claim is released and the key may be used again. A claim left
 * IN_PROGRESS by a crashed instance is taken over after {@code idempotency.abandoned-after} (default 60 s).
 * <p>
 * A replay answers the stored body as it was sent the first time (the same bytes), typed as the create's answer.
 */
@ApplicationScoped
public class IdempotentCreation {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Caller caller;
    private final Duration retention;
    private final Duration abandonedAfter;

    public IdempotentCreation(
            DataSource dataSource,
            ObjectMapper json,
            Caller caller,
            @ConfigProperty(name = "idempotency.retention", defaultValue = "PT24H") Duration retention,
            @ConfigProperty(name = "idempotency.abandoned-after", defaultValue = "PT60S") Duration abandonedAfter) {
        this.dataSource = dataSource;
        this.json = json;
        this.caller = caller;
        this.retention = retention;
        this.abandonedAfter = abandonedAfter;
    }

    /**
     * Runs {@code create} once per (caller, key): the caller is the token's subject. {@code body} is the parsed
     * request body: its JSON form is the fingerprint, so whitespace or member order in the client's text do not
     * matter.
     */
    public <T> RestResponse<T> create(String keyHeader, Object body, Supplier<RestResponse<T>> create) {
        if (keyHeader == null) {
            return create.get();
        }
        String caller = this.caller.subject();
        String key = IdempotencyKeys.normalise(keyHeader);
        String fingerprint = IdempotencyKeys.fingerprint(toJson(body));
        RestResponse<T> earlier = QuarkusTransaction.requiringNew().call(() -> claim(caller, key, fingerprint));
        if (earlier != null) {
            return earlier;
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                RestResponse<T> response = create.get();
                if (response.getStatus() / 100 != 2) {
                    throw new NotCompleted(response);
                }
                complete(caller, key, response);
                return response;
            });
        } catch (NotCompleted e) {
            QuarkusTransaction.requiringNew().run(() -> release(caller, key));
            @SuppressWarnings("unchecked")
            RestResponse<T> unsuccessful = (RestResponse<T>) e.response;
            return unsuccessful;
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> release(caller, key));
            throw e;
        }
    }

    /** Claims the key, or answers what an earlier request with it decides. */
    private <T> RestResponse<T> claim(String caller, String key, String fingerprint) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO idempotency_record (caller, idempotency_key, fingerprint, state, expires_at)
                    VALUES (?, ?, ?, 'IN_PROGRESS', now() + ?::interval)
                    ON CONFLICT (caller, idempotency_key) DO UPDATE
                        SET fingerprint = excluded.fingerprint, state = 'IN_PROGRESS', response_status = NULL,
                            response_location = NULL, response_etag = NULL, response_body = NULL,
                            started_at = now(), expires_at = excluded.expires_at
                        WHERE idempotency_record.expires_at < now()
                           OR (idempotency_record.state = 'IN_PROGRESS'
                               AND idempotency_record.started_at < now() - ?::interval)
                    """)) {
                insert.setString(1, caller);
                insert.setString(2, key);
                insert.setString(3, fingerprint);
                insert.setString(4, retention.toSeconds() + " seconds");
                insert.setString(5, abandonedAfter.toSeconds() + " seconds");
                if (insert.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT fingerprint, state, response_status, response_location, response_etag, response_body
                    FROM idempotency_record WHERE caller = ? AND idempotency_key = ?
                    """)) {
                select.setString(1, caller);
                select.setString(2, key);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    if (!row.getString("fingerprint").equals(fingerprint)) {
                        throw ProblemException.unprocessable(
                                ProblemCodes.IDEMPOTENCY_KEY_REUSED,
                                "This Idempotency-Key was already used for a different request");
                    }
                    if (row.getString("state").equals("IN_PROGRESS")) {
                        throw ProblemException.conflict(
                                ProblemCodes.IDEMPOTENCY_REQUEST_IN_PROGRESS,
                                "The first request with this Idempotency-Key is still being processed; retry shortly");
                    }
                    return replay(row);
                }
            }
        }
    }

    private void complete(String caller, String key, RestResponse<?> response)
            throws SQLException, JsonProcessingException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("""
                        UPDATE idempotency_record SET state = 'COMPLETED', response_status = ?, response_location = ?,
                            response_etag = ?, response_body = ?
                        WHERE caller = ? AND idempotency_key = ?
                        """)) {
            update.setInt(1, response.getStatus());
            update.setString(
                    2,
                    response.getLocation() == null
                            ? null
                            : response.getLocation().toString());
            update.setString(3, etagOf(response));
            update.setString(4, response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null);
            update.setString(5, caller);
            update.setString(6, key);
            update.executeUpdate();
        }
    }

    private void release(String caller, String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM idempotency_record WHERE caller = ? AND idempotency_key = ? AND state = 'IN_PROGRESS'")) {
            delete.setString(1, caller);
            delete.setString(2, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not release an idempotency claim", e);
        }
    }

    /** The answer's ETag: the one it carries, else its {@link Versioned} body's (as the response filter sets it). */
    private static String etagOf(RestResponse<?> response) {
        EntityTag etag = response.getEntityTag();
        if (etag == null && response.getEntity() instanceof Versioned versioned) {
            etag = Versions.etag(versioned.version());
        }
        return etag == null ? null : etag.getValue();
    }

    /** The stored answer: its JSON body as text, written as it is. */
    @SuppressWarnings("unchecked")
    private static <T> RestResponse<T> replay(ResultSet row) throws SQLException {
        RestResponse.ResponseBuilder<Object> replay = RestResponse.ResponseBuilder.create(row.getInt("response_status"))
                .header(REPLAYED_HEADER, "true");
        String location = row.getString("response_location");
        if (location != null) {
            replay.location(URI.create(location));
        }
        String etag = row.getString("response_etag");
        if (etag != null) {
            replay.tag(new EntityTag(etag));
        }
        String body = row.getString("response_body");
        if (body != null) {
            replay.entity(body).header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
        return (RestResponse<T>) replay.build();
    }

    private String toJson(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed request always serialises", e);
        }
    }

    /** A create that answered without success: nothing to remember. */
    private static final class NotCompleted extends RuntimeException {
        private final transient RestResponse<?> response;

        NotCompleted(RestResponse<?> response) {
            super(null, null, false, false);
            this.response = response;
        }
    }
}
