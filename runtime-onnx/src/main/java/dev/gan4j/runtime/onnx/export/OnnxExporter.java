package dev.gan4j.runtime.onnx.export;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.io.AtomicFile;
import dev.gan4j.core.provenance.RunProvenanceJson;
import dev.gan4j.core.provenance.SoftwareVersions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns an {@link ExportablePart} into a standard ONNX model: opset {@value ProtoOnnxGraph#OPSET}
 * of the default domain, IR version {@value #IR_VERSION}, a dynamic batch dimension {@code N} on
 * every input and on the output, the network written in evaluation mode by the registered
 * {@link dev.gan4j.core.export.LayerWriter}s with its weights as they are now, and the metadata of
 * {@link ModelMetadata}. Stateless apart from the writers, so one exporter may serve many threads.
 */
public final class OnnxExporter {
    /** The ONNX IR version written; ONNX 1.12 and ONNX Runtime 1.10 or newer read it. */
    public static final int IR_VERSION = 8;
    /** The producer name written into every model. */
    public static final String PRODUCER = "gan4j";

    private final LayerWriters writers;

    /** An exporter with the writers registered on the class path. */
    public OnnxExporter() {
        this(LayerWriters.discover());
    }

    /** An exporter with exactly these writers. */
    public OnnxExporter(LayerWriters writers) {
        this.writers = writers;
    }

    /**
     * The model of {@code part}.
     *
     * @throws dev.gan4j.core.export.UnsupportedLayerException naming the class of a layer that has no writer
     */
    public ModelProto model(ExportablePart part, ExportMetadata metadata) {
        GraphProto.Builder graph = GraphProto.newBuilder().setName(part.name());
        List<String> reserved = new ArrayList<>();
        for (ExportedTensor input : part.inputs()) {
            graph.addInput(TensorProtos.valueInfo(input));
            reserved.add(input.name());
        }
        ExportedTensor output = part.output();
        if (reserved.contains(output.name())) {
            throw new IllegalArgumentException("The part '" + part.name() + "' names its output '" + output.name()
                    + "' like one of its inputs; give the output its own name.");
        }
        reserved.add(output.name());
        ProtoOnnxGraph builder = new ProtoOnnxGraph(graph, writers, reserved);
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            String last = builder.layer(part.network(), part.inputs().stream().map(ExportedTensor::name).toList());
            builder.node("Identity", List.of(last), Map.of(), output.name());
        }
        graph.addOutput(TensorProtos.valueInfo(output));
        graph.setDocString(describe(part, metadata));

        ModelProto.Builder model = ModelProto.newBuilder()
                .setIrVersion(IR_VERSION)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(ProtoOnnxGraph.OPSET))
                .setProducerName(PRODUCER)
                .setProducerVersion(SoftwareVersions.gan4jVersion())
                .setDomain("dev.gan4j")
                .setModelVersion(1)
                .setDocString(describe(part, metadata))
                .setGraph(graph);
        Map<String, String> props = new LinkedHashMap<>(ModelMetadata.describe(part.name(), part.inputs(), output));
        part.metadata().forEach((key, value) -> {
            if (props.containsKey(key) || key.equals(ModelMetadata.PROVENANCE) || key.equals(ModelMetadata.CONFIG)) {
                throw new IllegalArgumentException("The part '" + part.name() + "' brings the metadata key '" + key
                        + "', which the exporter writes itself; give the entry another name.");
            }
            props.put(key, value);
        });
        metadata.provenance().ifPresent(p -> props.put(ModelMetadata.PROVENANCE, new RunProvenanceJson().toJson(p)));
        metadata.config().ifPresent(c -> props.put(ModelMetadata.CONFIG, c));
        props.forEach((key, value) -> model.addMetadataProps(
                StringStringEntryProto.newBuilder().setKey(key).setValue(value)));
        return model.build();
    }

    /** The serialised model of {@code part}. */
    public byte[] bytes(ExportablePart part, ExportMetadata metadata) {
        return model(part, metadata).toByteArray();
    }

    /**
     * Writes the model of {@code part} to {@code file}, atomically: a reader sees the old file or the
     * whole new one.
     *
     * @return {@code file}
     */
    public Path write(ExportablePart part, ExportMetadata metadata, Path file) throws IOException {
        byte[] bytes = bytes(part, metadata);
        AtomicFile.write(file, bytes);
        return file;
    }

    /** The doc string: what the model is, where it comes from, its inputs and its output. */
    private static String describe(ExportablePart part, ExportMetadata metadata) {
        StringBuilder text = new StringBuilder("gan4j ").append(part.name());
        metadata.provenance().ifPresent(p -> text.append(" of a ").append(p.family()).append(" run (seed ")
                .append(p.seed()).append(", step ").append(p.step()).append(", ").append(p.dataset()).append(')'));
        text.append(". Inputs: ").append(part.inputs().stream().map(t -> t.name() + " " + ModelMetadata.line(t))
                .collect(Collectors.joining("; ")));
        text.append(". Output: ").append(part.output().name()).append(' ').append(ModelMetadata.line(part.output()))
                .append('.');
        if (metadata.provenance().isEmpty()) {
            text.append(" No run provenance was recorded.");
        }
        return text.toString();
    }
}
