package cn.gov.chengdu.gateway.testing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/**
 * A plain HTTP server standing in for a service, to test the gateway's own behaviour. By path:
 * <ul>
 * <li>{@code .../hang}: never answers; {@code .../drop}: closes the connection without answering (counted);</li>
 * <li>{@code .../big}: 32 MiB, streamed with back-pressure;</li>
 * <li>{@code .../created}: 201 with an absolute {@code Location} built from the Host header, as Quarkus does;</li>
 * <li>{@code /q/health/ready}, {@code /q/openapi} (YAML, or JSON with {@code format=json});</li>
 * <li>{@code /__seen/{requestId}} (200 when a request with that id arrived, else 404), {@code /__dropped};</li>
 * <li>anything else: 200 echoing method, path, query, headers, body length and (up to 64 KiB) body as JSON.</li>
 * </ul>
 * Echoes also carry headers a careless service might send ({@code Access-Control-Allow-Origin: *}, its own
 * {@code X-Request-Id}, {@code Keep-Alive}) so tests can see what the gateway does with them.
 */
final class FakeUpstream {

    private static final int ECHOED_BODY_LIMIT = 64 * 1024;
    /** {@code .../big} answers this many 64 KiB chunks (32 MiB), written as fast as the reader takes them. */
    static final int BIG_CHUNKS = 512;
    private static final io.vertx.core.buffer.Buffer CHUNK = io.vertx.core.buffer.Buffer.buffer(new byte[64 * 1024]);

    private final String name;
    private final Set<String> seenRequestIds = ConcurrentHashMap.newKeySet();
    private final AtomicInteger dropped = new AtomicInteger();

    private FakeUpstream(String name) {
        this.name = name;
    }

    /** Starts a fake on a free port; the future gives the port. */
    static Future<Integer> start(Vertx vertx, String name) {
        FakeUpstream fake = new FakeUpstream(name);
        return vertx.createHttpServer().requestHandler(fake::handle).listen(0).map(HttpServer::actualPort);
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (path.startsWith("/__seen/")) {
            boolean seen = seenRequestIds.contains(path.substring("/__seen/".length()));
            request.response().setStatusCode(seen ? 200 : 404).end();
            return;
        }
        if (path.equals("/__dropped")) {
            request.response().end(Integer.toString(dropped.get()));
            return;
        }
        String requestId = request.getHeader("X-Request-Id");
        if (requestId != null) {
            seenRequestIds.add(requestId);
        }
        if (path.endsWith("/hang")) {
            return;
        }
        if (path.endsWith("/big")) {
            big(request, BIG_CHUNKS);
            return;
        }
        if (path.endsWith("/drop")) {
            dropped.incrementAndGet();
            request.connection().close();
            return;
        }
        if (path.equals("/q/health/ready")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
            return;
        }
        if (path.equals("/q/openapi")) {
            contract(request);
            return;
        }
        request.body().onSuccess(body -> {
            if (path.endsWith("/created")) {
                String resource = path.substring(0, path.length() - "/created".length()) + "/1";
                request.response().setStatusCode(201)
                        .putHeader("Location", "http://" + request.getHeader("Host") + resource + "?view=full")
                        .end();
                return;
            }
            JsonObject headers = new JsonObject();
            request.headers().names().forEach(header -> headers.put(header.toLowerCase(),
                    String.join(", ", request.headers().getAll(header))));
            JsonObject echo = new JsonObject().put("upstream", name).put("method", request.method().name())
                    .put("path", path).put("query", request.query()).put("headers", headers)
                    .put("bodyLength", body.length());
            if (body.length() <= ECHOED_BODY_LIMIT) {
                echo.put("body", body.toString());
            }
            request.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Access-Control-Allow-Origin", "*")
                    .putHeader("X-Request-Id", "upstream-made-" + requestId)
                    .putHeader("Keep-Alive", "timeout=5")
                    .end(echo.encode());
        });
    }

    private static void big(HttpServerRequest request, int remaining) {
        var response = request.response();
        if (remaining == BIG_CHUNKS) {
            response.setChunked(true).putHeader("Content-Type", "application/octet-stream");
        }
        int left = remaining;
        while (left > 0 && !response.writeQueueFull() && !response.closed()) {
            response.write(CHUNK);
            left--;
        }
        if (response.closed()) {
            return;
        }
        if (left == 0) {
            response.end();
            return;
        }
        int next = left;
        response.drainHandler(drained -> big(request, next));
    }

    private void contract(HttpServerRequest request) {
        boolean json = "json".equals(request.getParam("format"))
                || String.valueOf(request.getHeader("Accept")).contains("application/json");
        if (json) {
            request.response().putHeader("Content-Type", "application/json")
                    .end("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + name + "\"}}");
        } else {
            request.response().putHeader("Content-Type", "application/yaml;charset=UTF-8")
                    .end("---\nopenapi: 3.1.0\ninfo:\n  title: " + name + "\n");
        }
    }
}
