package dev.gan4j.core.report;

import dev.gan4j.core.train.RunDirectory;
import dev.gan4j.core.train.SampleRequest;
import dev.gan4j.core.train.TrainingListener;
import dev.gan4j.core.train.TrainingStart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.LongFunction;

/**
 * Rewrites the run's {@code report.html} ({@link RunReport}) on every sample step, after the
 * sample grid and any evaluation of that step, and when training ends or fails, so the page
 * always shows the run so far: while training the page reloads itself, and the last write (at the
 * end, or on a failure) stops that. Without a run directory it writes nothing.
 */
public final class ReportListener implements TrainingListener {
    private RunDirectory directory;
    private LongFunction<String> provenance;
    private long step;
    private RunState state;

    /** A report writer that finds its run directory when training starts. */
    public ReportListener() {
        // per-run state is set in onStart
    }

    @Override
    public void onStart(TrainingStart start) {
        directory = start.runDirectory().orElse(null);
        provenance = start.provenance();
        step = start.startStep();
    }

    @Override
    public void onSampleTime(SampleRequest request) {
        step = request.step();
        state = RunState.TRAINING;
        write();
    }

    @Override
    public void onEnd(long finalStep) {
        step = finalStep;
        state = RunState.FINISHED;
        write();
    }

    @Override
    public void onFailure(long failedStep, Throwable error) {
        step = failedStep;
        state = RunState.FAILED;
        write();
    }

    private void write() {
        if (directory == null) {
            return;
        }
        try {
            RunReport.write(directory, provenance.apply(step), state);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the report " + directory.reportFile() + " failed: "
                    + e.getMessage(), e);
        }
    }
}
