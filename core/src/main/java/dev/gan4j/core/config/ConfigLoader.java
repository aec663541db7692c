package dev.gan4j.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedClassResolver;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gan4j.core.data.DataConfig;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.NetworkType;
import dev.gan4j.core.spi.NetworkTypes;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads run configs: JSON files polymorphic by {@code "type"} name, with each installed family's
 * config record registered under the family id, each network type's under its id, data sources
 * under theirs ({@code @JsonSubTypes} on {@link DataConfig} and any extra {@link ConfigSubtype}s).
 *
 * <p>Reading is strict: unknown fields, unknown type names, numbers where strings belong (and the
 * reverse), fractions for whole numbers and duplicate keys are all refused with a
 * {@link ConfigException} whose message names the file, the JSON path, what was expected and the
 * known names. {@code --set} overrides are applied to the JSON before it is bound, so a misspelt
 * override gets the same message as a misspelt field in the file.
 *
 * <p>A loader is immutable and thread-safe; build one at start-up from the discovered plugins.
 */
public final class ConfigLoader {
    private final ObjectMapper mapper;
    private final NetworkTypes networkTypes;
    private final CanonicalJson canonical = new CanonicalJson();
    private final ConfigErrorMessages errors = new ConfigErrorMessages(this::knownTypeIds, this::knownFields);

    /**
     * A loader for the given plugins.
     *
     * @param families       every installed family; its config class is registered under its id
     * @param networkTypes   every installed network type; its config class is registered under its id
     * @param extraSubtypes  further config records by name (data sources from plugins, say)
     * @throws IllegalStateException naming both classes when two registrations share an id, or when
     *                               one config record is registered under two ids
     */
    public ConfigLoader(Collection<? extends GanFamily> families, Collection<? extends NetworkType> networkTypes,
                        Collection<ConfigSubtype> extraSubtypes) {
        SubtypeRegistry registry = new SubtypeRegistry(families, networkTypes, extraSubtypes);
        this.networkTypes = NetworkTypes.of(networkTypes);
        this.mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .registerSubtypes(registry.namedTypes())
                .build();
    }

    /** Reads a run config file without overrides. */
    public ResolvedConfig load(Path file) {
        return load(file, ConfigOverrides.none());
    }

    /**
     * Reads a run config file, applies the overrides, binds it and resolves it.
     *
     * @throws ConfigException with a sentence naming the file, and the line or JSON path, of the problem
     */
    public ResolvedConfig load(Path file, ConfigOverrides overrides) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException("The config file " + file.toAbsolutePath()
                    + " does not exist; check the path (a relative path starts at " + Path.of("").toAbsolutePath()
                    + ").", e);
        } catch (CharacterCodingException e) {
            throw new ConfigException("The config file " + file + " is not UTF-8 text; save it as UTF-8 JSON.", e);
        } catch (IOException e) {
            throw new ConfigException("The config file " + file + " could not be read (" + e + "); check that it is"
                    + " a readable file.", e);
        }
        return parse(text, file.toString(), overrides);
    }

    /**
     * Reads a run config from JSON text.
     *
     * @param json      the config
     * @param source    what to call it in messages: the file name, or a label such as {@code "the embedded config"}
     * @param overrides changes to apply before binding
     * @throws ConfigException with a sentence naming the source, and the line or JSON path, of the problem
     */
    public ResolvedConfig parse(String json, String source, ConfigOverrides overrides) {
        ObjectNode tree = readObject(json, source);
        overrides.applyTo(tree, mapper);
        return resolve(bind(tree, source, overrides));
    }

    /**
     * Resolves a config built in Java: writes its canonical JSON, reads the config back from it
     * (so the result is exactly what a saved run would reload) and hashes it.
     *
     * @throws ConfigException when a part of the config is not registered with this loader, or the
     *                         config does not read back from its own JSON
     */
    public ResolvedConfig resolve(RunConfig config) {
        requireRegistered(config.family(), FamilyConfig.class, "family");
        requireRegistered(config.data(), DataConfig.class, "data");
        String text = canonicalText(config);
        JsonNode tree = canonical.read(text);
        RunConfig reread = bind(tree, "the resolved config", ConfigOverrides.none());
        String again = canonicalText(reread);
        if (!again.equals(text)) {
            throw new ConfigException("The run config does not read back from its own JSON: it was written as "
                    + text + " but reads back as " + again + ". A config record probably has an accessor that is"
                    + " not one of its fields (mark it @JsonIgnore) or a default that changes a given value.");
        }
        return new ResolvedConfig(reread, tree.path("family").path("type").asText(), text,
                CanonicalJson.sha256(text), canonical.pretty(tree), networkTypes);
    }

    /**
     * The {@code "type"} names registered below a polymorphic config type, sorted:
     * {@code knownTypeIds(FamilyConfig.class)} lists the installed families.
     */
    public SortedSet<String> knownTypeIds(Class<?> baseType) {
        return registered(baseType).stream().map(NamedType::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private SortedSet<String> knownFields(JavaType type) {
        return mapper.getDeserializationConfig().introspect(type).findProperties().stream()
                .filter(property -> property.hasConstructorParameter() || property.hasSetter() || property.hasField())
                .map(BeanPropertyDefinition::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private List<NamedType> registered(Class<?> baseType) {
        DeserializationConfig config = mapper.getDeserializationConfig();
        AnnotatedClass annotated = AnnotatedClassResolver.resolveWithoutSuperTypes(config, baseType);
        return mapper.getSubtypeResolver().collectAndResolveSubtypesByTypeId(config, annotated).stream()
                .filter(type -> type.hasName() && type.getType() != baseType)
                .collect(Collectors.toList());
    }

    private void requireRegistered(Object part, Class<?> baseType, String field) {
        List<NamedType> known = registered(baseType);
        if (known.stream().noneMatch(type -> type.getType() == part.getClass())) {
            throw new ConfigException("The run config's \"" + field + "\" is a " + part.getClass().getName()
                    + ", which this ConfigLoader does not know; the registered ones are "
                    + known.stream().map(type -> type.getName() + " (" + type.getType().getSimpleName() + ")")
                            .sorted().collect(Collectors.joining(", "))
                    + ". Put the plugin that provides it on the classpath, or pass it to the ConfigLoader.");
        }
    }

    private String canonicalText(RunConfig config) {
        JsonNode tree;
        try {
            tree = mapper.valueToTree(config);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("The run config could not be written as JSON: " + e.getMessage()
                    + "; every config record must be writable by Jackson.", e);
        }
        // Written, read and written again: numbers then have the form a reader of the text gets.
        return canonical.compact(canonical.read(canonical.compact(tree)));
    }

    private ObjectNode readObject(String json, String source) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ConfigException(source + " is not valid JSON" + where + ": " + e.getOriginalMessage()
                    + ". Fix the JSON there; a missing comma, quote or brace is the usual cause.", e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ConfigException(source + " is empty; a run config is one JSON object with \"family\", \"data\""
                    + " and \"training\".");
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new ConfigException(source + " holds " + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                    + " JSON, but a run config is one JSON object with \"family\", \"data\" and \"training\".");
        }
        return object;
    }

    private RunConfig bind(JsonNode tree, String source, ConfigOverrides overrides) {
        try {
            return mapper.treeToValue(tree, RunConfig.class);
        } catch (JsonMappingException e) {
            throw errors.describe(e, tree, source, overrides);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ConfigException(source + " could not be read as a run config: " + e.getMessage(), e);
        }
    }
}
