package dev.gan4j.models.unit;

/** The family contract for unit, with tiny shared-latent networks sharing one block. */
class UnitContractTest extends LatentTranslationContract {
    @Override
    protected String familyId() {
        return "unit";
    }

    @Override
    protected String configJson() {
        return "{\"type\": \"unit\", \"network\": " + NETWORK + ", \"discriminator\": " + CRITIC
                + ", \"sharedBlocks\": 1}";
    }
}
