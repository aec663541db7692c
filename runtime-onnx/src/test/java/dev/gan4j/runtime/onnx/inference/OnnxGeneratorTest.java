package dev.gan4j.runtime.onnx.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.config.CanonicalJson;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.nn.BatchNorm1d;
import dev.gan4j.core.nn.LeakyReLU;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.Tanh;
import dev.gan4j.core.provenance.RunProvenance;
import dev.gan4j.core.provenance.SoftwareVersions;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.runtime.onnx.export.ExportMetadata;
import dev.gan4j.runtime.onnx.export.ModelMetadata;
import dev.gan4j.runtime.onnx.export.OnnxExporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading, describing and running exported models, and what happens with bad files and bad inputs. */
class OnnxGeneratorTest {
    private static final String CONFIG = "{\"family\":{\"type\":\"gan\"},\"training\":{\"seed\":5}}";

    @TempDir
    Path dir;

    private ExportablePart part;
    private RunProvenance provenance;
    private Path model;

    @BeforeEach
    void exportASmallGenerator() throws Exception {
        Rng rng = new Rng(3);
        Sequential network = new Sequential(new Linear(4, 8, rng), new BatchNorm1d(8), new LeakyReLU(0.2f),
                new Linear(8, 6, rng), new Tanh());
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            network.forward(Tensor.randn(rng, 16, 4).mul(2f));
        }
        network.train(false);
        part = ExportablePart.generator("generator", network, 4, new int[] {6});
        String canonical = new CanonicalJson().compact(new CanonicalJson().read(CONFIG));
        provenance = new RunProvenance("gan", canonical, CanonicalJson.sha256(canonical), 5, 1200,
                "vectors: 6 values", SoftwareVersions.current());
        model = new OnnxExporter().write(part, ExportMetadata.of(provenance, CONFIG), dir.resolve("generator.onnx"));
    }

    @Test
    void readsBackTheProvenanceConfigAndDescriptionsItWasExportedWith() throws Exception {
        try (OnnxGenerator generator = OnnxGenerator.open(model)) {
            assertThat(generator.provenance()).contains(provenance);
            assertThat(generator.config()).contains(CONFIG);
            assertThat(generator.part()).isEqualTo("generator");
            assertThat(generator.inputs()).containsExactlyElementsOf(part.inputs());
            assertThat(generator.output()).isEqualTo(part.output());
            assertThat(generator.inputs().get(0).meaning()).isEqualTo("standard normal noise N(0, I)");
            assertThat(generator.warnings()).isEmpty();
        }
    }

    @Test
    void writesAStandardModelHeaderWithADynamicBatch() throws Exception {
        ModelProto proto = ModelProto.parseFrom(Files.readAllBytes(model));
        assertThat(proto.getIrVersion()).isEqualTo(8);
        assertThat(proto.getOpsetImport(0).getVersion()).isEqualTo(17);
        assertThat(proto.getProducerName()).isEqualTo("gan4j");
        assertThat(proto.getGraph().getInput(0).getType().getTensorType().getShape().getDim(0).getDimParam())
                .isEqualTo("N");
        assertThat(proto.getGraph().getOutput(0).getName()).isEqualTo("sample");
        assertThat(proto.getGraph().getInput(0).getDocString()).isEqualTo("[N, 4] float32: standard normal noise N(0, I)");
        assertThat(proto.getMetadataPropsList()).anySatisfy(e -> {
            assertThat(e.getKey()).isEqualTo("gan4j.input.z");
            assertThat(e.getValue()).isEqualTo("[N, 4] float32: standard normal noise N(0, I)");
        });
        assertThat(proto.getDocString()).contains("gan run (seed 5, step 1200");
    }

    @Test
    void generatesWhatTheJvmForwardPassGives() throws Exception {
        try (OnnxGenerator generator = OnnxGenerator.open(model)) {
            for (int batch : new int[] {1, 3, 17}) {
                assertThat(ExportParity.compare(part, generator, batch, new Rng(batch)).within(1e-4)).isTrue();
            }
        }
    }

    @Test
    void sampleDrawsNoiseInBatchesOf256AsTheJvmSamplerDoes() throws Exception {
        try (OnnxGenerator generator = OnnxGenerator.open(model)) {
            Tensor samples = generator.sample(300, 42);
            Rng rng = new Rng(42);
            Tensor first = ExportParity.jvmForward(part, Map.of("z", Tensor.randn(rng, 256, 4)));
            Tensor second = ExportParity.jvmForward(part, Map.of("z", Tensor.randn(rng, 44, 4)));
            Tensor expected = Tensor.concat(0, first, second);
            assertThat(samples.dims()).containsExactly(300, 6);
            for (int i = 0; i < expected.size(); i++) {
                assertThat((double) Math.abs(samples.data()[i] - expected.data()[i])).isLessThan(1e-5);
            }
            assertThat(generator.sample(300, 42).data()).containsExactly(samples.data());
        }
    }

    @Test
    void autoRunsOnTheCpuWhereThereIsNoCudaAndSaysWhy() throws Exception {
        assumeFalse(OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA),
                "this ONNX Runtime has the CUDA provider, so auto may run on a GPU");
        try (OnnxGenerator generator = OnnxGenerator.open(model, Device.AUTO)) {
            assertThat(generator.provider()).isEqualTo("CPUExecutionProvider");
            assertThat(generator.fallbackReason()).hasValueSatisfying(r -> assertThat(r).contains("CUDA"));
            assertThat(generator.generate(Tensor.randn(new Rng(1), 2, 4)).dims()).containsExactly(2, 6);
        }
    }

    @Test
    void cudaWithoutTheGpuBuildIsAClearError() {
        assumeFalse(OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA),
                "this ONNX Runtime has the CUDA provider");
        assertThatThrownBy(() -> OnnxGenerator.open(model, Device.CUDA))
                .isInstanceOf(DeviceUnavailableException.class)
                .hasMessageContaining("CUDA device was asked for")
                .hasMessageContaining("-Pcuda")
                .hasMessageContaining("onnxruntime_gpu")
                .hasMessageContaining("use the device cpu or auto");
    }

    @Test
    void autoSaysWhichProviderRanAndMatchesTheJvmThere() throws Exception {
        try (OnnxGenerator generator = OnnxGenerator.open(model, Device.AUTO)) {
            assertThat(generator.provider()).isIn("CPUExecutionProvider", "CUDAExecutionProvider");
            assertThat(generator.fallbackReason().isPresent())
                    .isEqualTo(generator.provider().equals("CPUExecutionProvider"));
            assertThat(ExportParity.compare(part, generator, 17, new Rng(4)).within(1e-4)).isTrue();
        }
    }

    @Test
    void cudaEitherRunsOnTheGpuOrFailsSayingWhatIsMissing() throws Exception {
        try (OnnxGenerator generator = OnnxGenerator.open(model, Device.CUDA)) {
            assertThat(generator.provider()).isEqualTo("CUDAExecutionProvider");
            assertThat(ExportParity.compare(part, generator, 17, new Rng(4)).within(1e-4)).isTrue();
        } catch (DeviceUnavailableException e) {
            assertThat(e.getMessage()).contains("CUDA").contains("use the device cpu or auto");
        }
    }

    @Test
    void cpuIsTheDefaultDevice() throws Exception {
        try (OnnxGenerator generator = OnnxGenerator.open(model)) {
            assertThat(generator.provider()).isEqualTo("CPUExecutionProvider");
            assertThat(generator.fallbackReason()).isEmpty();
        }
    }

    @Test
    void anInputOfTheWrongShapeIsRefusedNamingTheExpectedShape() throws Exception {
        try (OnnxGenerator generator = OnnxGenerator.open(model)) {
            assertThatThrownBy(() -> generator.generate(Tensor.zeros(2, 5)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must have shape [N, 4]")
                    .hasMessageContaining("[2, 5]")
                    .hasMessageContaining(model.toString());
            assertThatThrownBy(() -> generator.generate(Tensor.zeros(2, 4, 1)))
                    .hasMessageContaining("must have shape [N, 4]");
            assertThatThrownBy(() -> generator.generate(Map.of("noise", Tensor.zeros(2, 4))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("takes the inputs ['z' [N, 4] float32: standard normal noise N(0, I)]")
                    .hasMessageContaining("[noise]");
        }
    }

    @Test
    void aFileThatIsNotOnnxFailsNamingTheFile() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.onnx"), "These are notes, not a neural network.\n");
        assertThatThrownBy(() -> OnnxGenerator.open(text))
                .isInstanceOf(OnnxModelException.class)
                .hasMessageContaining(text.toString())
                .hasMessageContaining("not an ONNX model");
    }

    @Test
    void aTruncatedModelFailsNamingTheFileAndSayingItIsTruncated() throws Exception {
        byte[] whole = Files.readAllBytes(model);
        Path cut = Files.write(dir.resolve("cut.onnx"), Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> OnnxGenerator.open(cut))
                .isInstanceOf(OnnxModelException.class)
                .hasMessageContaining(cut.toString())
                .hasMessageContaining("truncated");
    }

    @Test
    void aMissingFileSaysSo() {
        Path missing = dir.resolve("absent.onnx");
        assertThatThrownBy(() -> OnnxGenerator.open(missing))
                .isInstanceOf(OnnxModelException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void aModelWithoutGan4jMetadataStillRunsWithAWarningAboutItsUnknownOrigin() throws Exception {
        ModelProto stripped = ModelProto.parseFrom(Files.readAllBytes(model)).toBuilder().clearMetadataProps().build();
        Path foreign = Files.write(dir.resolve("foreign.onnx"), stripped.toByteArray());
        try (OnnxGenerator generator = OnnxGenerator.open(foreign)) {
            assertThat(generator.provenance()).isEmpty();
            assertThat(generator.config()).isEmpty();
            assertThat(generator.warnings()).anySatisfy(w -> assertThat(w).contains("records no gan4j provenance")
                    .contains("origin is unknown").contains(foreign.toString()));
            assertThat(generator.inputs()).extracting(ExportedTensor::shapeText).containsExactly("[N, 4]");
            assertThat(generator.output().shapeText()).isEqualTo("[N, 6]");
            assertThat(generator.sample(5, 1).dims()).containsExactly(5, 6);
        }
    }

    @Test
    void aModelWithTheDescriptionButNoProvenanceWarnsOnlyAboutTheProvenance() throws Exception {
        Path bare = new OnnxExporter().write(part, ExportMetadata.none(), dir.resolve("bare.onnx"));
        try (OnnxGenerator generator = OnnxGenerator.open(bare)) {
            assertThat(generator.warnings()).hasSize(1);
            assertThat(generator.inputs()).containsExactlyElementsOf(part.inputs());
        }
    }

    @Test
    void aModelWhoseProvenanceWasAlteredWarnsThatItIsUnreadable() throws Exception {
        ModelProto proto = ModelProto.parseFrom(Files.readAllBytes(model));
        ModelProto.Builder altered = proto.toBuilder().clearMetadataProps();
        proto.getMetadataPropsList().forEach(e -> altered.addMetadataProps(e.getKey().equals(ModelMetadata.PROVENANCE)
                ? e.toBuilder().setValue(e.getValue().replace("\"seed\":5", "\"seed\":6")
                        .replace("\"type\":\"gan\"", "\"type\":\"dcgan\"")).build() : e));
        Path file = Files.write(dir.resolve("altered.onnx"), altered.build().toByteArray());
        try (OnnxGenerator generator = OnnxGenerator.open(file)) {
            assertThat(generator.provenance()).isEmpty();
            assertThat(generator.warnings()).anySatisfy(w -> assertThat(w).contains("unreadable")
                    .contains("config-sha256"));
        }
    }

    @Test
    void generatesFromManyThreadsAtOnce() throws Exception {
        try (OnnxGenerator generator = OnnxGenerator.open(model)) {
            List<Tensor> inputs = new ArrayList<>();
            List<Tensor> expected = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                inputs.add(Tensor.randn(new Rng(100 + i), 1 + i % 5, 4));
                expected.add(generator.generate(inputs.get(i)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Tensor>> futures = new ArrayList<>();
                for (int round = 0; round < 4; round++) {
                    for (Tensor input : inputs) {
                        futures.add(pool.submit(() -> generator.generate(input)));
                    }
                }
                for (int i = 0; i < futures.size(); i++) {
                    assertThat(futures.get(i).get().data()).containsExactly(expected.get(i % 16).data());
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void aClosedGeneratorRefusesToRunAndClosingTwiceIsHarmless() throws Exception {
        OnnxGenerator generator = OnnxGenerator.open(model);
        generator.close();
        generator.close();
        assertThatThrownBy(() -> generator.sample(2, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void anUnknownDeviceNameListsTheKnownOnes() {
        assertThat(Device.parse(" Auto ")).isEqualTo(Device.AUTO);
        assertThatThrownBy(() -> Device.parse("gpu")).hasMessageContaining("use cpu, cuda or auto");
    }
}
