package dev.gan4j.models.unit;

import dev.gan4j.core.network.CoupledNetworks;
import dev.gan4j.core.objective.Objectives;
import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.LossPhase;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.spi.TypedGanFamily;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The family {@code "cogan"}: coupled GANs, one per domain, from the same noise, whose generators
 * share their first layers and discriminators their last, so they learn a joint distribution of
 * the two domains without paired images; an encoder per domain, trained with them, maps an image
 * back to the noise, and translation is G_Y(E_X(x)). Phases: {@code discriminator},
 * {@code generator}, {@code encoder}; see {@link CoGanConfig} and {@link CoGanLosses}.
 */
public final class CoGanFamily implements TypedGanFamily<CoGanConfig> {
    /** The family id, {@value}. */
    public static final String ID = "cogan";

    /** The family; stateless. */
    public CoGanFamily() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Liu and Tuzel's coupled GANs: one GAN per domain from shared noise with shared generator and "
                + "discriminator layers, translating through encoders trained with them.";
    }

    @Override
    public Class<CoGanConfig> configClass() {
        return CoGanConfig.class;
    }

    @Override
    public GanSystem buildSystem(CoGanConfig c, BuildContext context) {
        DataSpec data = context.data();
        if (!data.isUnpaired() || data.domains().size() != 2) {
            throw new IllegalArgumentException("The cogan family couples two unpaired domains, but the data " + data
                    + " is not two domains; give {\"type\": \"unpaired\", \"domains\": {\"A\": {...}, \"B\": {...}}}.");
        }
        Map<String, DataSpec> specs = new LinkedHashMap<>(data.domains());
        context.checkFits("the coupled generators, critics and encoders", true, CoupledNetworks.estimate(specs,
                c.baseChannels(), c.latentSize(), c.sharedGeneratorLayers(), c.sharedDiscriminatorLayers(), ID));
        CoupledNetworks nets = CoupledNetworks.build(specs, c.baseChannels(), c.latentSize(), c.sharedGeneratorLayers(),
                c.sharedDiscriminatorLayers(), ID, context.initRng());
        List<String> domains = new ArrayList<>(specs.keySet());
        Objective objective = Objectives.named(c.objective());
        CoGanLosses losses = new CoGanLosses(nets, domains, objective, c.latentSize(), c.lambdaEncoderReconstruction());
        return new CoGanSystem(nets, specs, c.latentSize(), List.of(
                LossPhase.of("discriminator", domains.stream().map(CoGanSystem::criticName).toList(),
                        losses::discriminators)
                        .withAfterStep(() -> nets.discriminators().values()
                                .forEach(d -> objective.afterDiscriminatorStep(d.parameters()))),
                LossPhase.of("generator", domains.stream().map(CoGanSystem::generatorName).toList(),
                        losses::generators),
                LossPhase.of("encoder", domains.stream().map(CoGanSystem::encoderName).toList(), losses::encoders)));
    }
}
