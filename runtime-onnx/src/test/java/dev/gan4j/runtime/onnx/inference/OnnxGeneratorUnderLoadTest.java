package dev.gan4j.runtime.onnx.inference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.nn.BatchNorm1d;
import dev.gan4j.core.nn.LeakyReLU;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.Tanh;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.runtime.onnx.export.ExportMetadata;
import dev.gan4j.runtime.onnx.export.OnnxExporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link OnnxGenerator} shared by many threads: 8 threads of 200 calls of mixed batch sizes give
 * exactly what one thread gives, and closing it while calls are in flight lets the running calls
 * finish and gives every later call a clear error, never a crash of the native session.
 */
class OnnxGeneratorUnderLoadTest {
    private static final int THREADS = 8;
    private static final int CALLS = 200;
    private static final int[] BATCHES = {1, 3, 17, 64, 256};

    @TempDir
    static Path dir;

    private static Path model;

    @BeforeAll
    static void exportASmallGenerator() throws Exception {
        Rng rng = new Rng(11);
        Sequential network = new Sequential(new Linear(4, 32, rng), new BatchNorm1d(32), new LeakyReLU(0.2f),
                new Linear(32, 6, rng), new Tanh());
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            network.forward(Tensor.randn(rng, 16, 4));
        }
        network.train(false);
        ExportablePart part = ExportablePart.generator("generator", network, 4, new int[] {6});
        model = new OnnxExporter().write(part, ExportMetadata.none(), dir.resolve("generator.onnx"));
    }

    /** The input of call {@code i}: its own batch size and noise. */
    private static Tensor input(int call) {
        return Tensor.randn(new Rng(1000 + call), BATCHES[call % BATCHES.length], 4);
    }

    @Test
    void eightThreadsOfMixedBatchesGiveWhatOneThreadGives() throws Exception {
        try (OnnxGenerator generator = OnnxGenerator.open(model, Device.CPU, 1)) {
            List<float[]> expected = new ArrayList<>();
            for (int call = 0; call < THREADS * CALLS; call++) {
                expected.add(generator.generate(input(call)).toArray());
            }
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                CountDownLatch start = new CountDownLatch(1);
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    results.add(pool.submit(() -> {
                        start.await();
                        int same = 0;
                        for (int c = 0; c < CALLS; c++) {
                            int call = c * THREADS + thread;
                            float[] got = generator.generate(input(call)).toArray();
                            same += java.util.Arrays.equals(got, expected.get(call)) ? 1 : 0;
                        }
                        return same;
                    }));
                }
                start.countDown();
                int same = 0;
                for (Future<Integer> result : results) {
                    same += result.get(120, TimeUnit.SECONDS);
                }
                assertThat(same).isEqualTo(THREADS * CALLS);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void closingWhileCallsAreInFlightLetsThemFinishAndRefusesLaterOnesClearly() throws Exception {
        OnnxGenerator generator = OnnxGenerator.open(model, Device.CPU, 1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger finished = new AtomicInteger();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> callers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                callers.add(pool.submit(() -> {
                    // calls until the generator refuses one
                    for (int c = 0; ; c++) {
                        try {
                            Tensor out = generator.generate(input(c * THREADS + thread));
                            if (out.dim(1) != 6) {
                                throw new AssertionError("an output of shape " + out.shape());
                            }
                            finished.incrementAndGet();
                        } catch (RuntimeException e) {
                            failures.add(e);
                            return;
                        }
                    }
                }));
            }
            while (finished.get() < THREADS * CALLS / 4) {
                Thread.onSpinWait();
            }
            generator.close();
            for (Future<?> caller : callers) {
                caller.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).hasSize(THREADS).allSatisfy(e -> assertThat(e).isInstanceOf(IllegalStateException.class)
                .hasMessage("The OnnxGenerator of " + model + " is closed; open the model again."));
        assertThat(finished.get()).isGreaterThanOrEqualTo(THREADS * CALLS / 4);
        generator.close();
    }
}
