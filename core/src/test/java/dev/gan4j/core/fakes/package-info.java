/**
 * Small plugins for the config, provenance and discovery tests: two families, a network type and
 * a data source, each with its config record. They are not registered in any
 * {@code META-INF/services} file, so nothing that loads core's test-jar discovers them.
 */
package dev.gan4j.core.fakes;
