package dev.gan4j.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gan4j.core.testing.IntegrationTest;
import dev.gan4j.core.train.EvaluatedRunFixture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html opens in a real browser: headless Chromium loads it, its DOM holds the charts and
 * sample grids, and the screenshot and every image are not blank. Skipped, with the reason, when
 * Chromium is not installed ({@code apt-get install -y chromium}).
 */
@IntegrationTest
class ReportInBrowserTest {
    private static final Pattern IMAGE = Pattern.compile("<img id=\"([^\"]+)\"[^>]*src=\"data:image/png;base64,([^\"]+)\"");

    @TempDir
    static Path dir;

    private static String chromium;

    @BeforeAll
    static void trainAToyRun() throws Exception {
        chromium = findChromium();
        assumeTrue(chromium != null, "Chromium is not on the PATH (apt-get install -y chromium), so report.html is not "
                + "rendered in a browser here");
        EvaluatedRunFixture.trainToyRun(dir.resolve("run"));
    }

    /** Chromium as the shell would find it: the first of its usual names on the PATH. */
    private static String findChromium() {
        String path = System.getenv("PATH");
        for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
            for (String directory : path == null ? new String[0] : path.split(File.pathSeparator)) {
                File candidate = new File(directory, name);
                if (!directory.isEmpty() && candidate.canExecute()) {
                    return candidate.getPath();
                }
            }
        }
        return null;
    }

    private static String runChromium(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("profile")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("chromium.log").toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void domHoldsTheChartsAndGridsWhichAreNotBlank() throws Exception {
        Path report = dir.resolve("run").resolve("report.html");
        String dom = runChromium("--dump-dom", report.toUri().toString());
        Matcher m = IMAGE.matcher(dom);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(2))));
            assertThat(image).as("image %s decodes", m.group(1)).isNotNull();
            assertThat(distinctColours(image)).as("colours in image %s", m.group(1)).isGreaterThan(2);
        }
        assertThat(ids).contains("chart-losses", "chart-modes_covered", "chart-high_quality_fraction", "grid-20",
                "grid-60");
        assertThat(dom).contains("id=\"config\"", "id=\"provenance\"");
    }

    @Test
    void screenshotIsNotBlank() throws Exception {
        Path report = dir.resolve("run").resolve("report.html");
        Path shot = dir.resolve("shot.png");
        runChromium("--screenshot=" + shot, "--window-size=1024,2400", report.toUri().toString());
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image).as("the screenshot " + shot).isNotNull();
        assertThat(distinctColours(image)).isGreaterThan(50);
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
