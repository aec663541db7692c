package dev.gan4j.core.data;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where Fashion-MNIST is published and what its files hold: the four files of the official
 * location (or of {@code $GAN4J_FASHION_MNIST_URL}, a mirror), each with the SHA-256 of its
 * decompressed IDX bytes, and the Debian package {@code dataset-fashion-mnist} as the fallback.
 */
public final class FashionMnistSources {
    /** The dataset's name: the directory under {@code $GAN4J_HOME/data} and the name {@code gan4j data fetch} takes. */
    public static final String NAME = "fashion-mnist";
    /** The official location of the files (Zalando Research's). */
    public static final String OFFICIAL_URL = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/";
    /** The environment variable naming a mirror to download from instead. */
    public static final String URL_ENVIRONMENT_VARIABLE = "GAN4J_FASHION_MNIST_URL";
    /** The Debian package holding the same files. */
    public static final String DEBIAN_PACKAGE = "dataset-fashion-mnist";
    /**
     * The published files; the checksums are of the decompressed IDX bytes, as in the Debian
     * package {@code dataset-fashion-mnist 0.0~git20200523.55506a9-1} and the official files.
     */
    public static final List<DatasetFile> FILES = List.of(
            new DatasetFile("train-images-idx3-ubyte.gz",
                    "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888", 47_040_016),
            new DatasetFile("train-labels-idx1-ubyte.gz",
                    "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9", 60_008),
            new DatasetFile("t10k-images-idx3-ubyte.gz",
                    "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b", 7_840_016),
            new DatasetFile("t10k-labels-idx1-ubyte.gz",
                    "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34", 10_008));

    private FashionMnistSources() {
    }

    /** The download location for {@code environment}: {@code $GAN4J_FASHION_MNIST_URL}, else the official one. */
    public static URI url(Map<String, String> environment) {
        String mirror = environment.get(URL_ENVIRONMENT_VARIABLE);
        return URI.create(mirror == null || mirror.isBlank() ? OFFICIAL_URL : mirror.strip());
    }

    /**
     * The fetcher: the web location first; then, on a system with apt, the Debian package
     * (downloaded, not installed), for networks that reach a Debian mirror but not the web.
     */
    public static DatasetFetcher fetcher(Map<String, String> environment) {
        List<DatasetSource> sources = new ArrayList<>();
        sources.add(new HttpDatasetSource(url(environment)));
        if (new java.io.File("/usr/bin/apt-get").canExecute() && new java.io.File("/usr/bin/dpkg-deb").canExecute()) {
            sources.add(new DebianPackageSource(DEBIAN_PACKAGE, FashionMnistLocator.SYSTEM_DIRECTORY));
        }
        return new DatasetFetcher(NAME, FILES, sources, otherWays());
    }

    /** A fetcher over the given sources only (a test's local server, say). */
    public static DatasetFetcher fetcher(List<DatasetSource> sources) {
        return new DatasetFetcher(NAME, FILES, sources, otherWays());
    }

    /** The three ways to get the data, as one sentence for error messages. */
    public static String otherWays() {
        return "Get Fashion-MNIST in one of three ways: (1) `gan4j data fetch " + NAME + "` on a network that reaches "
                + OFFICIAL_URL + " (or set " + URL_ENVIRONMENT_VARIABLE + " to a mirror holding the four .gz files); "
                + "(2) `apt-get install -y " + DEBIAN_PACKAGE + "` as root on Debian or Ubuntu (it installs into "
                + FashionMnistLocator.SYSTEM_DIRECTORY + "); (3) copy the four files of "
                + "https://github.com/zalandoresearch/fashion-mnist into a directory and pass --data DIR or set "
                + FashionMnistLocator.ENVIRONMENT_VARIABLE + "=DIR.";
    }

    /** Where {@code gan4j data fetch} puts the files: {@code $GAN4J_HOME/data/fashion-mnist}. */
    public static Path fetchedDirectory(Map<String, String> environment) {
        return Gan4jHome.dataDirectory(environment).resolve(NAME);
    }
}
