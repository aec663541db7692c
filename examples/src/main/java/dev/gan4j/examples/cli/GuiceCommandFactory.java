package dev.gan4j.examples.cli;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import picocli.CommandLine;

/** Lets picocli create commands through Guice, so commands get their dependencies injected. */
final class GuiceCommandFactory implements CommandLine.IFactory {
    private final Injector injector;

    GuiceCommandFactory(Injector injector) {
        this.injector = injector;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type.getName().startsWith("dev.gan4j.")) {
            try {
                return injector.getInstance(type);
            } catch (ConfigurationException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
        return CommandLine.defaultFactory().create(type);
    }
}
