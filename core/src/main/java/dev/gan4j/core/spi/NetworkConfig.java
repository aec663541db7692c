package dev.gan4j.core.spi;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The architecture of a network in a role, read from config by its {@code "type"} ({@code "mlp"},
 * {@code "dcgan"}, ...). The same config builds a generator, a discriminator or an encoder of
 * that style; {@link NetworkType} does the building.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public interface NetworkConfig {
}
