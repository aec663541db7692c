package dev.gan4j.models.gan;

import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.testing.GanFamilyContractTest;

/** The family contract for {@code ebm}: a small spectrally normalised mlp score network on 3-D vectors, short chains. */
class EbmContractTest extends GanFamilyContractTest {
    @Override
    protected String familyId() {
        return "ebm";
    }

    @Override
    protected String configJson() {
        return "{\"type\": \"ebm\", \"network\": {\"type\": \"mlp\", \"hiddenSizes\": [16, 12]}, \"spectralNorm\": true,"
                + " \"langevinSteps\": 5, \"stepSize\": 0.1, \"noise\": 0.01, \"bufferSize\": 64,"
                + " \"dataRange\": [-2, 2]}";
    }

    @Override
    protected DataSpec dataSpec() {
        return new DataSpec("points", new int[] {3}, 0);
    }
}
