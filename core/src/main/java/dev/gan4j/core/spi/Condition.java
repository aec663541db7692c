package dev.gan4j.core.spi;

import dev.gan4j.core.tensor.Tensor;
import java.util.Objects;

/**
 * What a {@link ConditionalSystem} should generate, ready for its generator: the condition values
 * for a number of samples, in the system's own layout (class indices [N], token ids [N, L], ...),
 * and a line for people that says what was asked for.
 *
 * @param values      the condition of each sample, one row per sample
 * @param description what the condition asks for, for messages and logs
 *                    ({@code "label 7 (sneaker)"}, {@code "text \"a sneaker\""})
 */
public record Condition(Tensor values, String description) {
    /** Checks that both parts are present and the values have a batch axis. */
    public Condition {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(description, "description");
        if (values.rank() < 1) {
            throw new IllegalArgumentException("A condition needs one row per sample, but its values are a scalar.");
        }
    }

    /** The number of samples the condition is for. */
    public int size() {
        return values.dim(0);
    }
}
