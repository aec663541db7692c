package dev.gan4j.models.cgan;

/** The family contract for {@code cgan}: an AC-GAN head with one-hot labels and the hinge objective. */
class AuxiliaryClassifierContractTest extends CganContractTestBase {
    @Override
    protected String configJson() {
        return "{\"type\": \"cgan\", \"network\": {\"type\": \"mlp\", \"hiddenSizes\": [16, 32]}, \"latentSize\": 8,"
                + " \"discriminator\": \"auxiliary-classifier\", \"labelEncoding\": \"one-hot\", \"objective\": \"hinge\","
                + " \"featureSize\": 16}";
    }
}
