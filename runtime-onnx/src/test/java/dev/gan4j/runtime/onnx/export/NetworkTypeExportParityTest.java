package dev.gan4j.runtime.onnx.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.network.ResnetNetworkConfig;
import dev.gan4j.core.network.ResnetNetworkType;
import dev.gan4j.core.network.UnetNetworkConfig;
import dev.gan4j.core.network.UnetNetworkType;
import dev.gan4j.core.nn.AxisMixing;
import dev.gan4j.core.nn.Init;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.SymmetryMixing;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.Discriminator;
import dev.gan4j.core.spi.NetworkConfig;
import dev.gan4j.core.spi.NetworkType;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.runtime.onnx.inference.ParityReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@link NetworkType} that {@link ServiceLoader} finds, with its default config: its
 * generator, discriminator, encoder and (for translation types) translator export and match the JVM
 * within 1e-4 at batch 1, 3 and 17, for image data and for vector data (where the type builds that
 * role for that data; each type must build at least one). A network type added to the class path is checked without a line here.
 */
class NetworkTypeExportParityTest {
    private static final List<DataSpec> DATA = List.of(
            new DataSpec("grey images", new int[] {1, 28, 28}, 10),
            new DataSpec("colour images", new int[] {3, 16, 16}, 0),
            new DataSpec("points", new int[] {2}, 0));
    private static final int LATENT = 12;

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> everyNetworkTypeExportsAndMatchesTheJvm() {
        List<NetworkType> types = ServiceLoader.load(NetworkType.class).stream().map(ServiceLoader.Provider::get).toList();
        assertThat(types).extracting(NetworkType::id).contains("mlp", "dcgan", "resnet", "unet", "patchgan", "shared-latent");
        return types.stream().map(type -> DynamicTest.dynamicTest(type.id(), () -> checkType(type)));
    }

    private static void checkType(NetworkType type) throws Exception {
        ObjectMapper json = new ObjectMapper();
        json.registerSubtypes(new NamedType(type.configClass(), type.id()));
        NetworkConfig config = json.readValue("{\"type\": \"" + type.id() + "\"}", NetworkConfig.class);
        List<String> built = new ArrayList<>();
        for (DataSpec data : DATA) {
            int[] sample = data.sampleShape();
            Rng rng = new Rng(17);
            Layer generator = buildOrSkip(() -> type.generator(config, data, LATENT, rng).network());
            if (generator != null) {
                check(ExportablePart.generator("generator", generator, LATENT, data.sampleShape()), rng);
                built.add("generator for " + data.name());
            }
            Discriminator discriminator = buildOrSkip(() -> type.discriminator(config, data, 1, rng));
            if (discriminator != null) {
                check(part("discriminator", discriminator.network(), sample, discriminator.outputs()), rng);
                built.add("discriminator for " + data.name());
            }
            Layer encoder = buildOrSkip(() -> type.encoder(config, data, 5, rng).network());
            if (encoder != null) {
                check(part("encoder", encoder, sample, 5), rng);
                built.add("encoder for " + data.name());
            }
            Layer translator = type.buildsTranslators()
                    ? buildOrSkip(() -> type.translator(config, data, data, rng).network()) : null;
            if (translator != null) {
                check(ExportRoundTrip.part("translator", translator, sample, sample), rng);
                built.add("translator for " + data.name());
            }
        }
        assertThat(built).as("the networks %s builds for the data %s", type.id(), DATA).isNotEmpty();
        System.out.println(type.id() + " exported and matched: " + built);
    }

    /** The network the builder gives, or null when the type refuses this role or data (with a sentence). */
    private static <T> T buildOrSkip(java.util.function.Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalArgumentException notForThisRoleOrData) {
            assertThat(notForThisRoleOrData.getMessage()).endsWith(".");
            return null;
        }
    }

    private static ExportablePart part(String name, Layer network, int[] sample, int outputs) {
        return ExportRoundTrip.part(name, network, sample, new int[] {outputs});
    }

    /**
     * Translators with mixing ({@code "mixing": true}) export and match: the mixing matrices are
     * drawn at random first, since at their start (a scaled identity) a transposed matrix would
     * export unnoticed.
     */
    @Test
    void translatorsWithMixingExportAndMatchTheJvm() throws Exception {
        DataSpec grey = DATA.get(0);
        Rng rng = new Rng(23);
        List<Layer> translators = List.of(
                new ResnetNetworkType().translator(new ResnetNetworkConfig(4, 1, null, true), grey, grey, rng).network(),
                new UnetNetworkType().translator(new UnetNetworkConfig(4, null, null, false, true), grey, grey, rng)
                        .network());
        for (Layer translator : translators) {
            Sequential layers = (Sequential) translator;
            for (int i = 0; i < 2; i++) {
                Init.normal(0, 0.2).fill(((AxisMixing) layers.get(i)).weight(), rng);
            }
            check(ExportRoundTrip.part("translator", translator, grey.sampleShape(), grey.sampleShape()), rng);
        }
    }

    /**
     * Translators weighting the image's symmetries ({@code "symmetries": true}) export and match on
     * square images, where all eight symmetries (transposes included) are written: the weights are
     * drawn at random first, since at their start (all equal) a mistaken symmetry would export unnoticed.
     */
    @Test
    void translatorsWithSymmetriesExportAndMatchTheJvm() throws Exception {
        DataSpec grey = DATA.get(0);
        Rng rng = new Rng(29);
        List<Layer> translators = List.of(
                new ResnetNetworkType().translator(new ResnetNetworkConfig(4, 1, null, false, true), grey, grey, rng)
                        .network(),
                new UnetNetworkType().translator(new UnetNetworkConfig(4, null, null, false, false, true), grey, grey,
                        rng).network());
        for (Layer translator : translators) {
            SymmetryMixing symmetries = (SymmetryMixing) ((Sequential) translator).get(0);
            assertThat(symmetries.symmetries()).hasSize(8);
            Init.normal(0, 1).fill(symmetries.weight(), rng);
            check(ExportRoundTrip.part("translator", translator, grey.sampleShape(), grey.sampleShape()), rng);
        }
    }

    /** Moves batch-norm statistics off their defaults with a few training-mode passes, then checks parity. */
    private static void check(ExportablePart part, Rng rng) throws Exception {
        ExportedTensor input = part.inputs().get(0);
        int[] dims = input.shape();
        dims[0] = 6;
        part.network().train(true);
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            for (int i = 0; i < 3; i++) {
                part.network().forward(Tensor.randn(rng, dims).mul(1.3f).add(0.2f));
            }
        }
        part.network().train(false);
        List<ParityReport> reports = ExportRoundTrip.check(part, dir, 5);
        assertThat(reports).hasSize(3);
    }
}
