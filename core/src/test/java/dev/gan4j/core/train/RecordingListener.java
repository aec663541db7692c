package dev.gan4j.core.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Records the events a trainer sends, as short strings, for tests. */
final class RecordingListener implements TrainingListener {
    final List<String> events = new ArrayList<>();
    final List<StepReport> reports = new ArrayList<>();
    Throwable failure;

    @Override
    public void onStart(TrainingStart start) {
        events.add("start " + start.startStep() + "->" + start.targetStep());
    }

    @Override
    public void onStepEnd(StepReport report) {
        events.add("step " + report.step());
        reports.add(report);
    }

    @Override
    public void onSampleTime(SampleRequest request) {
        events.add("sample " + request.step());
    }

    @Override
    public void onCheckpointWritten(long step, Path file) {
        events.add("checkpoint " + step + " " + file.getFileName());
    }

    @Override
    public void onEnd(long step) {
        events.add("end " + step);
    }

    @Override
    public void onFailure(long step, Throwable error) {
        events.add("failure " + step);
        failure = error;
    }
}
