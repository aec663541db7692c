package dev.gan4j.models.cycle;

import dev.gan4j.core.tensor.Tensor;
import java.util.function.BinaryOperator;

/**
 * The round trips of a translation by direct transformation, the term every family of this module
 * shares: how far F(G(a)) lies from a, and G(F(b)) from b, under a pixel distance (CycleGAN and
 * DualGAN: L1; DiscoGAN: mean squared error).
 *
 * @param a the distance of A's round trip, F(G(a)) against a
 * @param b the distance of B's round trip, G(F(b)) against b
 */
record CycleReconstruction(Tensor a, Tensor b) {

    /**
     * Takes both translations back and measures them, A's round trip first.
     *
     * @param fakeB    G(a), recording the graph
     * @param fakeA    F(b), recording the graph
     * @param distance the distance of a reconstruction to its original, {@code (reconstructed, original)}
     */
    static CycleReconstruction of(CycleNetworks nets, Tensor realA, Tensor realB, Tensor fakeB, Tensor fakeA,
                                  BinaryOperator<Tensor> distance) {
        Tensor a = distance.apply(nets.bToA().translate(fakeB), realA);
        Tensor b = distance.apply(nets.aToB().translate(fakeA), realB);
        return new CycleReconstruction(a, b);
    }
}
