package dev.gan4j.models.cgan;

/** The family contract for {@code cgan}: the default matching-aware discriminator, mlp networks, label embeddings. */
class MatchingAwareMlpContractTest extends CganContractTestBase {
    @Override
    protected String configJson() {
        return "{\"type\": \"cgan\", \"network\": {\"type\": \"mlp\", \"hiddenSizes\": [16, 32]}, \"latentSize\": 8,"
                + " \"conditionSize\": 4, \"featureSize\": 16}";
    }
}
