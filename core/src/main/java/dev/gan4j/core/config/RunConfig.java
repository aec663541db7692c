package dev.gan4j.core.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gan4j.core.data.DataConfig;
import dev.gan4j.core.spi.FamilyConfig;
import java.util.Objects;

/**
 * Everything that describes one training run; read from one JSON file.
 *
 * <pre>{@code
 * { "family":   { "type": "dcgan", ... },
 *   "data":     { "type": "fashion-mnist" },
 *   "training": { "steps": 3000, "batchSize": 64, "seed": 1, ... },
 *   "evaluation": { "every": 500, "samples": 2000 } }
 * }</pre>
 *
 * @param family     the GAN family and its settings
 * @param data       the training data
 * @param training   the loop's settings
 * @param evaluation metrics during training, or null for none (left out of the canonical JSON
 *                   when absent, so configs without it keep their identity)
 */
public record RunConfig(FamilyConfig family, DataConfig data, TrainingConfig training,
                        @JsonInclude(JsonInclude.Include.NON_NULL) EvaluationConfig evaluation) {
    /** Checks that every part is there, naming the missing one. */
    public RunConfig {
        Objects.requireNonNull(family, "The run config has no \"family\" object; add one with a \"type\" naming the family.");
        Objects.requireNonNull(data, "The run config has no \"data\" object; add one such as {\"type\": \"fashion-mnist\"}.");
        if (training == null) {
            training = TrainingConfig.defaults();
        }
    }

    /** A run without evaluation during training. */
    public RunConfig(FamilyConfig family, DataConfig data, TrainingConfig training) {
        this(family, data, training, null);
    }
}
