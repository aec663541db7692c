package dev.gan4j.models.cgan;

/**
 * The family contract for {@code cgan}: the plain two-term discriminator as a Wasserstein critic
 * with the gradient penalty (each sample judged under its own label), two critic steps.
 */
class PlainWassersteinContractTest extends CganContractTestBase {
    @Override
    protected String configJson() {
        return "{\"type\": \"cgan\", \"network\": {\"type\": \"mlp\", \"hiddenSizes\": [16, 32]}, \"latentSize\": 8,"
                + " \"discriminator\": \"plain\", \"objective\": \"wasserstein\", \"penalty\": \"gradient-penalty\","
                + " \"nCritic\": 2, \"conditionSize\": 4, \"featureSize\": 16}";
    }
}
