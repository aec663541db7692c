package dev.gan4j.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Downloads a dataset's files over HTTP(S) from a base location: {@code base + file name}. A
 * connection that cannot be made in 15 seconds, a transfer that stalls for 60 seconds, an answer
 * other than 200, and a body shorter than its announced length are failures.
 */
public final class HttpDatasetSource implements DatasetSource {
    private static final int CONNECT_TIMEOUT_MILLIS = 15_000;
    private static final int STALL_TIMEOUT_MILLIS = 60_000;

    private final URI base;

    /** A source that downloads {@code base} + each file's name; {@code base} gets a trailing slash if it lacks one. */
    public HttpDatasetSource(URI base) {
        String text = Objects.requireNonNull(base, "base").toString();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
    }

    @Override
    public Path download(DatasetFile file, Path staging) throws IOException {
        URI uri = base.resolve(file.name());
        Path into = staging.resolve(file.name());
        try {
            URLConnection connection = uri.toURL().openConnection();
            connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
            connection.setReadTimeout(STALL_TIMEOUT_MILLIS);
            if (connection instanceof HttpURLConnection http && http.getResponseCode() != 200) {
                throw new IOException("the server answered HTTP " + http.getResponseCode());
            }
            long announced = connection.getContentLengthLong();
            long received = 0;
            try (InputStream in = connection.getInputStream(); OutputStream out = Files.newOutputStream(into)) {
                byte[] buffer = new byte[1 << 16];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    received += n;
                }
            }
            if (announced >= 0 && received != announced) {
                throw new IOException("the transfer broke off after " + received + " of " + announced + " bytes");
            }
            return into;
        } catch (IOException e) {
            Files.deleteIfExists(into);
            throw new IOException("Downloading " + uri + " failed: " + describe(e), e);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        if (e.getClass() == IOException.class && message != null) {
            return message + ".";
        }
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message + ")") + ".";
    }

    @Override
    public String describe() {
        return base.toString();
    }
}
