package dev.gan4j.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's numbers and best values. */
class MetricGoalTest {
    @Test
    void numbersAreShownToTheirPrecisionNotAsDoublesPrint() {
        assertThat(MetricGoal.format(0.5533420032325825)).isEqualTo("0.5533");
        assertThat(MetricGoal.format(41.29871)).isEqualTo("41.3");
        assertThat(MetricGoal.format(2000)).isEqualTo("2000");
        assertThat(MetricGoal.format(0.00001234)).isEqualTo("1.234e-05");
        assertThat(MetricGoal.format(0.0003)).isEqualTo("0.0003");
        assertThat(MetricGoal.formatText("0.031000000001")).isEqualTo("0.031");
        assertThat(MetricGoal.formatText("fashion-mnist-cnn-v1")).isEqualTo("fashion-mnist-cnn-v1");
    }

    @Test
    void bestIsTheLowestFidAndTheHighestPrecision() {
        List<double[]> curve = List.of(new double[] {100, 50}, new double[] {200, 30}, new double[] {300, 40});
        assertThat(MetricGoal.best("fid", curve)).isEqualTo(1);
        assertThat(MetricGoal.best("precision", curve)).isEqualTo(0);
        assertThat(MetricGoal.best("fid", List.of())).isEqualTo(-1);
    }
}
