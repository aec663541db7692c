package dev.gan4j.core.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The command line's changes to a run config, applied to its JSON before it is bound: the
 * {@code --set a.b=v} overrides in order, then {@code --steps N} (which wins over a
 * {@code --set training.steps}).
 *
 * @param fields the {@code --set} overrides, applied in order
 * @param steps  the {@code --steps} value, if given
 */
public record ConfigOverrides(List<FieldOverride> fields, OptionalInt steps) {
    /** Copies the list. */
    public ConfigOverrides {
        fields = List.copyOf(fields);
        Objects.requireNonNull(steps, "steps");
    }

    /** No overrides. */
    public static ConfigOverrides none() {
        return new ConfigOverrides(List.of(), OptionalInt.empty());
    }

    /**
     * The overrides as the command line gives them.
     *
     * @param assignments the {@code --set} texts ({@code "family.latentSize=64"})
     * @param steps       the {@code --steps} value, or null when not given
     * @throws ConfigException naming an assignment without {@code =}, or steps below 1
     */
    public static ConfigOverrides of(List<String> assignments, Integer steps) {
        List<FieldOverride> fields = new ArrayList<>();
        for (String assignment : assignments) {
            fields.add(FieldOverride.parse(assignment));
        }
        if (steps != null && steps < 1) {
            throw new ConfigException("--steps is " + steps + ", but it must be 1 or more.");
        }
        return new ConfigOverrides(fields, steps == null ? OptionalInt.empty() : OptionalInt.of(steps));
    }

    /** These overrides plus {@code --set assignment}. */
    public ConfigOverrides withSet(String assignment) {
        List<FieldOverride> more = new ArrayList<>(fields);
        more.add(FieldOverride.parse(assignment));
        return new ConfigOverrides(more, steps);
    }

    /** These overrides with {@code --steps n}. */
    public ConfigOverrides withSteps(int n) {
        if (n < 1) {
            throw new ConfigException("--steps is " + n + ", but it must be 1 or more.");
        }
        return new ConfigOverrides(fields, OptionalInt.of(n));
    }

    /** Whether there is nothing to apply. */
    public boolean isEmpty() {
        return fields.isEmpty() && steps.isEmpty();
    }

    /** Applies every override to the config's JSON tree, in order. */
    void applyTo(ObjectNode root, ObjectMapper parser) {
        for (FieldOverride field : fields) {
            field.applyTo(root, parser);
        }
        steps.ifPresent(n -> new FieldOverride("training.steps", Integer.toString(n)).applyTo(root, parser));
    }

    /** The last {@code --set} whose path is {@code path}, inside it or around it, for error messages; null if none. */
    FieldOverride sourceOf(String path) {
        FieldOverride found = null;
        for (FieldOverride field : fields) {
            if (path.equals(field.path()) || path.startsWith(field.path() + ".")
                    || field.path().startsWith(path + ".")) {
                found = field;
            }
        }
        return found;
    }
}
