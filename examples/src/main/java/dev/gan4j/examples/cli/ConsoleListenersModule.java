package dev.gan4j.examples.cli;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.gan4j.core.train.ConsoleProgress;
import dev.gan4j.core.train.TrainingListener;

/**
 * The command line's additions to core's training listeners: the console progress line and the
 * evaluation lines. Installed after {@link dev.gan4j.core.inject.Gan4jCoreModule}, so they run
 * after the listeners that write what they show.
 */
final class ConsoleListenersModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), TrainingListener.class).addBinding().to(ConsoleProgress.class);
    }
}
