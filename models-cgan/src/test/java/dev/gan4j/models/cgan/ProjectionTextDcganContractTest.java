package dev.gan4j.models.cgan;

/** The family contract for {@code cgan}: captions, a projection discriminator, dcgan networks with conditional batch norm. */
class ProjectionTextDcganContractTest extends CganContractTestBase {
    @Override
    protected String configJson() {
        return "{\"type\": \"cgan\", \"network\": {\"type\": \"dcgan\", \"baseChannels\": 4}, \"latentSize\": 8,"
                + " \"discriminator\": \"projection\", \"condition\": \"text\", \"conditionSize\": 6, \"featureSize\": 16}";
    }
}
