package dev.gan4j.examples.cli;

import dev.gan4j.core.tensor.Tensor;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Passes batches of samples on and shows how far the sampling is, on one line of the error stream
 * redrawn at each whole percent: {@code Sampling  37% (370000 of 1000000)}. Small jobs (a few
 * batches) show nothing.
 */
final class SamplingProgress implements Consumer<Tensor> {
    /** Jobs of at most this many samples finish too soon to need a progress line. */
    static final int QUIET_UP_TO = 4096;

    private final Consumer<Tensor> next;
    private final PrintWriter err;
    private final long total;
    private long done;
    private int shownPercent = -1;

    SamplingProgress(Consumer<Tensor> next, PrintWriter err, long total) {
        this.next = next;
        this.err = err;
        this.total = total;
    }

    @Override
    public void accept(Tensor batch) {
        next.accept(batch);
        done += batch.dim(0);
        if (total <= QUIET_UP_TO) {
            return;
        }
        int percent = (int) (100 * done / total);
        if (percent != shownPercent) {
            shownPercent = percent;
            err.printf(Locale.ROOT, "\rSampling %3d%% (%d of %d)", percent, done, total);
            if (done >= total) {
                err.println();
            }
            err.flush();
        }
    }
}
