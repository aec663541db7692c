package dev.gan4j.core.nn;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Spectral normalisation (Miyato et al. 2018) of a Linear, Conv2d or ConvTranspose2d: the layer
 * runs with W / σ(W), where σ(W) is the largest singular value of W viewed as a matrix with the
 * output axis as rows, estimated by power iteration, as PyTorch's {@code spectral_norm}.
 *
 * <p>The left and right singular vector estimates u and v persist as buffers. Each forward pass
 * in training mode first does one power-iteration step, v = Wᵀu / ‖Wᵀu‖ then u = Wv / ‖Wv‖
 * (outside the graph); evaluation mode reuses u and v as they are. Then σ = uᵀWv with u and v
 * held constant, so the gradient flows through σ into W (∂σ/∂W = u vᵀ), as in PyTorch.
 *
 * <p>Names follow PyTorch: the wrapped weight is the parameter "weight_orig", the vectors are
 * the buffers "weight_u" and "weight_v", and the bias keeps its name.
 */
public final class SpectralNorm extends AbstractLayer {
    private static final double NORM_EPS = 1e-12;

    private final WeightedLayer layer;
    private final Tensor u;
    private final Tensor v;
    private final int lead;
    private final int mid;
    private final int inner;
    private final boolean rowsOnAxisOne;

    /** Wraps {@code layer}; u and then v start as normalised N(0, 1) draws from {@code rng}. */
    public SpectralNorm(WeightedLayer layer, Rng rng) {
        Tensor w = layer.weight();
        int axis = layer.outputAxis();
        if (w.rank() < 2 || (axis != 0 && axis != 1)) {
            throw new IllegalArgumentException("SpectralNorm needs a weight of rank 2 or more with its output on axis 0 or 1,"
                    + " but " + layer + " has a weight of shape " + w.shape() + " and output axis " + axis + ".");
        }
        this.layer = layer;
        this.lead = w.dim(0);
        this.mid = w.dim(1);
        this.inner = w.size() / (lead * mid);
        this.rowsOnAxisOne = axis == 1;
        int rows = w.dim(axis);
        this.u = Tensor.randn(rng, rows);
        this.v = Tensor.randn(rng, w.size() / rows);
        normalise(u.data());
        normalise(v.data());
    }

    @Override
    public Tensor forward(Tensor input) {
        Tensor w = layer.weight();
        if (isTraining()) {
            powerIteration(w.data());
        }
        Tensor sigma = w.mul(Tensor.of(outerProduct(), w.shape())).sum();
        return layer.forward(input, w.div(sigma));
    }

    /** σ = uᵀWv with the current u and v (no power iteration), outside the graph. */
    public float sigma() {
        float[] m = outerProduct();
        float[] w = layer.weight().data();
        double s = 0;
        for (int e = 0; e < w.length; e++) {
            s += (double) w[e] * m[e];
        }
        return (float) s;
    }

    /** The weight the layer runs with, W / σ with the current u and v, outside the graph (for export). */
    public Tensor normalisedWeight() {
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            return layer.weight().div(sigma());
        }
    }

    /** The wrapped layer, whose own weight is the unnormalised W. */
    public WeightedLayer layer() {
        return layer;
    }

    /** The left singular vector estimate (one entry per output feature), a buffer. */
    public Tensor u() {
        return u;
    }

    /** The right singular vector estimate, a buffer. */
    public Tensor v() {
        return v;
    }

    /** One step: v = Wᵀu / ‖Wᵀu‖, then u = Wv / ‖Wv‖, reading W in its own layout. */
    private void powerIteration(float[] w) {
        float[] ud = u.data();
        float[] vd = v.data();
        double[] wtu = new double[vd.length];
        for (int i = 0, e = 0; i < lead; i++) {
            for (int j = 0; j < mid; j++) {
                int row = rowsOnAxisOne ? j : i;
                int colStart = rowsOnAxisOne ? i * inner : j * inner;
                double ur = ud[row];
                for (int k = 0; k < inner; k++, e++) {
                    wtu[colStart + k] += w[e] * ur;
                }
            }
        }
        copyNormalised(wtu, vd);
        double[] wv = new double[ud.length];
        for (int i = 0, e = 0; i < lead; i++) {
            for (int j = 0; j < mid; j++) {
                int row = rowsOnAxisOne ? j : i;
                int colStart = rowsOnAxisOne ? i * inner : j * inner;
                double acc = 0;
                for (int k = 0; k < inner; k++, e++) {
                    acc += w[e] * (double) vd[colStart + k];
                }
                wv[row] += acc;
            }
        }
        copyNormalised(wv, ud);
    }

    /** u vᵀ laid out like W: the constant that σ = Σ W ⊙ (u vᵀ) multiplies W by. */
    private float[] outerProduct() {
        float[] ud = u.data();
        float[] vd = v.data();
        float[] m = new float[lead * mid * inner];
        for (int i = 0, e = 0; i < lead; i++) {
            for (int j = 0; j < mid; j++) {
                int row = rowsOnAxisOne ? j : i;
                int colStart = rowsOnAxisOne ? i * inner : j * inner;
                float ur = ud[row];
                for (int k = 0; k < inner; k++, e++) {
                    m[e] = ur * vd[colStart + k];
                }
            }
        }
        return m;
    }

    private static void copyNormalised(double[] from, float[] to) {
        double norm = 0;
        for (double x : from) {
            norm += x * x;
        }
        double scale = 1.0 / Math.max(Math.sqrt(norm), NORM_EPS);
        for (int i = 0; i < to.length; i++) {
            to[i] = (float) (from[i] * scale);
        }
    }

    private static void normalise(float[] x) {
        double[] copy = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            copy[i] = x[i];
        }
        copyNormalised(copy, x);
    }

    /** The wrapped layer's parameters, with "weight" renamed "weight_orig". */
    @Override
    public List<Parameter> parameters() {
        List<Parameter> params = new ArrayList<>();
        for (Parameter p : layer.parameters()) {
            params.add(p.name().equals("weight") ? new Parameter("weight_orig", p.tensor()) : p);
        }
        return params;
    }

    /** The wrapped layer's buffers, then "weight_u" and "weight_v". */
    @Override
    public List<Parameter> buffers() {
        List<Parameter> buffers = new ArrayList<>(layer.buffers());
        buffers.add(new Parameter("weight_u", u));
        buffers.add(new Parameter("weight_v", v));
        return buffers;
    }

    /** Sets the mode of this wrapper and of the wrapped layer. */
    @Override
    public void train(boolean training) {
        super.train(training);
        layer.train(training);
    }

    @Override
    public String toString() {
        return "SpectralNorm(" + layer + ")";
    }
}
