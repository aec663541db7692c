package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Tensor;

/** Batch normalisation of [N, C] features (or [N, C, L] sequences), per channel; see {@link BatchNorm}. */
public final class BatchNorm1d extends BatchNorm {
    /** Affine batch norm with PyTorch's defaults: eps 1e-5, momentum 0.1. */
    public BatchNorm1d(int features) {
        this(features, DEFAULT_EPS, DEFAULT_MOMENTUM, true);
    }

    /** Batch norm with the given eps, momentum and affine choice. */
    public BatchNorm1d(int features, float eps, float momentum, boolean affine) {
        super(features, eps, momentum, affine);
    }

    @Override
    protected void checkRank(Tensor input) {
        if (input.rank() != 2 && input.rank() != 3) {
            throw new IllegalArgumentException("BatchNorm1d needs an input of shape [N, C] or [N, C, L], but got "
                    + input.shape() + "; use BatchNorm2d for images.");
        }
    }
}
