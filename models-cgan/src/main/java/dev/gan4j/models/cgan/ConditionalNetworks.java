package dev.gan4j.models.cgan;

import dev.gan4j.core.nn.BatchNorm2d;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.LeakyReLU;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.tensor.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the conditional networks from a core network type ({@code mlp}, {@code dcgan}, or any
 * registered one), so they keep that type's architecture and initialisation:
 *
 * <ul>
 *   <li>generator: the type's generator for noise of latentSize + conditionSize, fed [z, e]
 *       (conditioning by concatenation); with {@code conditionalBatchNorm} each of its
 *       BatchNorm2d layers becomes a {@link ConditionalBatchNorm2d} modulated by e;</li>
 *   <li>discriminator: the type's discriminator with featureSize outputs and a leaky rectifier
 *       (slope 0.2) as the trunk, then the style's head.</li>
 * </ul>
 *
 * Draws from the generator's rng: the condition encoder, the body, the conditional batch norms;
 * from the discriminator's: the trunk, the condition encoder (when the head reads it), the head.
 */
final class ConditionalNetworks {
    private static final float HEAD_SLOPE = 0.2f;

    private ConditionalNetworks() {
    }

    static ConditionalGenerator generator(CganConfig config, BuildContext context, ConditionSource conditions) {
        Rng rng = context.initRng();
        Layer encoder = conditions.newEncoder(rng);
        int conditionSize = conditions.encodedSize();
        Layer body = context.generator(config.network(), config.latentSize() + conditionSize).network();
        List<Layer> layers = new ArrayList<>(body instanceof Sequential sequential ? sequential.layers() : List.of(body));
        if (Boolean.TRUE.equals(config.conditionalBatchNorm())) {
            for (int i = 0; i < layers.size(); i++) {
                if (layers.get(i) instanceof BatchNorm2d norm) {
                    layers.set(i, new ConditionalBatchNorm2d(norm.features(), conditionSize, rng));
                }
            }
        }
        return new ConditionalGenerator(config.latentSize(), encoder, layers);
    }

    static ConditionalDiscriminator discriminator(CganConfig config, BuildContext context,
                                                  ConditionSource conditions) {
        Rng rng = context.initRng();
        int features = config.featureSize();
        Layer trunk = new Sequential(context.discriminator(config.network(), features).network(),
                new LeakyReLU(HEAD_SLOPE));
        DiscriminatorStyle style = config.style();
        Layer encoder = style == DiscriminatorStyle.AUXILIARY_CLASSIFIER ? null : conditions.newEncoder(rng);
        int conditionSize = conditions.encodedSize();
        ScoreHead head = switch (style) {
            case MATCHING_AWARE, PLAIN -> new ConcatenationHead(features, conditionSize, HEAD_SLOPE, rng);
            case PROJECTION -> new ProjectionHead(features, conditionSize, rng);
            case AUXILIARY_CLASSIFIER -> new AuxiliaryClassifierHead(features, conditions.classNames().size(), rng);
        };
        return new ConditionalDiscriminator(trunk, encoder, head);
    }
}
