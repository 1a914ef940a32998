package cn.gov.chengdu.gateway.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import cn.gov.chengdu.common.problem.ProblemCodes;
import cn.gov.chengdu.common.web.ProblemWriter;
import cn.gov.chengdu.gateway.routing.RouteTable;
import cn.gov.chengdu.gateway.routing.Upstream;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /openapi}, {@code GET /openapi/{service}} and {@code GET /docs}: the contracts, and a Swagger UI page to
 * browse them whose scripts and styles the gateway serves itself (from the {@code org.webjars:swagger-ui} jar),
 * so the page works without the internet.
 */
@Singleton
public class DocsRoutes {

    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "swagger-ui-standalone-preset.js", "text/javascript; charset=utf-8",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");

    private final ContractDocuments documents;
    private final ProblemWriter problems;
    private final String swaggerUiVersion;
    private final Buffer page;
    private final Map<String, Buffer> assets = new ConcurrentHashMap<>();

    public DocsRoutes(ContractDocuments documents, ProblemWriter problems, RouteTable routes) {
        this.documents = documents;
        this.problems = problems;
        this.swaggerUiVersion = webjarVersion();
        this.page = Buffer.buffer(page(routes));
    }

    public void mergedContract(RoutingContext ctx) {
        send(ctx, documents.get(ContractDocuments.MERGED));
    }

    public void serviceContract(RoutingContext ctx) {
        String service = ctx.pathParam("service");
        ContractDocuments.Rendered document = service.isEmpty() ? null : documents.get(service);
        if (document == null) {
            problems.write(ctx, 404, ProblemCodes.NOT_FOUND, "No contract named '" + service
                    + "'; see /docs for the list");
            return;
        }
        send(ctx, document);
    }

    public void page(RoutingContext ctx) {
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-inline'; "
                        + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'")
                .end(page);
    }

    public void asset(RoutingContext ctx) {
        String name = ctx.pathParam("file");
        String type = ASSETS.get(name);
        if (type == null) {
            ctx.next();
            return;
        }
        Buffer content = assets.computeIfAbsent(name, this::load);
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, type)
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=86400")
                .end(content);
    }

    private static void send(RoutingContext ctx, ContractDocuments.Rendered document) {
        String format = ctx.request().getParam("format");
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        boolean json = "json".equalsIgnoreCase(format)
                || format == null && accept != null && accept.contains("application/json");
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE,
                json ? "application/json; charset=utf-8" : "application/yaml; charset=utf-8")
                .end(json ? document.json() : document.yaml());
    }

    private Buffer load(String name) {
        try (InputStream in = resource(WEBJAR + swaggerUiVersion + "/" + name)) {
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String page(RouteTable routes) {
        StringBuilder urls = new StringBuilder("[{url: '/openapi', name: 'All services (merged)'}");
        for (Upstream upstream : routes.upstreams()) {
            if (documents.get(upstream.name()) != null) {
                urls.append(", {url: '/openapi/").append(upstream.name()).append("', name: '").append(upstream.name())
                        .append(upstream.description().isEmpty() ? "" : ": " + jsString(upstream.description()))
                        .append("'}");
            }
        }
        urls.append(", {url: '/openapi/gateway', name: 'gateway'}]");
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>Chengdu small reforms suite: API contracts</title>
                <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
                <link rel="icon" type="image/png" href="/docs/assets/favicon-32x32.png">
                </head>
                <body>
                <div id="swagger-ui"></div>
                <noscript>This page needs JavaScript. The contracts themselves: <a href="/openapi">/openapi</a>
                (all services), /openapi/{service}.</noscript>
                <script src="/docs/assets/swagger-ui-bundle.js"></script>
                <script src="/docs/assets/swagger-ui-standalone-preset.js"></script>
                <script>
                window.ui = SwaggerUIBundle({
                  urls: %s,
                  'urls.primaryName': 'All services (merged)',
                  dom_id: '#swagger-ui',
                  deepLinking: true,
                  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                  layout: 'StandaloneLayout'
                });
                </script>
                </body>
                </html>
                """.formatted(urls);
    }

    private static String jsString(String text) {
        return text.replace("\\", "\\\\").replace("'", "\\'").replace("<", "\\u003c").replace("\n", " ");
    }

    private static String webjarVersion() {
        try (InputStream in = resource("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing class-path resource " + name);
        }
        return in;
    }
}
