package dev.gan4j.core.kernel;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The kernel contract for the onednn backend: runs where oneDNN 2 loads (Debian: libdnnl2) and
 * skips, saying why, elsewhere. The contract's geometries take both routes: oneDNN for those with
 * enough channels, im2col for one input or output channel.
 */
class OneDnnKernelBackendTest extends KernelBackendContract {
    @Override
    protected KernelBackend create(int threads) {
        try {
            return new OneDnnKernelBackend(threads);
        } catch (KernelUnavailableException e) {
            assumeTrue(false, "onednn with " + threads + " threads cannot run here: " + e.getMessage());
            throw e;
        }
    }
}
