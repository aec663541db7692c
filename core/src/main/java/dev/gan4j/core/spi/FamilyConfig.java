package dev.gan4j.core.spi;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The config of one family: an immutable record, read from a run config's {@code "family"}
 * object whose {@code "type"} is the family id. Each family registers its record under its id.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public interface FamilyConfig {
}
