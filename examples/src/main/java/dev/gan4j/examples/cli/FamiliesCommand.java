package dev.gan4j.examples.cli;

import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.NetworkType;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gan4j families}: the installed GAN families and network types. */
@Command(name = "families", mixinStandardHelpOptions = true, description = "List installed families and network types.")
public final class FamiliesCommand implements Callable<Integer> {
    private final Map<String, GanFamily> families;
    private final Map<String, NetworkType> networkTypes;

    @Spec
    private CommandSpec spec;

    @Inject
    FamiliesCommand(Map<String, GanFamily> families, Map<String, NetworkType> networkTypes) {
        this.families = families;
        this.networkTypes = networkTypes;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Families:");
        families.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(f ->
                out.printf("  %-14s %s  (%s)%n", f.id(), f.description(), f.getClass().getName()));
        out.println("Network types:");
        networkTypes.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(t ->
                out.printf("  %-14s (%s)%n", t.id(), t.getClass().getName()));
        return 0;
    }
}
