package dev.gan4j.runtime.onnx.inference;

import java.util.Locale;

/** Where {@link OnnxGenerator} runs a model. */
public enum Device {
    /** ONNX Runtime's CPU execution provider; always available. */
    CPU,
    /**
     * ONNX Runtime's CUDA execution provider on GPU 0. Needs the {@code onnxruntime_gpu} artifact
     * (build with {@code -Pcuda}), an NVIDIA GPU, and the CUDA and cuDNN libraries it was built
     * against; without them opening a model fails with {@link DeviceUnavailableException}.
     */
    CUDA,
    /** CUDA where it starts, else CPU; {@link OnnxGenerator#provider()} says which ran. */
    AUTO;

    /**
     * The device named {@code name} ({@code cpu}, {@code cuda} or {@code auto}, any case).
     *
     * @throws IllegalArgumentException listing the names when {@code name} is none of them
     */
    public static Device parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown device '" + name + "'; use cpu, cuda or auto.", e);
        }
    }
}
