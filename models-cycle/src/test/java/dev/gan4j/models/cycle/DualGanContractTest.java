package dev.gan4j.models.cycle;

/** The family contract for dualgan, with tiny U-Net translators and patchgan critics under the gradient penalty. */
class DualGanContractTest extends TranslationContract {
    @Override
    protected String familyId() {
        return "dualgan";
    }

    @Override
    protected String configJson() {
        return "{\"type\": \"dualgan\", \"generator\": {\"type\": \"unet\", \"baseChannels\": 2}, "
                + "\"critic\": {\"type\": \"patchgan\", \"baseChannels\": 2}, \"lambdaA\": 50, \"lambdaB\": 50}";
    }
}
