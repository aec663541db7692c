package dev.gan4j.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelCalibrationTest {
    @TempDir
    Path home;

    @Test
    void choosesTheFastestBackendAndRemembersItWithoutMeasuringAgain() throws Exception {
        Path cache = home.resolve("calibration.properties");
        List<String> timed = new ArrayList<>();
        Map<String, Long> nanos = Map.of("slow", 900L, "fast", 300L);
        KernelCalibration first = new KernelCalibration(cache, "cpu X", b -> {
            timed.add(b.name());
            return nanos.get(b.name());
        });
        List<KernelBackendProvider> providers = List.of(named("slow", 150), named("fast", 100), named("reference", 0));

        assertThat(first.choose(providers, 2).name()).isEqualTo("fast");
        assertThat(timed).containsOnly("slow", "fast").hasSizeGreaterThanOrEqualTo(2);
        assertThat(Files.readString(cache)).contains("fast");

        KernelCalibration second = new KernelCalibration(cache, "cpu X", b -> {
            throw new AssertionError("a cached choice must not be measured again");
        });
        assertThat(second.choose(providers, 2).name()).isEqualTo("fast");
    }

    @Test
    void measuresAgainForAnotherThreadCountOrMachine() {
        Path cache = home.resolve("calibration.properties");
        List<KernelBackendProvider> providers = List.of(named("a", 150), named("b", 100));
        new KernelCalibration(cache, "cpu X", b -> b.name().equals("a") ? 1L : 2L).choose(providers, 1);

        assertThat(new KernelCalibration(cache, "cpu X", b -> b.name().equals("a") ? 2L : 1L).choose(providers, 2).name())
                .isEqualTo("b");
        assertThat(new KernelCalibration(cache, "cpu Y", b -> b.name().equals("a") ? 2L : 1L).choose(providers, 1).name())
                .isEqualTo("b");
        assertThat(new KernelCalibration(cache, "cpu X", b -> 0L).choose(providers, 1).name()).isEqualTo("a");
    }

    @Test
    void skipsBackendsThatCannotRunAndNeverMeasuresTheReferenceAgainstOthers() {
        KernelBackendProvider missing = new UnavailableProvider("native", 200, "libnative is not installed");
        KernelCalibration calibration = new KernelCalibration(home.resolve("c.properties"), "cpu", b -> {
            throw new AssertionError("one candidate needs no measurement");
        });

        assertThat(calibration.choose(List.of(missing, named("java", 50), named("reference", 0)), 1).name())
                .isEqualTo("java");
        assertThatThrownBy(() -> calibration.choose(List.of(missing), 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("native: libnative is not installed");
    }

    @Test
    void aCorruptCacheIsMeasuredAgain() throws Exception {
        Path cache = home.resolve("calibration.properties");
        Files.writeString(cache, "\\u00zz broken");
        List<KernelBackendProvider> providers = List.of(named("a", 150), named("b", 100));

        assertThat(new KernelCalibration(cache, "cpu", b -> b.name().equals("a") ? 5L : 1L).choose(providers, 1).name())
                .isEqualTo("b");
    }

    @Test
    void theWorkloadTimesEveryKernelOfABackend() {
        TimedKernelBackend timed = new TimedKernelBackend(new JavaKernelBackend(1));

        assertThat(KernelCalibration.timeWorkload(timed)).isPositive();
        assertThat(timed.counts()).containsOnlyKeys("gemm", "conv2d", "conv2dInputGrad", "conv2dWeightGrad");
    }

    /** A provider of a reference backend under another name. */
    private static KernelBackendProvider named(String name, int priority) {
        return new KernelBackendProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int priority() {
                return priority;
            }

            @Override
            public KernelBackend create(int threads) {
                ReferenceKernelBackend inner = new ReferenceKernelBackend();
                return new KernelBackend() {
                    @Override
                    public String name() {
                        return name;
                    }

                    @Override
                    public int threads() {
                        return threads;
                    }

                    @Override
                    public void gemm(boolean ta, boolean tb, int m, int n, int k, float[] a, int ao, float[] b, int bo,
                                     float[] c, int co) {
                        inner.gemm(ta, tb, m, n, k, a, ao, b, bo, c, co);
                    }

                    @Override
                    public void conv2d(ConvGeometry g, float[] x, float[] w, float[] y) {
                        inner.conv2d(g, x, w, y);
                    }

                    @Override
                    public void conv2dInputGrad(ConvGeometry g, float[] dy, float[] w, float[] dx) {
                        inner.conv2dInputGrad(g, dy, w, dx);
                    }

                    @Override
                    public void conv2dWeightGrad(ConvGeometry g, float[] x, float[] dy, float[] dw) {
                        inner.conv2dWeightGrad(g, x, dy, dw);
                    }
                };
            }
        };
    }
}
