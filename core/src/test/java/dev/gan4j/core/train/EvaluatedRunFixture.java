package dev.gan4j.core.train;

import java.nio.file.Path;

/** A toy run with evaluation and report, for tests outside this package. */
public final class EvaluatedRunFixture {
    private EvaluatedRunFixture() {
    }

    /** Trains 60 steps of a tiny GAN on the ring of 8, evaluated every 20, into {@code directory}. */
    public static void trainToyRun(Path directory) throws Exception {
        EvaluatedRunTest.trainToyRun(directory);
    }
}
