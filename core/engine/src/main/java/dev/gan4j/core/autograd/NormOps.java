package dev.gan4j.core.autograd;

import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;

/**
 * Batch and instance normalisation with an optional per-channel affine map, as fused primitive
 * ops: one pass over the input for the means and variances, one to normalise, scale and shift.
 *
 * <p>The input is [N, C, ...]. Batch norm standardises each channel over the batch and the
 * trailing axes; instance norm standardises each (sample, channel) plane over the trailing axes.
 * Both then compute y = x̂·weight[c] + bias[c].
 *
 * <p>The backward rule has two paths with the same values. When the backward pass records a
 * graph (a gradient penalty asks for {@code createGraph}), the rule is written in differentiable
 * tensor ops, recomputing the statistics from the input, so the gradient can be differentiated
 * again. Otherwise nothing will differentiate the result, and the rule runs as two fused passes
 * (per-group sums of dy and dy·x̂, then dx, with the weight and bias gradients read off the same
 * sums) instead of the dozen full-size passes the composite takes.
 */
public final class NormOps {
    private NormOps() {
    }

    /**
     * A normalised output and the statistics it was normalised with.
     *
     * @param output   the normalised, scaled and shifted tensor
     * @param mean     the mean of each normalised group (per channel for batch norm)
     * @param variance the biased variance (divided by the group's count) of each group
     */
    public record Normalised(Tensor output, float[] mean, float[] variance) {
    }

    /**
     * Batch normalisation in training mode: each channel of x [N, C, ...] is standardised with the
     * mean and biased variance of its N·(trailing size) values, then scaled by {@code weight} and
     * shifted by {@code bias} (both [C], or both null for no affine map).
     */
    public static Normalised batchNorm(Tensor x, Tensor weight, Tensor bias, float eps) {
        return normalise(x, weight, bias, eps, false);
    }

    /**
     * Instance normalisation: each (sample, channel) plane of x [N, C, ...] is standardised with
     * its own mean and biased variance, then scaled and shifted per channel ({@code weight} and
     * {@code bias} both [C], or both null). The returned statistics have one entry per plane, in
     * the order n·C + c.
     */
    public static Normalised instanceNorm(Tensor x, Tensor weight, Tensor bias, float eps) {
        return normalise(x, weight, bias, eps, true);
    }

    private static Normalised normalise(Tensor x, Tensor weight, Tensor bias, float eps, boolean perSample) {
        String op = perSample ? "instanceNorm" : "batchNorm";
        Layout layout = Layout.of(x, weight, bias, eps, perSample, op);
        float[] xd = x.data();
        double[][] sums = layout.groupSums(xd, null);
        int groups = layout.groups();
        float[] mean = new float[groups];
        float[] variance = new float[groups];
        float[] invStd = new float[groups];
        for (int g = 0; g < groups; g++) {
            double m = sums[0][g] / layout.count;
            double v = Math.max(0.0, sums[1][g] / layout.count - m * m);
            mean[g] = (float) m;
            variance[g] = (float) v;
            invStd[g] = (float) (1.0 / Math.sqrt(v + eps));
        }
        float[] w = weight == null ? null : weight.data();
        float[] b = bias == null ? null : bias.data();
        float[] y = new float[xd.length];
        ParallelLoops.runUnits(layout.batch * layout.channels, xd.length, (from, to) -> {
            for (int plane = from; plane < to; plane++) {
                int n = plane / layout.channels;
                int c = plane % layout.channels;
                int g = layout.group(n, c);
                float scale = (w == null ? 1f : w[c]) * invStd[g];
                float shift = (b == null ? 0f : b[c]) - mean[g] * scale;
                int off = plane * layout.inner;
                for (int i = off, end = off + layout.inner; i < end; i++) {
                    y[i] = xd[i] * scale + shift;
                }
            }
        });
        BackwardRule rule = (dy, out, needed) -> {
            boolean record = GradMode.isEnabled()
                    && (dy.requiresGrad() || x.requiresGrad() || (weight != null && weight.requiresGrad()));
            return record ? compositeGradients(dy, x, weight, eps, layout, needed)
                    : fusedGradients(dy, x, weight, mean, invStd, layout, needed);
        };
        Tensor output = weight == null
                ? GradNode.result(op, y, x.shape(), rule, x)
                : GradNode.result(op, y, x.shape(), rule, x, weight, bias);
        return new Normalised(output, mean, variance);
    }

