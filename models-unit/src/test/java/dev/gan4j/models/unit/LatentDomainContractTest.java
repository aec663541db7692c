package dev.gan4j.models.unit;

/** The family contract for latent-domain, with tiny shared-latent networks. */
class LatentDomainContractTest extends LatentTranslationContract {
    @Override
    protected String familyId() {
        return "latent-domain";
    }

    @Override
    protected String configJson() {
        return "{\"type\": \"latent-domain\", \"network\": " + NETWORK + ", \"discriminator\": " + CRITIC
                + ", \"latentDiscriminator\": {\"type\": \"mlp\", \"hiddenSizes\": [4]}}";
    }
}
