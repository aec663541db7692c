package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Tensor;

/** Batch normalisation of [N, C, H, W] images, per channel over N, H and W; see {@link BatchNorm}. */
public final class BatchNorm2d extends BatchNorm {
    /** Affine batch norm with PyTorch's defaults: eps 1e-5, momentum 0.1. */
    public BatchNorm2d(int features) {
        this(features, DEFAULT_EPS, DEFAULT_MOMENTUM, true);
    }

    /** Batch norm with the given eps, momentum and affine choice. */
    public BatchNorm2d(int features, float eps, float momentum, boolean affine) {
        super(features, eps, momentum, affine);
    }

    @Override
    protected void checkRank(Tensor input) {
        if (input.rank() != 4) {
            throw new IllegalArgumentException("BatchNorm2d needs an input of shape [N, C, H, W], but got "
                    + input.shape() + "; use BatchNorm1d for flat features.");
        }
    }
}
