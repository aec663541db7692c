package dev.gan4j.examples.cli;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * Lets picocli create commands through Guice, so commands get their dependencies injected. A class
 * with an {@code @Inject} constructor comes from the injector, and a failure to wire it is an error
 * that names the class and Guice's reason; everything else (mixins, argument groups, picocli's own
 * classes) picocli creates itself.
 */
final class GuiceCommandFactory implements CommandLine.IFactory {
    private final Injector injector;

    GuiceCommandFactory(Injector injector) {
        this.injector = injector;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (!injected(type)) {
            return CommandLine.defaultFactory().create(type);
        }
        try {
            return injector.getInstance(type);
        } catch (ConfigurationException | ProvisionException e) {
            throw new IllegalStateException("gan4j could not wire " + type.getName() + ": "
                    + e.getMessage().strip().replaceAll("\\s+", " ") + " A plugin on the class path may be missing or"
                    + " broken; `gan4j families` lists what was found.", e);
        }
    }

    private static boolean injected(Class<?> type) {
        return Arrays.stream(type.getDeclaredConstructors()).anyMatch(GuiceCommandFactory::annotatedInject);
    }

    private static boolean annotatedInject(Constructor<?> constructor) {
        return constructor.isAnnotationPresent(jakarta.inject.Inject.class)
                || constructor.isAnnotationPresent(com.google.inject.Inject.class);
    }
}
