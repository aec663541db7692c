package dev.gan4j.models.unit;

/**
 * The family contract for combogan on two tiny domains, with pools of 6. With two domains every
 * step trains both; with more, a step trains the drawn pair only, which the contract's "a phase's
 * loss reaches every parameter it updates" cannot hold for, so {@link LatentTranslationSystemTest}
 * checks three domains.
 */
class ComboGanContractTest extends LatentTranslationContract {
    @Override
    protected String familyId() {
        return "combogan";
    }

    @Override
    protected String configJson() {
        return "{\"type\": \"combogan\", \"network\": " + NETWORK + ", \"discriminator\": " + CRITIC
                + ", \"poolSize\": 6}";
    }
}
