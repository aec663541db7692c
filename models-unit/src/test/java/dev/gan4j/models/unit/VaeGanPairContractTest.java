package dev.gan4j.models.unit;

/** The family contract for vaegan-pair, with tiny shared-latent networks. */
class VaeGanPairContractTest extends LatentTranslationContract {
    @Override
    protected String familyId() {
        return "vaegan-pair";
    }

    @Override
    protected String configJson() {
        return "{\"type\": \"vaegan-pair\", \"network\": " + NETWORK + ", \"discriminator\": " + CRITIC + "}";
    }
}
