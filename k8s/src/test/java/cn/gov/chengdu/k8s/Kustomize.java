package cn.gov.chengdu.k8s;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Renders an overlay with {@code kubectl kustomize}, which needs no cluster. */
final class Kustomize {

    private Kustomize() {
    }

    /** kubectl on the PATH, if any. */
    static Optional<Path> kubectl() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static final String NOT_RENDERED = "kubectl is not on the PATH: the overlays were NOT rendered with"
            + " `kubectl kustomize`, so only the manifest files themselves were checked";

    /** The rendered overlay (multi-document YAML); fails with kubectl's message when it does not render. */
    static String render(Path kubectl, Path directory) {
        try {
            Path errors = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(kubectl.toString(), "kustomize", directory.toString())
                        .redirectError(errors.toFile())
                        .start();
                process.getOutputStream().close();
                byte[] output = process.getInputStream().readAllBytes();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("kubectl kustomize " + directory + " took over 60 s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("kubectl kustomize " + directory + " failed: "
                            + Files.readString(errors, StandardCharsets.UTF_8));
                }
                return new String(output, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
