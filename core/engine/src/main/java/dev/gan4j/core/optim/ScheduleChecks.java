package dev.gan4j.core.optim;

/** The argument checks shared by the learning-rate schedules. */
final class ScheduleChecks {
    private ScheduleChecks() {
    }

    static void requireRate(String schedule, double rate) {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("The learning rate of a " + schedule
                    + " schedule must be a finite number of zero or more, but was " + rate + ".");
        }
    }

    static void requireStep(long step) {
        if (step < 0) {
            throw new IllegalArgumentException("Steps are counted from 0, but a schedule was asked for step "
                    + step + ".");
        }
    }
}
