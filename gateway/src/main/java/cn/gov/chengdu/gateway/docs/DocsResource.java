package cn.gov.chengdu.gateway.docs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import cn.gov.chengdu.gateway.routing.RouteTable;
import cn.gov.chengdu.gateway.routing.Upstream;

/** {@code GET /docs}: one page listing every service behind the gateway, its paths and its contract. */
@Path("/docs")
public class DocsResource {

    private final RouteTable routes;

    public DocsResource(RouteTable routes) {
        this.routes = routes;
    }

    @GET
    @Produces("text/html;charset=UTF-8")
    public String page() {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Chengdu small reforms suite: API contracts</title></head>
                <body>
                <h1>Chengdu small reforms suite: API contracts</h1>
                <p>Every path below is served through this gateway. Errors are RFC 9457
                <code>application/problem+json</code>; send <code>Authorization: Bearer &lt;token&gt;</code> where an
                operation needs an identity.</p>
                """);
        for (Upstream upstream : routes.upstreams()) {
            String name = escape(upstream.name());
            html.append("<section id=\"").append(name).append("\">\n<h2>").append(name).append("</h2>\n");
            if (!upstream.description().isEmpty()) {
                html.append("<p>").append(escape(upstream.description())).append("</p>\n");
            }
            html.append("<p>OpenAPI contract: <a href=\"/openapi/").append(name).append("\">YAML</a> · <a href=\"/openapi/")
                    .append(name).append("?format=json\">JSON</a></p>\n<ul>\n");
            for (String prefix : upstream.prefixes()) {
                html.append("<li><code>").append(escape(prefix)).append("</code></li>\n");
            }
            html.append("</ul>\n</section>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
