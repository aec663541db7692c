package dev.gan4j.core.provenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gan4j.core.config.CanonicalJson;
import dev.gan4j.core.data.DataFileDigest;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain JSON form of a {@link RunProvenance}: one object whose keys are the provenance's keys,
 * with the config as a nested JSON object (not a string), so a reader without gan4j's classes (a
 * Python script reading a checkpoint or an ONNX model's metadata) understands it.
 *
 * <pre>{@code
 * {"class-name": "dev.gan4j.core.provenance.RunProvenance", "family": "dcgan",
 *  "config": {"data": {...}, "family": {...}, "training": {...}}, "config-sha256": "9f2c...",
 *  "seed": 1, "step": 3000, "dataset": "fashion-mnist: ...",
 *  "data-files": {"train-images-idx3-ubyte.gz": "3aede3...", "train-labels-idx1-ubyte.gz": "a04f17..."},
 *  "gan4j-version": "0.1.0",
 *  "java-version": "17.0.12", "java-vendor": "...", "os-name": "Linux", "os-arch": "amd64",
 *  "onnxruntime-version": "absent"}
 * }</pre>
 *
 * <p>Reading it back recomputes the canonical config text and checks it against the recorded hash.
 */
public final class RunProvenanceJson {
    private final CanonicalJson canonical = new CanonicalJson();
    private final ObjectMapper mapper = new ObjectMapper();

    /** The plain map, keys in the provenance's order; the config is a map with sorted keys. */
    public Map<String, Object> toMap(RunProvenance provenance) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(RunProvenance.CLASS_NAME, provenance.getClassName());
        map.put(RunProvenance.FAMILY, provenance.family());
        map.put(RunProvenance.CONFIG, canonical.plain(canonical.read(provenance.configJson())));
        map.put(RunProvenance.CONFIG_SHA256, provenance.configSha256());
        map.put(RunProvenance.SEED, provenance.seed());
        map.put(RunProvenance.STEP, provenance.step());
        map.put(RunProvenance.DATASET, provenance.dataset());
        Map<String, String> files = new LinkedHashMap<>();
        provenance.dataFiles().forEach(f -> files.put(f.file(), f.sha256()));
        map.put(RunProvenance.DATA_FILES, files);
        SoftwareVersions versions = provenance.versions();
        map.put(RunProvenance.GAN4J_VERSION, versions.gan4j());
        map.put(RunProvenance.JAVA_VERSION, versions.javaVersion());
        map.put(RunProvenance.JAVA_VENDOR, versions.javaVendor());
        map.put(RunProvenance.OS_NAME, versions.osName());
        map.put(RunProvenance.OS_ARCH, versions.osArch());
        map.put(RunProvenance.ONNXRUNTIME_VERSION, versions.onnxRuntime());
        return map;
    }

    /**
     * Reads the plain map back.
     *
     * @throws IllegalArgumentException naming the key that is missing or of the wrong kind, or saying
     *                                  that the config does not match its recorded SHA-256
     */
    public RunProvenance fromMap(Map<String, ?> map) {
        Object config = require(map, RunProvenance.CONFIG);
        if (!(config instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("The provenance's \"config\" is " + describe(config)
                    + ", but it must be a JSON object (the run config).");
        }
        String configJson = canonical.compact(canonical.tree(config));
        String recorded = text(map, RunProvenance.CONFIG_SHA256);
        String computed = CanonicalJson.sha256(configJson);
        if (!computed.equals(recorded)) {
            throw new IllegalArgumentException("The provenance's config does not match its config-sha256: it records "
                    + recorded + " but the config hashes to " + computed + "; the config or its hash was changed"
                    + " after it was written.");
        }
        SoftwareVersions versions = new SoftwareVersions(text(map, RunProvenance.GAN4J_VERSION),
                text(map, RunProvenance.JAVA_VERSION), text(map, RunProvenance.JAVA_VENDOR),
                text(map, RunProvenance.OS_NAME), text(map, RunProvenance.OS_ARCH),
                text(map, RunProvenance.ONNXRUNTIME_VERSION));
        return new RunProvenance(text(map, RunProvenance.FAMILY), configJson, recorded,
                wholeNumber(map, RunProvenance.SEED), wholeNumber(map, RunProvenance.STEP),
                text(map, RunProvenance.DATASET), dataFiles(map), versions);
    }

    /** The data files, or none for provenance written before they were recorded. */
    private static List<DataFileDigest> dataFiles(Map<String, ?> map) {
        Object value = map.get(RunProvenance.DATA_FILES);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Map<?, ?> files)) {
            throw new IllegalArgumentException("The provenance's \"" + RunProvenance.DATA_FILES + "\" is "
                    + describe(value) + ", but it must be a JSON object of file names to SHA-256s.");
        }
        List<DataFileDigest> digests = new ArrayList<>();
        for (Map.Entry<?, ?> e : files.entrySet()) {
            if (!(e.getValue() instanceof String sha256)) {
                throw new IllegalArgumentException("The provenance's \"" + RunProvenance.DATA_FILES + "\" gives "
                        + e.getKey() + " the hash " + describe(e.getValue()) + ", but it must be a SHA-256 string.");
            }
            digests.add(new DataFileDigest(String.valueOf(e.getKey()), sha256));
        }
        return digests;
    }

    /** The plain form as compact JSON text (for an ONNX model's metadata value). */
    public String toJson(RunProvenance provenance) {
        try {
            return mapper.writeValueAsString(toMap(provenance));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("A provenance map of strings and numbers could not be written as JSON.", e);
        }
    }

    /**
     * Reads the JSON text written by {@link #toJson}.
     *
     * @throws IllegalArgumentException when the text is not a JSON object or {@link #fromMap} refuses it
     */
    public RunProvenance fromJson(String json) {
        Map<String, Object> map;
        try {
            map = mapper.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The provenance is not a JSON object: " + e.getOriginalMessage() + ".", e);
        }
        if (map == null) {
            throw new IllegalArgumentException("The provenance is JSON null, but it must be a JSON object.");
        }
        return fromMap(map);
    }

    private static Object require(Map<String, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException("The provenance has no \"" + key + "\"; it was not written by gan4j,"
                    + " or it was damaged.");
        }
        return value;
    }

    private static String text(Map<String, ?> map, String key) {
        Object value = require(map, key);
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("The provenance's \"" + key + "\" is " + describe(value)
                    + ", but it must be a string.");
        }
        return text;
    }

    private static long wholeNumber(Map<String, ?> map, String key) {
        Object value = require(map, key);
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        throw new IllegalArgumentException("The provenance's \"" + key + "\" is " + describe(value)
                + ", but it must be a whole number.");
    }

    private static String describe(Object value) {
        return value instanceof String ? "\"" + value + "\" (a string)"
                : value + " (a " + value.getClass().getSimpleName() + ")";
    }
}
