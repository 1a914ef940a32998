package cn.gov.chengdu.gateway.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A POST whose body has no declared length (HTTP/1.1 chunked), which REST Assured does not reliably send. The JDK
 * client reads the answer while it still writes, as a streaming client would.
 */
public final class ChunkedUpload {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ChunkedUpload() {
    }

    public static HttpResponse<String> post(URI uri, String contentType, byte[] body) {
        return post(uri, contentType, body, null);
    }

    public static HttpResponse<String> post(URI uri, String contentType, byte[] body, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        HttpRequest request = builder.build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Chunked upload to " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during a chunked upload", e);
        }
    }
}
