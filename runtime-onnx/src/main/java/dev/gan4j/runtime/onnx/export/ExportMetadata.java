package dev.gan4j.runtime.onnx.export;

import dev.gan4j.core.provenance.RunProvenance;
import java.util.Optional;

/**
 * What an exported model records about where it came from, beyond its inputs and output: the
 * run's provenance and its resolved config. Both are optional, so a network built in code (a test,
 * an embedding application) can be exported without a run.
 */
public final class ExportMetadata {
    private static final ExportMetadata NONE = new ExportMetadata(null, null);

    private final RunProvenance provenance;
    private final String config;

    private ExportMetadata(RunProvenance provenance, String config) {
        this.provenance = provenance;
        this.config = config;
    }

    /** No provenance and no config: a reader warns that the model's origin is unknown. */
    public static ExportMetadata none() {
        return NONE;
    }

    /**
     * The provenance of a run and its resolved config.
     *
     * @param provenance the run's provenance at the step exported
     * @param config     the resolved config JSON as the run directory holds it (indented), or the canonical JSON
     */
    public static ExportMetadata of(RunProvenance provenance, String config) {
        if (provenance == null || config == null || config.isBlank()) {
            throw new IllegalArgumentException("Export metadata of a run needs its provenance and its config JSON;"
                    + " use ExportMetadata.none() for a network that no run produced.");
        }
        return new ExportMetadata(provenance, config);
    }

    /** The provenance, when the model comes from a run. */
    public Optional<RunProvenance> provenance() {
        return Optional.ofNullable(provenance);
    }

    /** The resolved config JSON, when the model comes from a run. */
    public Optional<String> config() {
        return Optional.ofNullable(config);
    }
}
