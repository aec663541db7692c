package dev.gan4j.models.cycle;

/** The family contract for cyclegan, with tiny resnet translators and patchgan discriminators. */
class CycleGanContractTest extends TranslationContract {
    @Override
    protected String familyId() {
        return "cyclegan";
    }

    @Override
    protected String configJson() {
        return "{\"type\": \"cyclegan\", \"generator\": {\"type\": \"resnet\", \"baseChannels\": 2, \"blocks\": 1}, "
                + "\"discriminator\": {\"type\": \"patchgan\", \"baseChannels\": 2}, \"poolSize\": 6}";
    }
}
