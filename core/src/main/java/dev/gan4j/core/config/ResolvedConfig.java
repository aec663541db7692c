package dev.gan4j.core.config;

import dev.gan4j.core.spi.NetworkTypes;
import java.util.Objects;

/**
 * A run config after overrides and defaults, with the canonical JSON that identifies it.
 *
 * <p>The canonical JSON has every default written out, object keys sorted at every level, no
 * whitespace, and numbers as Java writes them, so two files that differ only in key order,
 * spacing or the spelling of a number ({@code 2e-4} and {@code 0.0002}) give the same text and the
 * same SHA-256. {@link #config()} is read back from that text, so a run started from a file and a
 * run resumed from its saved {@link #prettyJson()} see the same values.
 *
 * @param config        the run config, bound from the canonical JSON
 * @param familyId      the family's {@code "type"}
 * @param canonicalJson the canonical JSON (compact)
 * @param sha256        the SHA-256 of the canonical JSON's UTF-8 bytes, lower-case hex
 * @param prettyJson    the same JSON indented for people, with {@code \n} line ends and a final newline;
 *                      this is what a run directory's {@code config.json} holds
 * @param networkTypes  the installed network types the config's networks were read against: the
 *                      ones discovered at start-up, which build those networks
 */
public record ResolvedConfig(RunConfig config, String familyId, String canonicalJson, String sha256,
                             String prettyJson, NetworkTypes networkTypes) {
    /** Checks every part is there. */
    public ResolvedConfig {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(canonicalJson, "canonicalJson");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(prettyJson, "prettyJson");
        Objects.requireNonNull(networkTypes, "networkTypes");
    }
}