    /** Two passes: per-group Σdy and Σdy·x̂, then dx = k·dy + B·x + C per group. */
    private static Tensor[] fusedGradients(Tensor dy, Tensor x, Tensor weight, float[] mean, float[] invStd,
                                           Layout layout, boolean[] needed) {
        float[] xd = x.data();
        float[] dyd = dy.data();
        double[][] sums = layout.groupSums(dyd, xd);
        int groups = layout.groups();
        double[] sumDy = sums[0];
        double[] sumDyXhat = new double[groups];
        for (int g = 0; g < groups; g++) {
            sumDyXhat[g] = invStd[g] * (sums[1][g] - mean[g] * sumDy[g]);
        }
        float[] w = weight == null ? null : weight.data();
        Tensor[] grads = new Tensor[weight == null ? 1 : 3];
        if (needed[0]) {
            float[] dx = new float[xd.length];
            double count = layout.count;
            ParallelLoops.runUnits(layout.batch * layout.channels, xd.length, (from, to) -> {
                for (int plane = from; plane < to; plane++) {
                    int c = plane % layout.channels;
                    int g = layout.group(plane / layout.channels, c);
                    double k = (w == null ? 1.0 : w[c]) * (double) invStd[g];
                    double slope = -k * invStd[g] * sumDyXhat[g] / count;
                    float a = (float) k;
                    float bx = (float) slope;
                    float c0 = (float) (-k * sumDy[g] / count - slope * mean[g]);
                    int off = plane * layout.inner;
                    for (int i = off, end = off + layout.inner; i < end; i++) {
                        dx[i] = a * dyd[i] + bx * xd[i] + c0;
                    }
                }
            });
            grads[0] = Tensor.of(dx, x.shape());
        }
        if (weight != null) {
            float[] dw = new float[layout.channels];
            float[] db = new float[layout.channels];
            for (int n = 0; n < (layout.perSample ? layout.batch : 1); n++) {
                for (int c = 0; c < layout.channels; c++) {
                    int g = layout.group(n, c);
                    dw[c] += (float) sumDyXhat[g];
                    db[c] += (float) sumDy[g];
                }
            }
            grads[1] = needed[1] ? Tensor.of(dw, weight.shape()) : null;
            grads[2] = needed[2] ? Tensor.of(db, weight.shape()) : null;
        }
        return grads;
    }

    /**
     * The same gradients from differentiable ops, recomputing the statistics from x:
     * dx = σ⁻¹·(ĝ − mean(ĝ) − x̂·mean(ĝ·x̂)) with ĝ = dy·weight, dweight = Σ dy·x̂, dbias = Σ dy.
     */
    private static Tensor[] compositeGradients(Tensor dy, Tensor x, Tensor weight, float eps, Layout layout,
                                               boolean[] needed) {
        int[] statAxes = layout.statisticAxes();
        Tensor centred = x.sub(x.mean(statAxes, true));
        Tensor invStd = Tensor.scalar(1f).div(centred.square().mean(statAxes, true).add(eps).sqrt());
        Tensor xhat = centred.mul(invStd);
        Tensor[] grads = new Tensor[weight == null ? 1 : 3];
        if (needed[0]) {
            Tensor gHat = weight == null ? dy : dy.mul(weight.reshape(layout.channelShape()));
            grads[0] = gHat.sub(gHat.mean(statAxes, true))
                    .sub(xhat.mul(gHat.mul(xhat).mean(statAxes, true)))
                    .mul(invStd);
        }
        if (weight != null) {
            int[] allButChannel = layout.allButChannelAxes();
            grads[1] = needed[1] ? dy.mul(xhat).sum(allButChannel, false) : null;
            grads[2] = needed[2] ? dy.sum(allButChannel, false) : null;
        }
        return grads;
    }

