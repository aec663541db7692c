package dev.gan4j.models.cycle;

/** The family contract for discogan, with tiny encoder-decoder translators and dcgan discriminators. */
class DiscoGanContractTest extends TranslationContract {
    @Override
    protected String familyId() {
        return "discogan";
    }

    @Override
    protected String configJson() {
        return "{\"type\": \"discogan\", \"generator\": {\"type\": \"unet\", \"baseChannels\": 2, \"skips\": false}, "
                + "\"discriminator\": {\"type\": \"dcgan\", \"baseChannels\": 2}, \"curriculumSteps\": 0}";
    }
}
