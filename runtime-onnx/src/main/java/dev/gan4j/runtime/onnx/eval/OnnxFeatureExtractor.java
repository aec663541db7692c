package dev.gan4j.runtime.onnx.eval;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.gan4j.core.eval.ExtractedFeatures;
import dev.gan4j.core.eval.FeatureExtractor;
import dev.gan4j.core.tensor.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Features from any ONNX network, run by ONNX Runtime on the CPU: the images go to the model's
 * (single) input, and the features are the output named by the user, flattened to [N, D]. With the
 * standard Inception network in ONNX and its pool output, the Fréchet distance is the FID of the
 * literature. A model whose input has fixed image dimensions is checked against the images; a
 * dynamic batch dimension is expected.
 *
 * <p>Close it to release the ONNX Runtime session.
 */
public final class OnnxFeatureExtractor implements FeatureExtractor, AutoCloseable {
    /** Images per ONNX Runtime call. */
    static final int BATCH = 256;

    private final Path model;
    private final String output;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final String input;
    private final int[] imageShape;
    private final String sha256;

    private OnnxFeatureExtractor(Path model, String output, OrtEnvironment environment, OrtSession session,
                                 String input, int[] imageShape, String sha256) {
        this.model = model;
        this.output = output;
        this.environment = environment;
        this.session = session;
        this.input = input;
        this.imageShape = imageShape;
        this.sha256 = sha256;
    }

    /**
     * Opens {@code model} and checks it has one input and an output named {@code output}.
     *
     * @throws IllegalArgumentException listing the model's outputs when none is named {@code output},
     *                                  or naming its inputs when it has more than one
     * @throws IOException              when the file cannot be read or ONNX Runtime rejects it
     */
    public static OnnxFeatureExtractor open(Path model, String output) throws IOException {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(output, "output");
        if (!Files.isRegularFile(model)) {
            throw new IOException("The feature model " + model + " does not exist; give the path of an .onnx file.");
        }
        String sha256 = sha256(model);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            session = environment.createSession(model.toString(), options);
        } catch (OrtException e) {
            throw new IOException("ONNX Runtime cannot load the feature model " + model + ": " + e.getMessage(), e);
        }
        try {
            Map<String, NodeInfo> outputs = session.getOutputInfo();
            if (!outputs.containsKey(output)) {
                throw new IllegalArgumentException("The feature model " + model + " has no output named \"" + output
                        + "\"; its outputs are " + describe(outputs) + ". Give one of them with --features-output.");
            }
            Map<String, NodeInfo> inputs = session.getInputInfo();
            if (inputs.size() != 1) {
                throw new IllegalArgumentException("The feature model " + model + " has " + inputs.size()
                        + " inputs " + describe(inputs) + ", but a feature model takes one: the images.");
            }
            Map.Entry<String, NodeInfo> only = inputs.entrySet().iterator().next();
            return new OnnxFeatureExtractor(model, output, environment, session, only.getKey(),
                    fixedImageShape(only.getValue()), sha256);
        } catch (OrtException | RuntimeException e) {
            try {
                session.close();
            } catch (OrtException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof OrtException) {
                throw new IOException("Reading the inputs and outputs of " + model + " failed: " + e.getMessage(), e);
            }
            throw (RuntimeException) e;
        }
    }

    private static String describe(Map<String, NodeInfo> nodes) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, NodeInfo> e : nodes.entrySet()) {
            out.append(out.length() == 0 ? "" : ", ").append('"').append(e.getKey()).append('"');
            if (e.getValue().getInfo() instanceof TensorInfo t) {
                out.append(' ').append(Arrays.toString(t.getShape()));
            }
        }
        return "[" + out + "]";
    }

    /** The input's per-image dimensions when all are fixed, else an empty array (any shape). */
    private static int[] fixedImageShape(NodeInfo info) {
        if (!(info.getInfo() instanceof TensorInfo t) || t.getShape().length < 2) {
            return new int[0];
        }
        long[] dims = t.getShape();
        int[] shape = new int[dims.length - 1];
        for (int i = 1; i < dims.length; i++) {
            if (dims[i] <= 0) {
                return new int[0];
            }
            shape[i - 1] = (int) dims[i];
        }
        return shape;
    }

    @Override
    public String id() {
        return "onnx:" + model.getFileName() + "#" + output;
    }

    @Override
    public String description() {
        return "the output \"" + output + "\" of the ONNX model " + model + " (SHA-256 " + sha256 + ")";
    }

    @Override
    public Map<String, String> provenance() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("model", model.toAbsolutePath().toString());
        p.put("model-sha256", sha256);
        p.put("output", output);
        p.put("input", input);
        return p;
    }

    @Override
    public int[] imageShape() {
        return imageShape.clone();
    }

    @Override
    public ExtractedFeatures extract(Tensor images) {
        Objects.requireNonNull(images, "images");
        int[] dims = images.dims();
        int[] perImage = Arrays.copyOfRange(dims, 1, dims.length);
        if (imageShape.length > 0 && !Arrays.equals(perImage, imageShape)) {
            throw new IllegalArgumentException("The feature model " + model + " takes images of shape "
                    + Arrays.toString(imageShape) + ", but was given " + images.shape() + ".");
        }
        int n = dims[0];
        int per = images.size() / Math.max(1, n);
        long[] batchShape = new long[dims.length];
        float[] features = null;
        int width = -1;
        for (int start = 0; start < n; start += BATCH) {
            int count = Math.min(BATCH, n - start);
            batchShape[0] = count;
            for (int i = 1; i < dims.length; i++) {
                batchShape[i] = dims[i];
            }
            FloatBuffer buffer = FloatBuffer.wrap(images.data(), start * per, count * per).slice();
            try (OnnxTensor tensor = OnnxTensor.createTensor(environment, buffer, batchShape);
                 OrtSession.Result result = session.run(Map.of(input, tensor), java.util.Set.of(output))) {
                OnnxTensor out = (OnnxTensor) result.get(output).orElseThrow();
                long[] shape = out.getInfo().getShape();
                if (shape.length < 1 || shape[0] != count) {
                    throw new IllegalArgumentException("The output \"" + output + "\" of " + model + " has shape "
                            + Arrays.toString(shape) + " for " + count + " images; it must have one row per image.");
                }
                float[] values = new float[(int) out.getInfo().getNumElements()];
                out.getFloatBuffer().get(values);
                int d = values.length / count;
                if (features == null) {
                    width = d;
                    features = new float[n * width];
                }
                System.arraycopy(values, 0, features, start * width, count * width);
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime failed to run the feature model " + model + " on images "
                        + start + " to " + (start + count) + ": " + e.getMessage(), e);
            }
        }
        if (features == null) {
            throw new IllegalArgumentException("There are no images to extract features from.");
        }
        return new ExtractedFeatures(Tensor.of(features, n, width), null);
    }

    @Override
    public void close() throws IOException {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IOException("Closing the ONNX Runtime session of " + model + " failed: " + e.getMessage(), e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256, which every Java SE runtime has.", e);
        }
    }
}
