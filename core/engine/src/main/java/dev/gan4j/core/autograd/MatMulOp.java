package dev.gan4j.core.autograd;

import dev.gan4j.core.kernel.Kernels;
import dev.gan4j.core.tensor.Shape;
import dev.gan4j.core.tensor.Tensor;

/**
 * The matrix product of two rank-2 tensors, either of them optionally used transposed (so a
 * linear layer's [out, in] weight is never copied). The backward rules are matrix products too.
 */
public final class MatMulOp {
    private MatMulOp() {
    }

    /** op(a) · op(b), where op transposes when the flag is set. */
    public static Tensor matmul(Tensor a, Tensor b, boolean transposeA, boolean transposeB) {
        if (a.rank() != 2 || b.rank() != 2) {
            throw new IllegalArgumentException("matmul needs two rank-2 tensors, but got shapes " + a.shape()
                    + " and " + b.shape() + "; reshape them to matrices first.");
        }
        int m = transposeA ? a.dim(1) : a.dim(0);
        int k = transposeA ? a.dim(0) : a.dim(1);
        int kb = transposeB ? b.dim(1) : b.dim(0);
        int n = transposeB ? b.dim(0) : b.dim(1);
        if (k != kb) {
            throw new IllegalArgumentException("Cannot matmul shapes " + a.shape() + (transposeA ? "ᵀ" : "") + " and "
                    + b.shape() + (transposeB ? "ᵀ" : "") + ": the inner dimensions " + k + " and " + kb + " differ.");
        }
        float[] c = new float[m * n];
        Kernels.current().gemm(transposeA, transposeB, m, n, k, a.data(), 0, b.data(), 0, c, 0);
        return GradNode.result("matmul", c, Shape.of(m, n), (g, y, needed) -> new Tensor[] {
            needed[0] ? gradA(g, a, b, transposeA, transposeB) : null,
            needed[1] ? gradB(g, a, b, transposeA, transposeB) : null}, a, b);
    }

    private static Tensor gradA(Tensor g, Tensor a, Tensor b, boolean ta, boolean tb) {
        if (!ta) {
            return matmul(g, b, false, !tb);          // dA = G · op(B)ᵀ
        }
        return matmul(b, g, tb, true);                 // dAᵀ = op(B) · Gᵀ
    }

    private static Tensor gradB(Tensor g, Tensor a, Tensor b, boolean ta, boolean tb) {
        if (!tb) {
            return matmul(a, g, !ta, false);          // dB = op(A)ᵀ · G
        }
        return matmul(g, a, true, ta);                 // dBᵀ = Gᵀ · op(A)
    }
}
