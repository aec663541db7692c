package dev.gan4j.runtime.onnx.inference;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;

/**
 * An ONNX Runtime session on the device asked for, with the execution provider it got and, under
 * {@link Device#AUTO}, why it fell back to the CPU.
 *
 * @param session  the session
 * @param provider ONNX Runtime's name of the provider: {@value #CPU_PROVIDER} or {@value #CUDA_PROVIDER}
 * @param fallback why {@link Device#AUTO} runs on the CPU, when it does
 */
record OpenedSession(OrtSession session, String provider, Optional<String> fallback) {
    /** ONNX Runtime's name of its CPU provider. */
    static final String CPU_PROVIDER = "CPUExecutionProvider";
    /** ONNX Runtime's name of its CUDA provider. */
    static final String CUDA_PROVIDER = "CUDAExecutionProvider";

    /**
     * Opens {@code model} on {@code device} with {@code threads} intra-op threads (0: ONNX Runtime's default).
     *
     * @throws DeviceUnavailableException when {@link Device#CUDA} cannot start
     * @throws OrtException               when ONNX Runtime refuses the model
     */
    static OpenedSession open(OrtEnvironment environment, byte[] model, Path file, Device device, int threads)
            throws OrtException {
        if (device == Device.CPU) {
            return new OpenedSession(cpu(environment, model, threads), CPU_PROVIDER, Optional.empty());
        }
        try {
            return new OpenedSession(cuda(environment, model, file, threads), CUDA_PROVIDER, Optional.empty());
        } catch (DeviceUnavailableException e) {
            if (device == Device.CUDA) {
                throw e;
            }
            return new OpenedSession(cpu(environment, model, threads), CPU_PROVIDER, Optional.of(e.getMessage()));
        }
    }

    private static OrtSession cpu(OrtEnvironment environment, byte[] model, int threads) throws OrtException {
        try (OrtSession.SessionOptions options = options(threads)) {
            return environment.createSession(model, options);
        }
    }

    private static OrtSession cuda(OrtEnvironment environment, byte[] model, Path file, int threads)
            throws OrtException {
        EnumSet<OrtProvider> available = OrtEnvironment.getAvailableProviders();
        if (!available.contains(OrtProvider.CUDA)) {
            throw new DeviceUnavailableException("The CUDA device was asked for, but the ONNX Runtime on the class path"
                    + " offers only the providers " + available + ": it is the CPU artifact"
                    + " com.microsoft.onnxruntime:onnxruntime. Build with -Pcuda (which uses onnxruntime_gpu) and run"
                    + " on a machine with an NVIDIA GPU and CUDA 12 with cuDNN 9, or use the device cpu or auto.", null);
        }
        try (OrtSession.SessionOptions options = options(threads)) {
            options.addCUDA(0);
            return environment.createSession(model, options);
        } catch (OrtException e) {
            throw new DeviceUnavailableException("ONNX Runtime's CUDA provider could not start for " + file + ": "
                    + e.getMessage() + ". It needs an NVIDIA GPU with its driver, and the CUDA 12 and cuDNN 9"
                    + " libraries on the library path; use the device cpu or auto where they are missing.", e);
        }
    }

    private static OrtSession.SessionOptions options(int threads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        if (threads > 0) {
            options.setIntraOpNumThreads(threads);
        }
        return options;
    }
}
