package dev.gan4j.core.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Unpaired data for translation between domains, each domain any other data config, shuffled and
 * batched on its own (never paired by index):
 *
 * <pre>{@code {"type": "unpaired", "domains": {
 *     "A": {"type": "fashion-mnist", "part": "first"},
 *     "B": {"type": "fashion-mnist", "part": "second", "transform": "invert"}}}}</pre>
 *
 * or a folder in the layout of the CycleGAN datasets ({@code trainA/}, {@code trainB/},
 * {@code testA/}, {@code testB/}), whose domains are A and B:
 *
 * <pre>{@code {"type": "unpaired", "folder": "horse2zebra", "split": "train", "size": 64, "channels": 3}}</pre>
 *
 * Every domain must have samples of one shape; {@code size} and {@code channels} bring image
 * domains of different sizes or channel counts to one.
 *
 * @param domains  the domains by name, in order (two or more); or absent with {@code folder}
 * @param folder   a folder holding {@code <split>A/} and {@code <split>B/} (instead of {@code domains})
 * @param split    with {@code folder}: {@code "train"} (the default) or {@code "test"}
 * @param size     the side every domain's images are resized to; absent keeps their own size
 * @param channels 1 or 3: the channels every domain's images are converted to; absent keeps theirs
 */
public record UnpairedDataConfig(@JsonInclude(JsonInclude.Include.NON_NULL) Map<String, DataConfig> domains,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) String folder,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) String split,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Integer size,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Integer channels) implements DataConfig {
    /** The type name in a run config. */
    public static final String TYPE = "unpaired";

    /** Checks the fields, naming them; copies the domains in order. */
    public UnpairedDataConfig {
        if (domains != null && folder != null) {
            throw new IllegalArgumentException("data has both \"domains\" and \"folder\"; give the domains one by one, "
                    + "or a folder with trainA/ and trainB/, not both.");
        }
        if (domains == null && folder == null) {
            throw new IllegalArgumentException("data of type \"unpaired\" needs \"domains\" (two or more data configs "
                    + "by name, such as {\"A\": {...}, \"B\": {...}}) or \"folder\" (a folder with trainA/ and trainB/).");
        }
        if (domains != null) {
            if (domains.size() < 2) {
                throw new IllegalArgumentException("data.domains names " + domains.size() + " domain"
                        + (domains.size() == 1 ? " " + domains.keySet() : "s") + ", but a translation needs two: "
                        + "add a second, such as {\"A\": {...}, \"B\": {...}}.");
            }
            for (Map.Entry<String, DataConfig> e : domains.entrySet()) {
                if (e.getKey().isBlank() || !e.getKey().matches("[A-Za-z0-9_-]+")) {
                    throw new IllegalArgumentException("data.domains has a domain named \"" + e.getKey() + "\"; name "
                            + "domains with letters, digits, '_' and '-' only, such as A and B.");
                }
                if (e.getValue() == null) {
                    throw new IllegalArgumentException("data.domains." + e.getKey() + " is null; give a data config, "
                            + "such as {\"type\": \"fashion-mnist\"}.");
                }
                if (e.getValue() instanceof UnpairedDataConfig) {
                    throw new IllegalArgumentException("data.domains." + e.getKey() + " is itself unpaired data; each "
                            + "domain must be one dataset (fashion-mnist, idx, image-folder, ...).");
                }
            }
            domains = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(domains));
        }
        if (split != null && folder == null) {
            throw new IllegalArgumentException("data.split is set, but it only chooses trainA/trainB or testA/testB "
                    + "of a \"folder\"; set the split inside each domain instead.");
        }
        if (folder != null) {
            split = split == null ? "train" : split;
            if (!split.equals("train") && !split.equals("test")) {
                throw new IllegalArgumentException("data.split is \"" + split + "\", but it must be \"train\" "
                        + "(trainA/, trainB/) or \"test\" (testA/, testB/).");
            }
        }
        if (size != null && (size < 1 || size > ImageFolderDataConfig.MAX_SIZE)) {
            throw new IllegalArgumentException("data.size is " + size + ", but it must be from 1 to "
                    + ImageFolderDataConfig.MAX_SIZE + ": the side in pixels every domain's images are resized to.");
        }
        if (channels != null && channels != 1 && channels != 3) {
            throw new IllegalArgumentException("data.channels is " + channels + ", but it must be 1 (grey) or 3 (RGB).");
        }
    }

    /** Domains A and B from two data configs, kept at their own shapes. */
    public static UnpairedDataConfig of(DataConfig a, DataConfig b) {
        Map<String, DataConfig> domains = new LinkedHashMap<>();
        domains.put("A", a);
        domains.put("B", b);
        return new UnpairedDataConfig(domains, null, null, null, null);
    }

    /** The data config of each domain, by name: the given ones, or A and B of the folder's split. */
    public Map<String, DataConfig> domainConfigs() {
        if (domains != null) {
            return domains;
        }
        Map<String, DataConfig> fromFolder = new LinkedHashMap<>();
        for (String name : new String[] {"A", "B"}) {
            String path = java.nio.file.Path.of(folder).resolve(split + name).toString();
            fromFolder.put(name, new ImageFolderDataConfig(path, size, channels == null ? 3 : channels, false));
        }
        return fromFolder;
    }

    /**
     * Opens every domain, brings them to {@code size} and {@code channels} when given, and checks
     * that all have samples of one shape.
     */
    @Override
    public Dataset open(DataContext context) throws IOException {
        Map<String, Dataset> opened = new LinkedHashMap<>();
        for (Map.Entry<String, DataConfig> e : domainConfigs().entrySet()) {
            Dataset data;
            try {
                data = e.getValue().open(context);
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException("Domain " + e.getKey() + ": " + bad.getMessage(), bad);
            }
            opened.put(e.getKey(), DomainImages.reshape(e.getKey(), data, size, channels));
        }
        String firstName = opened.keySet().iterator().next();
        int[] first = opened.get(firstName).spec().sampleShape();
        for (Map.Entry<String, Dataset> e : opened.entrySet()) {
            int[] shape = e.getValue().spec().sampleShape();
            if (!Arrays.equals(shape, first)) {
                throw new IllegalArgumentException("Domain " + firstName + " has samples of shape "
                        + Arrays.toString(first) + " but domain " + e.getKey() + " has " + Arrays.toString(shape)
                        + "; every domain must have one shape: set data.channels (1 or 3) and data.size (the side in "
                        + "pixels) to convert and resize the images of all domains.");
            }
        }
        return new UnpairedDataset(opened);
    }
}
