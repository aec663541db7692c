package dev.gan4j.core.autograd;

import dev.gan4j.core.tensor.Tensor;

/**
 * Elementwise functions of one tensor, each with its backward rule next to its forward loop.
 * Rules that need a mask (relu, abs, clamp) compute it as a constant tensor, so their second
 * derivative is zero almost everywhere, as it should be.
 */
public final class UnaryOps {
    private UnaryOps() {
    }

    /** c · x. */
    public static Tensor scale(Tensor x, float c) {
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[i] * c;
        }
        return GradNode.result("scale", out, x.shape(), (g, y, needed) -> new Tensor[] {g.mul(c)}, x);
    }

    /** x². */
    public static Tensor square(Tensor x) {
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[i] * in[i];
        }
        return GradNode.result("square", out, x.shape(), (g, y, needed) -> new Tensor[] {g.mul(x).mul(2f)}, x);
    }

    /** √x. */
    public static Tensor sqrt(Tensor x) {
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (float) Math.sqrt(in[i]);
        }
        return GradNode.result("sqrt", out, x.shape(), (g, y, needed) -> new Tensor[] {g.div(y).mul(0.5f)}, x);
    }

    /** eˣ. */
    public static Tensor exp(Tensor x) {
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (float) Math.exp(in[i]);
        }
        return GradNode.result("exp", out, x.shape(), (g, y, needed) -> new Tensor[] {g.mul(y)}, x);
    }

    /** ln x. */
    public static Tensor log(Tensor x) {
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (float) Math.log(in[i]);
        }
        return GradNode.result("log", out, x.shape(), (g, y, needed) -> new Tensor[] {g.div(x)}, x);
    }

    /** |x|, with gradient sign(x) (0 at 0). */
    public static Tensor abs(Tensor x) {
        float[] in = x.data();
        float[] out = new float[in.length];
        float[] sign = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = Math.abs(in[i]);
            sign[i] = Math.signum(in[i]);
        }
        Tensor mask = Tensor.of(sign, x.shape());
        return GradNode.result("abs", out, x.shape(), (g, y, needed) -> new Tensor[] {g.mul(mask)}, x);
    }

    /** x clamped into [min, max]; the gradient is zero where a bound is active. */
    public static Tensor clamp(Tensor x, float min, float max) {
        if (min > max) {
            throw new IllegalArgumentException("clamp needs min <= max, but got min " + min + " and max " + max + ".");
        }
        float[] in = x.data();
        float[] out = new float[in.length];
        float[] pass = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            float v = in[i];
            out[i] = v < min ? min : Math.min(v, max);
            pass[i] = v >= min && v <= max ? 1f : 0f;
        }
        Tensor mask = Tensor.of(pass, x.shape());
        return GradNode.result("clamp", out, x.shape(), (g, y, needed) -> new Tensor[] {g.mul(mask)}, x);
    }

    /** x where x > 0, slope · x elsewhere (slope 0 is relu). */
    public static Tensor leakyRelu(Tensor x, float slope) {
        float[] in = x.data();
        float[] out = new float[in.length];
        // Branch-free min/max so HotSpot vectorises the loop: with random signs a branch per
        // element mispredicts half the time and was 40x slower on batch-norm-sized maps.
        ParallelLoops.run(in.length, (from, to) -> {
            if (slope == 0f) {
                for (int i = from; i < to; i++) {
                    out[i] = Math.max(in[i], 0f); // 0, not NaN, for -infinity, and +0 rather than -0
                }
            } else {
                for (int i = from; i < to; i++) {
                    out[i] = Math.max(in[i], 0f) + slope * Math.min(in[i], 0f);
                }
            }
        });
        return GradNode.result(slope == 0f ? "relu" : "leakyRelu", out, x.shape(),
                (g, y, needed) -> new Tensor[] {recorded(g) ? g.mul(rectifierSlopes(x, slope)) : rectifierGrad(g, x, slope)}, x);
    }

    /**
     * Whether a backward rule's result must be recorded (a gradient of a gradient was asked for
     * and flows through {@code g}); otherwise a rule may compute it in one fused loop, with the same
     * bits as its composite form but without the temporary tensors.
     */
    private static boolean recorded(Tensor g) {
        return GradMode.isEnabled() && g.requiresGrad();
    }

    /** g · rectifierSlopes(x, slope), in one loop and one array. */
    private static Tensor rectifierGrad(Tensor g, Tensor x, float slope) {
        float[] in = x.data();
        float[] gd = g.data();
        float[] dx = new float[in.length];
        float drop = 1f - slope;
        ParallelLoops.run(in.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                int bits = Float.floatToRawIntBits(in[i]);
                int notPositive = ((bits - 1) >>> 31) | (bits >>> 31);
                dx[i] = gd[i] * (1f - drop * notPositive);
            }
        });
        return Tensor.of(dx, x.shape());
    }

    /** The derivative of leakyRelu at each element of x: 1 where x > 0, {@code slope} elsewhere (at 0 too). */
    private static Tensor rectifierSlopes(Tensor x, float slope) {
        float[] in = x.data();
        float[] factor = new float[in.length];
        float drop = 1f - slope;
        for (int i = 0; i < in.length; i++) {
            int bits = Float.floatToRawIntBits(in[i]);
            int notPositive = ((bits - 1) >>> 31) | (bits >>> 31); // 1 for +0, -0 and negatives
            factor[i] = 1f - drop * notPositive;
        }
        return Tensor.of(factor, x.shape());
    }

    /** tanh x, with gradient 1 − tanh² x. */
    public static Tensor tanh(Tensor x) {
        float[] in = x.data();
        float[] out = new float[in.length];
        ParallelLoops.run(in.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                out[i] = tanh(in[i]);
            }
        });
        return GradNode.result("tanh", out, x.shape(), (g, y, needed) -> {
            if (recorded(g) || (GradMode.isEnabled() && y.requiresGrad())) {
                return new Tensor[] {g.mul(y.square().neg().add(1f))};
            }
            float[] yd = y.data();
            float[] gd = g.data();
            float[] dx = new float[yd.length];
            ParallelLoops.run(yd.length, (from, to) -> {
                for (int i = from; i < to; i++) {
                    dx[i] = gd[i] * (-(yd[i] * yd[i]) + 1f);
                }
            });
            return new Tensor[] {Tensor.of(dx, x.shape())};
        }, x);
    }

    /**
     * tanh x in float, as (1 − e^−2|x|) / (1 + e^−2|x|) in double with the sign of x, and x itself
     * below |x| = 4e-4 (where x³/3 is under half a float ulp of x): within one float ulp of
     * {@code (float) Math.tanh(x)} for every float (checked), about four times faster, since the
     * JDK's tanh is the software fdlibm routine and its exp is an intrinsic.
     */
    static float tanh(float x) {
        double a = Math.abs((double) x);
        if (a < 4e-4) {
            return x;
        }
        double e = Math.exp(-2 * a);
        double t = (1 - e) / (1 + e);
        return (float) (x < 0 ? -t : t);
    }

    /** σ(x) = 1 / (1 + e^−x), with gradient σ(1 − σ). */
    public static Tensor sigmoid(Tensor x) {
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (float) (1.0 / (1.0 + Math.exp(-in[i])));
        }
        return GradNode.result("sigmoid", out, x.shape(),
                (g, y, needed) -> new Tensor[] {g.mul(y.mul(y.neg().add(1f)))}, x);
    }

    /** log(1 + eˣ) = max(x, 0) + log(1 + e^−|x|), which neither overflows nor loses small values. */
    public static Tensor softplus(Tensor x) {
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            double v = in[i];
            out[i] = (float) (Math.max(v, 0.0) + Math.log1p(Math.exp(-Math.abs(v))));
        }
        return GradNode.result("softplus", out, x.shape(), (g, y, needed) -> new Tensor[] {g.mul(x.sigmoid())}, x);
    }
}
