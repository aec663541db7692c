package dev.gan4j.models.unit;

/** The family contract for cogan, with tiny coupled networks sharing the paper's layers. */
class CoGanContractTest extends LatentTranslationContract {
    @Override
    protected String familyId() {
        return "cogan";
    }

    @Override
    protected String configJson() {
        return "{\"type\": \"cogan\", \"baseChannels\": 2, \"latentSize\": 4}";
    }
}