    /** The input seen as [batch, channels, inner], and which planes share statistics. */
    private static final class Layout {
        final int batch;
        final int channels;
        final int inner;
        final int rank;
        final boolean perSample;
        final int count;

        private Layout(int batch, int channels, int inner, int rank, boolean perSample) {
            this.batch = batch;
            this.channels = channels;
            this.inner = inner;
            this.rank = rank;
            this.perSample = perSample;
            this.count = perSample ? inner : batch * inner;
        }

        static Layout of(Tensor x, Tensor weight, Tensor bias, float eps, boolean perSample, String op) {
            if (x.rank() < (perSample ? 3 : 2)) {
                throw new IllegalArgumentException(op + " needs an input of shape [N, C, ...]" + (perSample
                        ? " with at least one spatial axis" : "") + ", but got " + x.shape() + ".");
            }
            int channels = x.dim(1);
            if ((weight == null) != (bias == null)) {
                throw new IllegalArgumentException(op + " needs both an affine weight and bias, or neither; got "
                        + (weight == null ? "only a bias." : "only a weight."));
            }
            if (weight != null && (weight.rank() != 1 || weight.dim(0) != channels || !weight.shape().equals(bias.shape()))) {
                throw new IllegalArgumentException(op + " of an input " + x.shape() + " needs a weight and a bias of shape ["
                        + channels + "], but got " + weight.shape() + " and " + bias.shape() + ".");
            }
            if (!(eps > 0f)) {
                throw new IllegalArgumentException(op + " needs a positive eps, but got " + eps + ".");
            }
            int batch = x.dim(0);
            int inner = batch * channels == 0 ? 0 : x.size() / (batch * channels);
            Layout layout = new Layout(batch, channels, inner, x.rank(), perSample);
            if (layout.count < 2) {
                throw new IllegalArgumentException(op + " in training mode needs more than one value per "
                        + (perSample ? "plane" : "channel") + " to estimate a variance, but an input of shape " + x.shape()
                        + " gives " + layout.count + (perSample ? "; use larger images." : "; use a batch of two or more."));
            }
            return layout;
        }

        int groups() {
            return perSample ? batch * channels : channels;
        }

        int group(int n, int c) {
            return perSample ? n * channels + c : c;
        }

        /** Per group, Σa and Σa² (b null) or Σa and Σa·b, accumulated in double. */
        double[][] groupSums(float[] a, float[] b) {
            int planes = batch * channels;
            // each plane's sums on some thread, then added into the groups in plane order: the same bits for any cut
            double[] planeFirst = new double[planes];
            double[] planeSecond = new double[planes];
            ParallelLoops.runUnits(planes, (long) planes * inner, (from, to) -> {
                for (int plane = from; plane < to; plane++) {
                    int off = plane * inner;
                    double s = 0;
                    double q = 0;
                    if (b == null) {
                        for (int i = off, end = off + inner; i < end; i++) {
                            double v = a[i];
                            s += v;
                            q += v * v;
                        }
                    } else {
                        for (int i = off, end = off + inner; i < end; i++) {
                            double v = a[i];
                            s += v;
                            q += v * b[i];
                        }
                    }
                    planeFirst[plane] = s;
                    planeSecond[plane] = q;
                }
            });
            double[] first = new double[groups()];
            double[] second = new double[groups()];
            for (int plane = 0; plane < planes; plane++) {
                int g = group(plane / channels, plane % channels);
                first[g] += planeFirst[plane];
                second[g] += planeSecond[plane];
            }
            return new double[][] {first, second};
        }

        int[] statisticAxes() {
            int[] axes = new int[perSample ? rank - 2 : rank - 1];
            int k = 0;
            if (!perSample) {
                axes[k++] = 0;
            }
            for (int d = 2; d < rank; d++) {
                axes[k++] = d;
            }
            return axes;
        }

        int[] allButChannelAxes() {
            int[] axes = new int[rank - 1];
            axes[0] = 0;
            for (int d = 2; d < rank; d++) {
                axes[d - 1] = d;
            }
            return axes;
        }

        int[] channelShape() {
            int[] dims = new int[rank];
            Arrays.fill(dims, 1);
            dims[1] = channels;
            return dims;
        }
    }
}
