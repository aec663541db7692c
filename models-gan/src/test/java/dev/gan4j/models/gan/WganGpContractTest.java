package dev.gan4j.models.gan;

import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.testing.GanFamilyContractTest;

/**
 * The family contract for {@code gan} as WGAN-GP: the Wasserstein objective with the gradient
 * penalty (second-order gradients in every critic step) and two critic steps per generator step,
 * on small images.
 */
class WganGpContractTest extends GanFamilyContractTest {
    @Override
    protected String familyId() {
        return "gan";
    }

    @Override
    protected String configJson() {
        return "{\"type\": \"gan\", \"network\": {\"type\": \"mlp\", \"hiddenSizes\": [12]}, \"latentSize\": 5,"
                + " \"objective\": \"wasserstein\", \"penalty\": \"gradient-penalty\", \"nCritic\": 2}";
    }

    @Override
    protected DataSpec dataSpec() {
        return new DataSpec("tiles", new int[] {1, 4, 4}, 0);
    }
}
