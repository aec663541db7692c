package dev.gan4j.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gan4j.core.testing.IntegrationTest;
import dev.gan4j.core.train.EvaluatedRunFixture;
import dev.gan4j.core.train.RunDirectory;
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
 * report.html and the comparison page open in a real browser: headless Chromium loads them at
 * 1280 px, their DOM holds the charts, the sample slider and the comparison table, the page does
 * not scroll sideways, and the screenshot and every image are not blank. Skipped, with the
 * reason, when Chromium is not installed ({@code apt-get install -y chromium}).
 */
@IntegrationTest
class ReportInBrowserTest {
    private static final Pattern IMAGE = Pattern.compile("<img[^>]* id=\"([^\"]+)\"[^>]*src=\"data:image/png;base64,([^\"]+)\"");
    private static final Pattern SCROLL_WIDTH = Pattern.compile("data-scroll-width=\"(\\d+)\"");

    @TempDir
    static Path dir;

    private static String chromium;

    @BeforeAll
    static void trainTwoToyRunsAndCompareThem() throws Exception {
        chromium = findChromium();
        assumeTrue(chromium != null, "Chromium is not on the PATH (apt-get install -y chromium), so report.html is not "
                + "rendered in a browser here");
        EvaluatedRunFixture.trainToyRun(dir.resolve("run"));
        EvaluatedRunFixture.trainToyRun(dir.resolve("other"));
        RunComparison.write(List.of(RunDirectory.open(dir.resolve("run")), RunDirectory.open(dir.resolve("other"))),
                dir.resolve("compare.html"));
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
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("chromium.log").toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    /** The page's DOM at 1280 px wide, with the page's scroll width recorded on its body by an added probe. */
    private static String domAt1280(Path page) throws Exception {
        Path probe = dir.resolve("probe-" + page.getFileName());
        Files.writeString(probe, Files.readString(page).replace("</body>", "<script>document.body.setAttribute("
                + "'data-scroll-width', document.documentElement.scrollWidth);</script></body>"));
        return runChromium("--window-size=1280,900", "--dump-dom", probe.toUri().toString());
    }

    private static List<String> nonBlankImages(String dom) throws Exception {
        Matcher m = IMAGE.matcher(dom);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(2))));
            assertThat(image).as("image %s decodes", m.group(1)).isNotNull();
            assertThat(distinctColours(image)).as("colours in image %s", m.group(1)).isGreaterThan(2);
        }
        return ids;
    }

    private static void assertNoHorizontalScroll(String dom) {
        Matcher width = SCROLL_WIDTH.matcher(dom);
        assertThat(width.find()).as("the probe ran").isTrue();
        assertThat(Integer.parseInt(width.group(1))).as("the page's scroll width at a 1280 px window")
                .isLessThanOrEqualTo(1280);
    }

    @Test
    void dashboardHoldsNonBlankChartsAndTheSampleSliderWithoutSidewaysScrolling() throws Exception {
        String dom = domAt1280(dir.resolve("run").resolve("report.html"));
        assertThat(nonBlankImages(dom)).contains("chart-losses", "chart-modes_covered", "chart-high_quality_fraction",
                "grid-20", "grid-60");
        assertThat(dom).contains("id=\"grid-slider\"", "id=\"tiles\"", "id=\"config\"", "id=\"provenance\"");
        assertThat(dom).as("a finished run's page no longer refreshes").doesNotContain("http-equiv=\"refresh\"");
        assertNoHorizontalScroll(dom);
    }

    @Test
    void comparisonHoldsTheTableOfBothRunsAndNonBlankOverlaidCharts() throws Exception {
        String dom = domAt1280(dir.resolve("compare.html"));
        assertThat(nonBlankImages(dom)).contains("chart-modes_covered", "chart-high_quality_fraction");
        assertThat(dom).contains("id=\"compare-table\"", "<th>run</th>", "<th>other</th>");
        assertNoHorizontalScroll(dom);
    }

    @Test
    void screenshotsAreNotBlank() throws Exception {
        for (Path page : List.of(dir.resolve("run").resolve("report.html"), dir.resolve("compare.html"))) {
            Path shot = dir.resolve(page.getParent().getFileName() + "-" + page.getFileName() + ".png");
            runChromium("--screenshot=" + shot, "--window-size=1280,2000", page.toUri().toString());
            BufferedImage image = ImageIO.read(shot.toFile());
            assertThat(image).as("the screenshot " + shot).isNotNull();
            assertThat(distinctColours(image)).as("colours in " + shot).isGreaterThan(50);
        }
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
