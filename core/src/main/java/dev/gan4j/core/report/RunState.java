package dev.gan4j.core.report;

/** Where a run stands when its report is written; a page of a run still training refreshes itself. */
public enum RunState {
    /** Training: the page reloads itself every {@link RunReport#REFRESH_SECONDS} seconds. */
    TRAINING("training; this page refreshes itself every " + RunReport.REFRESH_SECONDS + " s"),
    /** Reached its target step. */
    FINISHED("finished"),
    /** Stopped by an error (a diverged loss, say). */
    FAILED("stopped by an error"),
    /** Written afterwards by {@code gan4j report}, from the run directory as it is. */
    SNAPSHOT("as of the run directory's files");

    private final String description;

    RunState(String description) {
        this.description = description;
    }

    /** A few words for the page's header. */
    public String description() {
        return description;
    }
}
