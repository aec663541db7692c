package dev.gan4j.runtime.onnx.inference;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.gan4j.core.condition.ConditionFormat;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.export.TranslationMetadata;
import dev.gan4j.core.provenance.RunProvenance;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.runtime.onnx.export.ModelMetadata;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An exported generator run by ONNX Runtime, on the CPU or on CUDA: {@link #sample} draws noise
 * and generates in batches, {@link #generate} runs given inputs. It reads back what the model
 * records: its inputs and output with their meaning, the provenance and the config of the run
 * that made it. A model without gan4j's metadata still runs; {@link #warnings()} says what is
 * unknown, and opening it logs the same as a warning.
 *
 * <p>Thread-safe: any number of threads may generate at once (ONNX Runtime sessions allow
 * concurrent runs); {@link #close()} waits for running calls and then frees the session.
 *
 * <pre>{@code
 * try (OnnxGenerator g = OnnxGenerator.open(Path.of("run/generator.onnx"), Device.AUTO)) {
 *     Tensor images = g.sample(64, 42);   // [64, 1, 28, 28] in [-1, 1]
 *     System.out.println(g.provider());    // CPUExecutionProvider or CUDAExecutionProvider
 * }
 * }</pre>
 */
public final class OnnxGenerator implements AutoCloseable {
    /** The most samples {@link #sample} generates in one run. */
    public static final int BATCH = 256;

    private static final System.Logger LOG = System.getLogger(OnnxGenerator.class.getName());

    private final ModelFile model;
    private final OrtEnvironment environment;
    private final OpenedSession opened;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

    private OnnxGenerator(ModelFile model, OrtEnvironment environment, OpenedSession opened) {
        this.model = model;
        this.environment = environment;
        this.opened = opened;
    }

    /** Opens {@code file} on the CPU. */
    public static OnnxGenerator open(Path file) throws IOException {
        return open(file, Device.CPU);
    }

    /** Opens {@code file} on {@code device}, with ONNX Runtime's default number of threads. */
    public static OnnxGenerator open(Path file, Device device) throws IOException {
        return open(file, device, 0);
    }

    /**
     * Opens {@code file} on {@code device}.
     *
     * @param threads intra-op threads for the CPU, or 0 for ONNX Runtime's default (one per core)
     * @throws OnnxModelException         naming the file when it is missing, not ONNX, truncated, or not runnable
     * @throws DeviceUnavailableException when {@link Device#CUDA} cannot start here
     */
    public static OnnxGenerator open(Path file, Device device, int threads) throws IOException {
        if (threads < 0) {
            throw new IllegalArgumentException("The number of threads must be 0 (ONNX Runtime's default) or more, but was "
                    + threads + ".");
        }
        ModelFile model = ModelFile.read(file);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OpenedSession opened;
        try {
            opened = OpenedSession.open(environment, model.bytes(), file, device, threads);
        } catch (OrtException e) {
            throw new OnnxModelException("ONNX Runtime cannot load the model " + file + ": " + e.getMessage()
                    + ". The file is damaged, or it uses operators this ONNX Runtime does not have; export it again.", e);
        }
        for (String warning : model.warnings()) {
            LOG.log(System.Logger.Level.WARNING, warning);
        }
        opened.fallback().ifPresent(reason -> LOG.log(System.Logger.Level.INFO,
                "Device auto runs " + file + " on the CPU: " + reason));
        return new OnnxGenerator(model, environment, opened);
    }

    /** The model file. */
    public Path file() {
        return model.file();
    }

    /** The part's name ({@code "generator"}), or the graph's name for a model not exported by gan4j. */
    public String part() {
        return model.part();
    }

    /** ONNX Runtime's name of the execution provider that runs the model: {@code CPUExecutionProvider} or {@code CUDAExecutionProvider}. */
    public String provider() {
        return opened.provider();
    }

    /** Why {@link Device#AUTO} runs on the CPU, when it does. */
    public Optional<String> fallbackReason() {
        return opened.fallback();
    }

    /** The inputs, in order, with their shapes and meaning. */
    public List<ExportedTensor> inputs() {
        return model.inputs();
    }

    /** The output, with its shape and meaning. */
    public ExportedTensor output() {
        return model.output();
    }

    /** The provenance of the run that made the model, when it records a readable one. */
    public Optional<RunProvenance> provenance() {
        return model.provenance();
    }

    /** The resolved config JSON of the run that made the model, when it records one. */
    public Optional<String> config() {
        return model.config();
    }

    /** Every entry of the model's metadata ({@code metadata_props}), in file order. */
    public Map<String, String> metadata() {
        return model.metadata();
    }

    /**
     * How a conditional model's condition input is made from a label or a text, as its metadata
     * records it (class names, vocabulary); empty for an unconditional model.
     *
     * @throws IllegalArgumentException naming the key when the recorded format is damaged
     */
    public Optional<ConditionFormat> conditionFormat() {
        return ConditionFormat.fromMetadata(model.metadata());
    }

    /** What is unknown about the model (no provenance, no description), as sentences; empty for a gan4j export. */
    public List<String> warnings() {
        return model.warnings();
    }

    /**
     * {@code n} samples for standard normal noise drawn from {@code new Rng(seed)}, {@value #BATCH}
     * at a time; each batch's noise is drawn input by input in the model's order, so for a model of
     * one noise input {@code z} these are the samples {@code gan4j sample RUN --seed seed} draws
     * from the run itself.
     *
     * @throws IllegalStateException when the model has an int64 input (labels), which
     *                               {@link #sample(int, long, IntFunction)} takes
     */
    public Tensor sample(int n, long seed) {
        return sample(n, seed, batch -> Map.of());
    }

    /**
     * {@code n} samples, {@value #BATCH} at a time, for noise drawn from {@code new Rng(seed)} and
     * the other inputs given per batch: {@code given} gets the batch size and returns the inputs
     * that are not noise (a conditional model's {@code label} or {@code tokens}), by name. The
     * noise of each batch is drawn for the float32 inputs not given, in the model's order, so
     * samples equal those the JVM draws with the same seed and conditions.
     *
     * @throws IllegalStateException    when an int64 input is not given
     * @throws IllegalArgumentException when a given input does not fit the model
     */
    public Tensor sample(int n, long seed, IntFunction<Map<String, Tensor>> given) {
        List<Tensor> parts = new ArrayList<>();
        sampleInBatches(n, seed, given, parts::add);
        return parts.size() == 1 ? parts.get(0) : Tensor.concat(0, parts);
    }

    /**
     * The samples of {@link #sample(int, long, IntFunction)}, handed to {@code sink} one batch of at
     * most {@value #BATCH} at a time as they are made, so any number of samples takes the memory of
     * one batch.
     */
    public void sampleInBatches(int n, long seed, IntFunction<Map<String, Tensor>> given, Consumer<Tensor> sink) {
        if (n < 1) {
            throw new IllegalArgumentException("The number of samples must be at least 1, but was " + n + ".");
        }
        Rng rng = new Rng(seed);
        for (int done = 0; done < n; done += BATCH) {
            int batch = Math.min(BATCH, n - done);
            Map<String, Tensor> fixed = given.apply(batch);
            Map<String, Tensor> inputs = new LinkedHashMap<>();
            for (ExportedTensor input : model.inputs()) {
                if (fixed.containsKey(input.name())) {
                    inputs.put(input.name(), fixed.get(input.name()));
                } else if (input.elementType() == ExportedTensor.ElementType.FLOAT32) {
                    int[] dims = input.shape();
                    dims[0] = batch;
                    inputs.put(input.name(), Tensor.randn(rng, dims));
                } else {
                    throw new IllegalStateException("The model " + model.file() + " takes '" + input.name() + "' "
                            + ModelMetadata.line(input) + ", which cannot be drawn as noise; give it to "
                            + "sample(n, seed, given) or give every input with generate(Map).");
                }
            }
            sink.accept(generate(inputs));
        }
    }

    /**
     * What the model translates, when it is a translator ({@code generator_AtoB.onnx}): its domains,
     * image shapes and pixel ranges, as its metadata records them; empty for a generator from noise.
     *
     * @throws IllegalArgumentException naming the key when the recorded entry is damaged
     */
    public Optional<TranslationMetadata> translation() {
        return TranslationMetadata.fromMetadata(model.metadata());
    }

    /**
     * The translation of {@code images} ([N, C, H, W] in [−1, 1], of the model's source domain) by a
     * translator model, {@value #BATCH} images at a time.
     *
     * @throws IllegalStateException    when the model is not a translator (naming what it takes)
     * @throws IllegalArgumentException naming both shapes when the images are not the model's
     */
    public Tensor translate(Tensor images) {
        TranslationMetadata t = translation().orElseThrow(() -> new IllegalStateException("The model " + model.file()
                + " is not a translator (it takes " + names() + ", with no " + ExportablePart.TRANSLATION_KEY
                + " metadata); give a generator_AtoB.onnx or generator_BtoA.onnx exported from a translation run."));
        int[] expected = t.inputShape();
        int[] dims = images.dims();
        if (dims.length != expected.length + 1 || !Arrays.equals(Arrays.copyOfRange(dims, 1, dims.length), expected)) {
            throw new IllegalArgumentException("The translator " + model.file().getFileName() + " takes images of domain "
                    + t.from() + " of shape [N, " + Arrays.toString(expected).replaceAll("[\\[\\]]", "")
                    + "], but was given " + images.shape() + ".");
        }
        int n = dims[0];
        if (n <= BATCH) {
            return generate(images);
        }
        List<Tensor> parts = new ArrayList<>();
        for (int done = 0; done < n; done += BATCH) {
            parts.add(generate(images.slice(0, done, Math.min(n, done + BATCH)).detach()));
        }
        return Tensor.concat(0, parts);
    }

    /**
     * Runs a model of one input on {@code input}.
     *
     * @throws IllegalArgumentException naming the expected shape when {@code input} does not fit
     */
    public Tensor generate(Tensor input) {
        if (model.inputs().size() != 1) {
            throw new IllegalArgumentException("The model " + model.file() + " takes " + model.inputs().size()
                    + " inputs (" + names() + "); give them all with generate(Map).");
        }
        return generate(Map.of(model.inputs().get(0).name(), input));
    }

    /**
     * Runs the model on {@code inputs} by name. Int64 inputs (class labels) are given as tensors of
     * whole numbers.
     *
     * @throws IllegalArgumentException naming the expected names and shapes when the inputs do not fit
     * @throws IllegalStateException    when the generator is closed or ONNX Runtime fails
     */
    public Tensor generate(Map<String, Tensor> inputs) {
        int batch = checkInputs(inputs);
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("The OnnxGenerator of " + model.file() + " is closed; open the model again.");
            }
            return run(inputs, batch);
        } finally {
            lock.readLock().unlock();
        }
    }

    private Tensor run(Map<String, Tensor> inputs, int batch) {
        Map<String, OnnxTensor> tensors = new LinkedHashMap<>();
        try {
            for (ExportedTensor input : model.inputs()) {
                tensors.put(input.name(), toOnnx(input, inputs.get(input.name())));
            }
            try (OrtSession.Result result = opened.session().run(tensors)) {
                OnnxValue value = result.get(0);
                if (!(value instanceof OnnxTensor out)) {
                    throw new IllegalStateException("The model " + model.file() + " returned a "
                            + value.getClass().getSimpleName() + " instead of a tensor.");
                }
                long[] shape = out.getInfo().getShape();
                int[] dims = new int[shape.length];
                for (int i = 0; i < shape.length; i++) {
                    dims[i] = Math.toIntExact(shape[i]);
                }
                FloatBuffer buffer = out.getFloatBuffer();
                if (buffer == null) {
                    throw new IllegalStateException("The model " + model.file() + " returned " + out.getInfo()
                            + ", but OnnxGenerator reads float32 outputs only.");
                }
                float[] data = new float[buffer.remaining()];
                buffer.get(data);
                Tensor output = Tensor.of(data, dims);
                checkOutput(output, batch);
                return output;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed to run " + model.file() + " on " + provider() + ": "
                    + e.getMessage(), e);
        } finally {
            tensors.values().forEach(OnnxTensor::close);
        }
    }

    private OnnxTensor toOnnx(ExportedTensor input, Tensor value) throws OrtException {
        long[] shape = Arrays.stream(value.dims()).asLongStream().toArray();
        float[] data = value.toArray();
        if (input.elementType() == ExportedTensor.ElementType.FLOAT32) {
            return OnnxTensor.createTensor(environment, FloatBuffer.wrap(data), shape);
        }
        long[] longs = new long[data.length];
        for (int i = 0; i < data.length; i++) {
            if (data[i] != Math.rint(data[i])) {
                throw new IllegalArgumentException("The input '" + input.name() + "' of " + model.file()
                        + " holds int64 values (" + input.meaning() + "), but element " + i + " is " + data[i] + ".");
            }
            longs[i] = (long) data[i];
        }
        return OnnxTensor.createTensor(environment, LongBuffer.wrap(longs), shape);
    }

    /** Checks names and shapes; returns the common batch size. */
    private int checkInputs(Map<String, Tensor> inputs) {
        if (!inputs.keySet().equals(new HashSet<>(names()))) {
            throw new IllegalArgumentException("The model " + model.file() + " takes the inputs " + described()
                    + ", but was given " + inputs.keySet() + ".");
        }
        int batch = -1;
        for (ExportedTensor input : model.inputs()) {
            Tensor value = inputs.get(input.name());
            int[] expected = input.shape();
            int[] dims = value.dims();
            boolean fits = dims.length == expected.length && dims[0] >= 1;
            for (int i = 1; fits && i < dims.length; i++) {
                fits = dims[i] == expected[i];
            }
            if (!fits) {
                throw new IllegalArgumentException("The input '" + input.name() + "' of " + model.file()
                        + " must have shape " + input.shapeText() + " (N at least 1), but got " + value.shape() + ".");
            }
            if (batch >= 0 && dims[0] != batch) {
                throw new IllegalArgumentException("All inputs of " + model.file() + " need the same batch size N, but '"
                        + input.name() + "' has " + dims[0] + " and an earlier input has " + batch + ".");
            }
            batch = dims[0];
        }
        return batch;
    }

    private void checkOutput(Tensor output, int batch) {
        int[] expected = model.output().shape();
        int[] dims = output.dims();
        boolean fits = dims.length == expected.length && dims[0] == batch;
        for (int i = 1; fits && i < dims.length; i++) {
            fits = dims[i] == expected[i];
        }
        if (!fits) {
            throw new IllegalStateException("The model " + model.file() + " promises an output of shape "
                    + model.output().shapeText() + " for a batch of " + batch + ", but returned " + output.shape()
                    + "; its metadata does not match its graph, so export it again.");
        }
    }

    private List<String> names() {
        return model.inputs().stream().map(ExportedTensor::name).toList();
    }

    private String described() {
        return model.inputs().stream().map(t -> "'" + t.name() + "' " + ModelMetadata.line(t)).toList().toString();
    }

    /** Waits for running calls, then frees the session; later calls fail. Closing twice does nothing. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                opened.session().close();
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed to free the session of " + model.file() + ": "
                    + e.getMessage(), e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "OnnxGenerator(" + model.file() + ", " + part() + ", " + provider() + ")";
    }
}
