package dev.gan4j.core.fakes;

import dev.gan4j.core.spi.AssembledSystem;
import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.Generator;
import java.util.List;

/** A system of one untrained generator and no phases: enough to build and sample, nothing to train. */
final class FakeSystem {
    private FakeSystem() {
    }

    /** The generator as the only network; a test system ships nothing. */
    static GanSystem of(Generator generator, BuildContext context) {
        return AssembledSystem.builder(context.data()).setSampledGenerator("generator", generator)
                .optExportableParts(List.of()).build();
    }
}
