package dev.gan4j.core.inject;

import dev.gan4j.core.eval.TrainingEvaluation;
import dev.gan4j.core.report.ReportListener;
import dev.gan4j.core.train.ConsoleProgress;
import dev.gan4j.core.train.MetricsLog;
import dev.gan4j.core.train.NonFiniteGuard;
import dev.gan4j.core.train.SampleGrids;
import dev.gan4j.core.train.TrainingListener;
import java.util.List;

/**
 * The listeners a command-line run uses, for callers that do not wire them with Guice. It lives
 * beside the Guice module, above the trainer, the evaluation and the report, because it names all
 * three (in {@code train} it made train, eval and report depend on each other).
 */
public final class TrainingListeners {
    private TrainingListeners() {
    }

    /**
     * New instances of the standard listeners, in the order they run: the metrics file, the
     * console progress, the sample pictures, the evaluation (when the config asks for one), the
     * report (after the figures it shows), and the NaN/Inf guard last (so the failing step's
     * figures are logged and shown before it stops the run).
     */
    public static List<TrainingListener> standard() {
        return List.of(new MetricsLog(), new ConsoleProgress(), new SampleGrids(), new TrainingEvaluation(),
                new ReportListener(), new NonFiniteGuard());
    }
}
