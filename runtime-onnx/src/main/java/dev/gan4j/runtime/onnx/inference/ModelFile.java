package dev.gan4j.runtime.onnx.inference;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.provenance.RunProvenance;
import dev.gan4j.core.provenance.RunProvenanceJson;
import dev.gan4j.runtime.onnx.export.ModelMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An ONNX file read and checked before ONNX Runtime sees it, so a damaged file gets a message
 * that names it: its bytes, its inputs and output (from gan4j's metadata, or from the graph when
 * the model was not exported by gan4j), its provenance and config, and warnings about what is
 * missing.
 *
 * @param file       the file
 * @param bytes      its content
 * @param part       the part name, or the graph's name
 * @param inputs     the inputs, in the graph's order
 * @param output     the output
 * @param provenance the recorded provenance, when there is a readable one
 * @param config     the recorded config JSON, when there is one
 * @param warnings   what is missing or unreadable, as sentences
 * @param metadata   every entry of the model's metadata_props, in file order
 */
record ModelFile(Path file, byte[] bytes, String part, List<ExportedTensor> inputs, ExportedTensor output,
                 Optional<RunProvenance> provenance, Optional<String> config, List<String> warnings,
                 Map<String, String> metadata) {
    private static final String UNDOCUMENTED = "undocumented (the model has no gan4j description)";

    /**
     * Reads and checks {@code file}.
     *
     * @throws OnnxModelException naming the file when it is missing, not ONNX, truncated, or of a
     *                            form OnnxGenerator does not run (not one output, dynamic non-batch sizes)
     */
    static ModelFile read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new OnnxModelException("The model file " + file + " does not exist; give the path of an .onnx file"
                    + " written by `gan4j export`.", e);
        }
        ModelProto model;
        try {
            model = ModelProto.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            String what = e.getMessage() != null && e.getMessage().contains("ended unexpectedly")
                    ? "it ends in the middle of its data, so it is truncated (an interrupted copy or download?)"
                    : "its bytes are not ONNX's protobuf encoding, so it is not an ONNX model or it is damaged";
            throw new OnnxModelException("The file " + file + " cannot be read as an ONNX model: " + what
                    + " (" + e.getMessage() + "). Export the model again with `gan4j export`.", e);
        }
        if (!model.hasGraph() || model.getIrVersion() <= 0 || model.getOpsetImportCount() == 0) {
            throw new OnnxModelException("The file " + file + " is not an ONNX model: it has "
                    + (model.hasGraph() ? "a graph" : "no graph") + ", IR version " + model.getIrVersion() + " and "
                    + model.getOpsetImportCount() + " opset imports. Give an .onnx file written by `gan4j export`.");
        }
        Map<String, String> props = new LinkedHashMap<>();
        for (StringStringEntryProto entry : model.getMetadataPropsList()) {
            props.put(entry.getKey(), entry.getValue());
        }
        List<String> warnings = new ArrayList<>();
        GraphProto graph = model.getGraph();
        List<ExportedTensor> inputs = null;
        ExportedTensor output = null;
        if (props.containsKey(ModelMetadata.INPUTS) && props.containsKey(ModelMetadata.OUTPUT)) {
            try {
                inputs = ModelMetadata.readInputs(props.get(ModelMetadata.INPUTS));
                output = ModelMetadata.readOutput(props.get(ModelMetadata.OUTPUT));
            } catch (IllegalArgumentException e) {
                warnings.add("The gan4j description of the inputs and output of " + file + " is unreadable ("
                        + e.getMessage() + "); the graph's own declarations are used instead.");
                inputs = null;
            }
        } else {
            warnings.add("The model " + file + " has no gan4j description of its inputs and output; the graph's own"
                    + " declarations are used, and what the inputs mean is unknown.");
        }
        if (inputs == null) {
            inputs = graphInputs(file, graph);
            output = graphOutput(file, graph);
        }
        Optional<RunProvenance> provenance = Optional.empty();
        String provenanceJson = props.get(ModelMetadata.PROVENANCE);
        if (provenanceJson == null) {
            warnings.add("The model " + file + " records no gan4j provenance, so its origin is unknown (which run,"
                    + " config, seed and step made it); it still runs.");
        } else {
            try {
                provenance = Optional.of(new RunProvenanceJson().fromJson(provenanceJson));
            } catch (IllegalArgumentException e) {
                warnings.add("The gan4j provenance recorded in " + file + " is unreadable, so its origin is unknown: "
                        + e.getMessage());
            }
        }
        String part = props.getOrDefault(ModelMetadata.PART, graph.getName());
        return new ModelFile(file, bytes, part, List.copyOf(inputs), output, provenance,
                Optional.ofNullable(props.get(ModelMetadata.CONFIG)), List.copyOf(warnings),
                Collections.unmodifiableMap(props));
    }

    private static List<ExportedTensor> graphInputs(Path file, GraphProto graph) throws OnnxModelException {
        Set<String> initializers = new HashSet<>();
        for (TensorProto t : graph.getInitializerList()) {
            initializers.add(t.getName());
        }
        List<ExportedTensor> inputs = new ArrayList<>();
        for (ValueInfoProto input : graph.getInputList()) {
            if (!initializers.contains(input.getName())) {
                inputs.add(declared(file, input, "input"));
            }
        }
        if (inputs.isEmpty()) {
            throw new OnnxModelException("The model " + file + " has no inputs, so it is not a generator to run.");
        }
        return inputs;
    }

    private static ExportedTensor graphOutput(Path file, GraphProto graph) throws OnnxModelException {
        if (graph.getOutputCount() != 1) {
            throw new OnnxModelException("The model " + file + " has " + graph.getOutputCount()
                    + " outputs, but OnnxGenerator runs models of one output (a generator's sample).");
        }
        return declared(file, graph.getOutput(0), "output");
    }

    /** A graph input or output as an ExportedTensor: float32 or int64, a dynamic first dimension, fixed others. */
    private static ExportedTensor declared(Path file, ValueInfoProto value, String role) throws OnnxModelException {
        if (!value.getType().hasTensorType()) {
            throw new OnnxModelException("The " + role + " '" + value.getName() + "' of " + file
                    + " is not a tensor, but OnnxGenerator runs tensor models only.");
        }
        int elem = value.getType().getTensorType().getElemType();
        ExportedTensor.ElementType type;
        if (elem == TensorProto.DataType.FLOAT.getNumber()) {
            type = ExportedTensor.ElementType.FLOAT32;
        } else if (elem == TensorProto.DataType.INT64.getNumber()) {
            type = ExportedTensor.ElementType.INT64;
        } else {
            throw new OnnxModelException("The " + role + " '" + value.getName() + "' of " + file + " has element type "
                    + TensorProto.DataType.forNumber(elem) + ", but OnnxGenerator runs float32 and int64 tensors only.");
        }
        TensorShapeProto shape = value.getType().getTensorType().getShape();
        int[] dims = new int[shape.getDimCount()];
        for (int i = 0; i < dims.length; i++) {
            TensorShapeProto.Dimension d = shape.getDim(i);
            if (i == 0) {
                dims[i] = ExportedTensor.BATCH;
            } else if (d.hasDimValue() && d.getDimValue() > 0) {
                dims[i] = (int) d.getDimValue();
            } else {
                throw new OnnxModelException("The " + role + " '" + value.getName() + "' of " + file
                        + " has a dynamic size on axis " + i + ", but OnnxGenerator runs models whose only dynamic"
                        + " dimension is the first (the batch).");
            }
        }
        if (dims.length == 0) {
            throw new OnnxModelException("The " + role + " '" + value.getName() + "' of " + file
                    + " is a scalar, but OnnxGenerator needs a batch dimension first.");
        }
        return new ExportedTensor(value.getName(), type, dims, UNDOCUMENTED);
    }
}
