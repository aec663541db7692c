package dev.gan4j.core.config;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.NetworkType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code "type"} names a loader registers, checked so that each name selects one record and
 * each record is written back under one name: two families with the same id, or one config record
 * shared by two ids (which would make the saved config name the wrong family), are refused.
 */
final class SubtypeRegistry {
    private final List<NamedType> types = new ArrayList<>();
    private final Map<String, String> owners = new HashMap<>();
    private final Map<Class<?>, String> namesByClass = new HashMap<>();

    /** Registers each family's config under its id, each network type's config under its id, then the extras. */
    SubtypeRegistry(Collection<? extends GanFamily> families, Collection<? extends NetworkType> networkTypes,
                    Collection<ConfigSubtype> extras) {
        for (GanFamily family : families) {
            add(family.id(), family.configClass(), "family " + family.getClass().getName());
        }
        for (NetworkType networkType : networkTypes) {
            add(networkType.id(), networkType.configClass(), "network type " + networkType.getClass().getName());
        }
        for (ConfigSubtype extra : extras) {
            add(extra.name(), extra.type(), "config subtype " + extra.type().getName());
        }
    }

    /** The registrations, for {@code ObjectMapper.registerSubtypes}. */
    NamedType[] namedTypes() {
        return types.toArray(NamedType[]::new);
    }

    private void add(String name, Class<?> type, String owner) {
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("The " + owner + " has a blank id; give it a short lower-case id.");
        }
        if (type == null) {
            throw new IllegalStateException("The " + owner + " (id \"" + name + "\") returns no config class;"
                    + " return its config record's class.");
        }
        Class<?> base = polymorphicBase(type);
        if (base == null) {
            throw new IllegalStateException("The " + owner + " registers " + type.getName() + " as \"" + name
                    + "\", but that class implements no config interface with a \"type\" (FamilyConfig,"
                    + " NetworkConfig, DataConfig); implement the right one.");
        }
        String key = base.getName() + "/" + name;
        String previous = owners.putIfAbsent(key, owner);
        if (previous != null) {
            throw new IllegalStateException("Two plugins register the " + base.getSimpleName() + " id \"" + name
                    + "\": the " + previous + " and the " + owner + "; remove one of the jars from the classpath"
                    + " or give one a different id.");
        }
        String otherName = namesByClass.putIfAbsent(type, name);
        if (otherName != null && !otherName.equals(name)) {
            throw new IllegalStateException("The config record " + type.getName() + " is registered both as \""
                    + otherName + "\" and as \"" + name + "\" (by the " + owner + "), so a saved config could not"
                    + " say which one it was; give each id its own config record.");
        }
        types.add(new NamedType(type, name));
    }

    /** The nearest class or interface above {@code type} that carries {@link JsonTypeInfo}; null if none. */
    static Class<?> polymorphicBase(Class<?> type) {
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(type);
        while (!pending.isEmpty()) {
            Class<?> next = pending.poll();
            if (next != type && next.isAnnotationPresent(JsonTypeInfo.class)) {
                return next;
            }
            if (next.getSuperclass() != null) {
                pending.add(next.getSuperclass());
            }
            pending.addAll(Arrays.asList(next.getInterfaces()));
        }
        return null;
    }
}
