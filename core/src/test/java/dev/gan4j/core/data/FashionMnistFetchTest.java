package dev.gan4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gan4j data fetch fashion-mnist} against a web server on the loopback interface that
 * serves the real files (copied from the Debian package), a corrupted copy, and a download that
 * breaks off. Never touches the real location.
 */
class FashionMnistFetchTest {
    private static final String CORRUPTED = "train-labels-idx1-ubyte.gz";

    @TempDir
    static Path served;

    @TempDir
    Path home;

    private static HttpServer server;
    private static String base;
    private static ServerSocket cutServer;
    private static String cutBase;

    @BeforeAll
    static void serveTheRealFilesAndBrokenOnes() throws IOException {
        for (DatasetFile file : FashionMnistSources.FILES) {
            assumeTrue(Files.isRegularFile(FashionMnistLocator.SYSTEM_DIRECTORY.resolve(file.name())),
                    "Fashion-MNIST is not installed in " + FashionMnistLocator.SYSTEM_DIRECTORY
                            + " (apt-get install -y dataset-fashion-mnist), so there are no real files to serve");
        }
        Path good = Files.createDirectories(served.resolve("good"));
        Path corrupt = Files.createDirectories(served.resolve("corrupt"));
        for (DatasetFile file : FashionMnistSources.FILES) {
            Files.copy(FashionMnistLocator.SYSTEM_DIRECTORY.resolve(file.name()), good.resolve(file.name()));
            Files.copy(FashionMnistLocator.SYSTEM_DIRECTORY.resolve(file.name()), corrupt.resolve(file.name()));
        }
        byte[] labels;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(good.resolve(CORRUPTED)))) {
            labels = in.readAllBytes();
        }
        labels[100] = (byte) ((labels[100] + 1) % 10); // one label changed: still a valid gzip and IDX file
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(corrupt.resolve(CORRUPTED)))) {
            out.write(labels);
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/good/", exchange -> serve(exchange, good, false));
        server.createContext("/corrupt/", exchange -> serve(exchange, corrupt, false));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        cutServer = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        cutBase = "http://127.0.0.1:" + cutServer.getLocalPort() + "/";
        Thread cutting = new Thread(() -> serveCut(good), "cut-download-server");
        cutting.setDaemon(true);
        cutting.start();
    }

    @AfterAll
    static void stopServers() throws IOException {
        if (server != null) {
            server.stop(0);
        }
        if (cutServer != null) {
            cutServer.close();
        }
    }

    /** Announces each file's full length, sends a tenth of it and drops the connection, as a broken network does. */
    private static void serveCut(Path directory) {
        while (!cutServer.isClosed()) {
            try (Socket socket = cutServer.accept()) {
                BufferedReader request = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.ISO_8859_1));
                String target = request.readLine().split(" ")[1];
                for (String header = request.readLine(); header != null && !header.isEmpty();
                     header = request.readLine()) {
                    // skip the request headers
                }
                byte[] bytes = Files.readAllBytes(directory.resolve(Path.of(target).getFileName().toString()));
                OutputStream out = socket.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.write(bytes, 0, bytes.length / 10);
                out.flush();
            } catch (IOException e) {
                // the server socket was closed at the end of the tests
            }
        }
    }

    /** Sends the file, or 404. */
    private static void serve(HttpExchange exchange, Path directory, boolean cut) throws IOException {
        String name = Path.of(exchange.getRequestURI().getPath()).getFileName().toString();
        Path file = directory.resolve(name);
        if (!Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes, 0, cut ? bytes.length / 10 : bytes.length);
        } catch (IOException e) {
            // the announced length was not sent: the server closes the connection, as a dropped one would
        }
        exchange.close();
    }

    private FashionMnistLocator locatorWithout(DatasetFetcher fetcher) throws IOException {
        Path noSystemData = Files.createDirectories(home.resolve("empty-system"));
        return new FashionMnistLocator(null, Map.of(), home.resolve("data"), noSystemData, fetcher);
    }

    private static DatasetFetcher fetcherFrom(String path) {
        return FashionMnistSources.fetcher(List.of(new HttpDatasetSource(URI.create(base + path))));
    }

    @Test
    void goodFilesAreFetchedOnFirstUseVerifiedAndFoundAfterwards() throws IOException {
        FashionMnistLocator fetching = locatorWithout(fetcherFrom("/good/"));
        Path directory = fetching.locate(FashionMnist.Split.TEST);

        assertThat(directory).isEqualTo(home.resolve("data").resolve("fashion-mnist"));
        for (DatasetFile file : FashionMnistSources.FILES) {
            assertThat(DatasetFetcher.sha256OfContent(directory.resolve(file.name()))).isEqualTo(file.sha256());
        }
        // Found again without fetching, and loadable.
        FashionMnistLocator offline = locatorWithout(null);
        assertThat(offline.locate(FashionMnist.Split.TRAIN)).isEqualTo(directory);
        assertThat(FashionMnist.load(offline, FashionMnist.Split.TEST, PixelRange.ZERO_TO_ONE).size()).isEqualTo(10_000);
        try (Stream<Path> left = Files.list(home.resolve("data"))) {
            assertThat(left).as("nothing but the dataset is left in the data directory")
                    .containsExactly(directory);
        }
    }

    @Test
    void aCorruptFileIsRefusedNamingTheFileAndBothChecksums() throws IOException {
        String expected = FashionMnistSources.FILES.stream().filter(f -> f.name().equals(CORRUPTED)).findFirst()
                .orElseThrow().sha256();
        String actual = DatasetFetcher.sha256OfContent(served.resolve("corrupt").resolve(CORRUPTED));
        assertThat(actual).isNotEqualTo(expected);

        assertThatThrownBy(() -> fetcherFrom("/corrupt/").fetch(home.resolve("data")))
                .isInstanceOf(DatasetFetchException.class)
                .hasMessageContaining(CORRUPTED).hasMessageContaining(expected).hasMessageContaining(actual)
                .hasMessageContaining("not kept");
        assertThat(home.resolve("data/fashion-mnist").resolve(CORRUPTED)).doesNotExist();
        assertThatThrownBy(() -> locatorWithout(null).locate(FashionMnist.Split.TRAIN))
                .isInstanceOf(DatasetNotFoundException.class);
    }

    @Test
    void anInterruptedDownloadLeavesNothingTheLocatorWouldLoad() throws IOException {
        assertThatThrownBy(() -> FashionMnistSources.fetcher(List.of(new HttpDatasetSource(URI.create(cutBase)))).fetch(home.resolve("data")))
                .isInstanceOf(DatasetFetchException.class)
                .hasMessageContaining("train-images-idx3-ubyte.gz").hasMessageContaining("broke off");
        assertThatThrownBy(() -> locatorWithout(null).locate(FashionMnist.Split.TRAIN))
                .isInstanceOf(DatasetNotFoundException.class);
        try (Stream<Path> all = Files.walk(home.resolve("data"))) {
            assertThat(all.filter(Files::isRegularFile)).as("no file, partial or staged, is left").isEmpty();
        }
    }

    @Test
    void noNetworkSaysTheThreeWaysToGetTheData() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        DatasetFetcher unreachable = FashionMnistSources.fetcher(List.of(
                new HttpDatasetSource(URI.create("http://127.0.0.1:" + closedPort + "/"))));
        assertThatThrownBy(() -> locatorWithout(unreachable).locate(FashionMnist.Split.TEST))
                .isInstanceOf(DatasetNotFoundException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort)
                .hasMessageContaining("(1) `gan4j data fetch fashion-mnist`")
                .hasMessageContaining("(2) `apt-get install -y dataset-fashion-mnist`")
                .hasMessageContaining("(3) copy the four files");
    }

    @Test
    void theChecksumIsOfTheDecompressedContent() throws IOException {
        DatasetFile labels = FashionMnistSources.FILES.get(3);
        Path plain = home.resolve("t10k-labels-idx1-ubyte");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(
                FashionMnistLocator.SYSTEM_DIRECTORY.resolve(labels.name())))) {
            Files.write(plain, in.readAllBytes());
        }
        assertThat(DatasetFetcher.sha256OfContent(plain)).isEqualTo(labels.sha256());
    }
}
