package dev.gan4j.core.train;

import dev.gan4j.core.eval.TrainingEvaluation;
import dev.gan4j.core.report.ReportListener;
import java.util.List;

/** The listeners a command-line run uses, for callers that do not wire them with Guice. */
public final class TrainingListeners {
    private TrainingListeners() {
    }

    /**
     * New instances of the standard listeners, in the order they run: the metrics file, the
     * console progress, the sample pictures (of samples, or of translations), the evaluation (when the config asks for one), the
     * report (after the figures it shows), and the NaN/Inf guard last (so the failing step's
     * figures are logged and shown before it stops the run).
     */
    public static List<TrainingListener> standard() {
        return List.of(new MetricsLog(), new ConsoleProgress(), new SampleGrids(), new TranslationGrids(),
                new TrainingEvaluation(),
                new ReportListener(), new NonFiniteGuard());
    }
}
