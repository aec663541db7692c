package dev.gan4j.core.provenance;

import com.oracle.labs.mlrg.olcut.provenance.MapProvenance;
import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import com.oracle.labs.mlrg.olcut.provenance.primitives.HashProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.LongProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import com.oracle.labs.mlrg.olcut.util.Pair;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.DataFileDigest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a trained model came from: its family, its resolved config (canonical JSON and SHA-256),
 * the seed, the step it was saved at, the dataset and the SHA-256 of each data file it read (as
 * tribuo's IDX data source records them), and the software it ran on. An immutable OLCUT
 * {@link ObjectProvenance}, as tribuo's {@code ModelProvenance} is, so OLCUT's marshalling and
 * printing work on it; {@link RunProvenanceJson} turns it into plain JSON for checkpoints and ONNX
 * metadata, which a reader without gan4j's classes understands.
 *
 * <p>It records no wall-clock time, so two runs of the same config and seed have equal provenance.
 */
public final class RunProvenance implements ObjectProvenance {
    private static final long serialVersionUID = 1L;

    /** Key of the family id. */
    public static final String FAMILY = "family";
    /** Key of the canonical config JSON (a string here; a nested object in the plain JSON form). */
    public static final String CONFIG = "config";
    /** Key of the config's SHA-256. */
    public static final String CONFIG_SHA256 = "config-sha256";
    /** Key of the root seed. */
    public static final String SEED = "seed";
    /** Key of the training step. */
    public static final String STEP = "step";
    /** Key of the dataset description. */
    public static final String DATASET = "dataset";
    /** Key of the data files read, each file's name to its SHA-256; absent in provenance written before it. */
    public static final String DATA_FILES = "data-files";
    /** Key of the gan4j version. */
    public static final String GAN4J_VERSION = "gan4j-version";
    /** Key of the Java version. */
    public static final String JAVA_VERSION = "java-version";
    /** Key of the Java vendor. */
    public static final String JAVA_VENDOR = "java-vendor";
    /** Key of the operating system's name. */
    public static final String OS_NAME = "os-name";
    /** Key of the CPU architecture. */
    public static final String OS_ARCH = "os-arch";
    /** Key of the ONNX Runtime version. */
    public static final String ONNXRUNTIME_VERSION = "onnxruntime-version";

    private final String family;
    private final String configJson;
    private final String configSha256;
    private final long seed;
    private final long step;
    private final String dataset;
    private final List<DataFileDigest> dataFiles;
    private final SoftwareVersions versions;

    /**
     * A provenance from its parts.
     *
     * @param family       the family id
     * @param configJson   the canonical config JSON ({@link ResolvedConfig#canonicalJson()})
     * @param configSha256 its SHA-256 ({@link ResolvedConfig#sha256()})
     * @param seed         the root seed
     * @param step         the number of training iterations done
     * @param dataset      the dataset's one-line description
     * @param versions     the software the run ran on
     */
    public RunProvenance(String family, String configJson, String configSha256, long seed, long step, String dataset,
                         SoftwareVersions versions) {
        this(family, configJson, configSha256, seed, step, dataset, List.of(), versions);
    }

    /**
     * A provenance from its parts, with the data files the run read.
     *
     * @param dataFiles the SHA-256 of each data file read (kept sorted by file name)
     */
    public RunProvenance(String family, String configJson, String configSha256, long seed, long step, String dataset,
                         List<DataFileDigest> dataFiles, SoftwareVersions versions) {
        // sorted by file name, so the provenance does not depend on the order files were read or listed in
        this.dataFiles = dataFiles.stream().sorted(java.util.Comparator.comparing(DataFileDigest::file)).toList();
        this.family = Objects.requireNonNull(family, "family");
        this.configJson = Objects.requireNonNull(configJson, "configJson");
        this.configSha256 = Objects.requireNonNull(configSha256, "configSha256");
        this.seed = seed;
        this.step = step;
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.versions = Objects.requireNonNull(versions, "versions");
        if (step < 0) {
            throw new IllegalArgumentException("A provenance's step is " + step + ", but steps count up from 0.");
        }
    }

    /**
     * OLCUT's unmarshalling constructor: reads the fields from the provenance map.
     *
     * @throws com.oracle.labs.mlrg.olcut.provenance.ProvenanceException naming a missing or mistyped field
     */
    public RunProvenance(Map<String, Provenance> map) {
        this(string(map, FAMILY), string(map, CONFIG),
                ObjectProvenance.checkAndExtractProvenance(map, CONFIG_SHA256, HashProvenance.class, "RunProvenance")
                        .getValue(),
                ObjectProvenance.checkAndExtractProvenance(map, SEED, LongProvenance.class, "RunProvenance").getValue(),
                ObjectProvenance.checkAndExtractProvenance(map, STEP, LongProvenance.class, "RunProvenance").getValue(),
                string(map, DATASET), dataFiles(map),
                new SoftwareVersions(string(map, GAN4J_VERSION), string(map, JAVA_VERSION), string(map, JAVA_VENDOR),
                        string(map, OS_NAME), string(map, OS_ARCH), string(map, ONNXRUNTIME_VERSION)));
    }

    /**
     * The provenance of a run at a step, on this JVM.
     *
     * @param config  the run's resolved config (family id, canonical JSON, hash, seed)
     * @param dataset the dataset's one-line description
     * @param step    the number of training iterations done
     */
    public static RunProvenance of(ResolvedConfig config, String dataset, long step) {
        return of(config, dataset, List.of(), step);
    }

    /**
     * The provenance of a run at a step, on this JVM, with the data files it read.
     *
     * @param dataFiles the SHA-256 of each data file read ({@code Dataset.files()})
     */
    public static RunProvenance of(ResolvedConfig config, String dataset, List<DataFileDigest> dataFiles, long step) {
        return new RunProvenance(config.familyId(), config.canonicalJson(), config.sha256(),
                config.config().training().seed(), step, dataset, dataFiles, SoftwareVersions.current());
    }

    /** The same provenance at another step. */
    public RunProvenance atStep(long newStep) {
        return new RunProvenance(family, configJson, configSha256, seed, newStep, dataset, dataFiles, versions);
    }

    /** The plain JSON form ({@link RunProvenanceJson#toMap}): strings, numbers and the config as a nested map. */
    public Map<String, Object> toJsonMap() {
        return new RunProvenanceJson().toMap(this);
    }

    /**
     * Reads the plain JSON form back ({@link RunProvenanceJson#fromMap}).
     *
     * @throws IllegalArgumentException naming a missing or mistyped key, or a config that does not match its hash
     */
    public static RunProvenance fromJsonMap(Map<String, ?> map) {
        return new RunProvenanceJson().fromMap(map);
    }

    /** The family id. */
    public String family() {
        return family;
    }

    /** The canonical config JSON. */
    public String configJson() {
        return configJson;
    }

    /** The SHA-256 of the canonical config JSON, lower-case hex. */
    public String configSha256() {
        return configSha256;
    }

    /** The root seed. */
    public long seed() {
        return seed;
    }

    /** The number of training iterations done. */
    public long step() {
        return step;
    }

    /** The dataset's one-line description. */
    public String dataset() {
        return dataset;
    }

    /** The SHA-256 of each data file the run read, sorted by file name; empty for data made in memory. */
    public List<DataFileDigest> dataFiles() {
        return dataFiles;
    }

    /** The software the run ran on. */
    public SoftwareVersions versions() {
        return versions;
    }

    @Override
    public String getClassName() {
        return RunProvenance.class.getName();
    }

    @Override
    public Iterator<Pair<String, Provenance>> iterator() {
        List<Pair<String, Provenance>> entries = new ArrayList<>();
        entries.add(entry(new StringProvenance(CLASS_NAME, getClassName())));
        entries.add(entry(new StringProvenance(FAMILY, family)));
        entries.add(entry(new StringProvenance(CONFIG, configJson)));
        entries.add(new Pair<>(CONFIG_SHA256, new HashProvenance(ProvenanceUtil.HashType.SHA256, CONFIG_SHA256,
                configSha256)));
        entries.add(entry(new LongProvenance(SEED, seed)));
        entries.add(entry(new LongProvenance(STEP, step)));
        entries.add(entry(new StringProvenance(DATASET, dataset)));
        Map<String, HashProvenance> hashes = new LinkedHashMap<>();
        dataFiles.forEach(f -> hashes.put(f.file(), new HashProvenance(ProvenanceUtil.HashType.SHA256, f.file(),
                f.sha256())));
        entries.add(new Pair<>(DATA_FILES, new MapProvenance<>(hashes)));
        entries.add(entry(new StringProvenance(GAN4J_VERSION, versions.gan4j())));
        entries.add(entry(new StringProvenance(JAVA_VERSION, versions.javaVersion())));
        entries.add(entry(new StringProvenance(JAVA_VENDOR, versions.javaVendor())));
        entries.add(entry(new StringProvenance(OS_NAME, versions.osName())));
        entries.add(entry(new StringProvenance(OS_ARCH, versions.osArch())));
        entries.add(entry(new StringProvenance(ONNXRUNTIME_VERSION, versions.onnxRuntime())));
        return entries.iterator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunProvenance other && family.equals(other.family) && configJson.equals(other.configJson)
                && configSha256.equals(other.configSha256) && seed == other.seed && step == other.step
                && dataset.equals(other.dataset) && dataFiles.equals(other.dataFiles)
                && versions.equals(other.versions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(family, configSha256, seed, step, dataset, dataFiles, versions);
    }

    @Override
    public String toString() {
        return generateString("RunProvenance");
    }

    private static Pair<String, Provenance> entry(StringProvenance value) {
        return new Pair<>(value.getKey(), value);
    }

    private static Pair<String, Provenance> entry(LongProvenance value) {
        return new Pair<>(value.getKey(), value);
    }

    /** The data files of an unmarshalled map; none when the map predates them. */
    private static List<DataFileDigest> dataFiles(Map<String, Provenance> map) {
        Provenance files = map.get(DATA_FILES);
        if (files == null) {
            return List.of();
        }
        if (!(files instanceof MapProvenance<?> hashes)) {
            throw new com.oracle.labs.mlrg.olcut.provenance.ProvenanceException("The RunProvenance's \"" + DATA_FILES
                    + "\" is a " + files.getClass().getSimpleName() + ", but it must map file names to SHA-256s.");
        }
        List<DataFileDigest> digests = new ArrayList<>();
        hashes.getMap().forEach((file, hash) -> {
            if (!(hash instanceof HashProvenance sha256)) {
                throw new com.oracle.labs.mlrg.olcut.provenance.ProvenanceException("The RunProvenance's \""
                        + DATA_FILES + "\" gives " + file + " a " + hash.getClass().getSimpleName()
                        + ", but it must be a SHA-256 hash.");
            }
            digests.add(new DataFileDigest(file, sha256.getValue()));
        });
        return digests;
    }

    private static String string(Map<String, Provenance> map, String key) {
        return ObjectProvenance.checkAndExtractProvenance(map, key, StringProvenance.class, "RunProvenance").getValue();
    }
}
