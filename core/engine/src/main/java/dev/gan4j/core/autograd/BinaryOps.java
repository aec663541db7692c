package dev.gan4j.core.autograd;

import dev.gan4j.core.tensor.Shape;
import dev.gan4j.core.tensor.Tensor;

/**
 * The broadcasting binary ops: add, sub, mul, div, maximum, minimum. Each returns its
 * gradients in the broadcast output shape; {@link Autograd} reduces them.
 */
public final class BinaryOps {
    private BinaryOps() {
    }

    /** a + b. */
    public static Tensor add(Tensor a, Tensor b) {
        Shape out = Shape.broadcast(a.shape(), b.shape(), "add");
        return GradNode.result("add", BinaryKernel.ADD.apply(a, b, out), out,
                (g, y, needed) -> new Tensor[] {g, g}, a, b);
    }

    /** a − b. */
    public static Tensor sub(Tensor a, Tensor b) {
        Shape out = Shape.broadcast(a.shape(), b.shape(), "subtract");
        return GradNode.result("sub", BinaryKernel.SUB.apply(a, b, out), out,
                (g, y, needed) -> new Tensor[] {g, needed[1] ? g.neg() : null}, a, b);
    }

    /** a · b. */
    public static Tensor mul(Tensor a, Tensor b) {
        Shape out = Shape.broadcast(a.shape(), b.shape(), "multiply");
        return GradNode.result("mul", BinaryKernel.MUL.apply(a, b, out), out,
                (g, y, needed) -> new Tensor[] {needed[0] ? g.mul(b) : null, needed[1] ? g.mul(a) : null}, a, b);
    }

    /** a / b. */
    public static Tensor div(Tensor a, Tensor b) {
        Shape out = Shape.broadcast(a.shape(), b.shape(), "divide");
        return GradNode.result("div", BinaryKernel.DIV.apply(a, b, out), out,
                (g, y, needed) -> new Tensor[] {
                    needed[0] ? g.div(b) : null,
                    needed[1] ? g.mul(y).div(b).neg() : null}, a, b);
    }

    /** Elementwise max(a, b); where equal, the gradient goes to a. */
    public static Tensor maximum(Tensor a, Tensor b) {
        return select("maximum", a, b, BinaryKernel.GREATER_EQUAL);
    }

    /** Elementwise min(a, b); where equal, the gradient goes to a. */
    public static Tensor minimum(Tensor a, Tensor b) {
        return select("minimum", a, b, BinaryKernel.LESS_EQUAL);
    }

    private static Tensor select(String op, Tensor a, Tensor b, BinaryKernel pickA) {
        Shape out = Shape.broadcast(a.shape(), b.shape(), op);
        Tensor mask = Tensor.of(pickA.apply(a, b, out), out);
        float[] m = mask.data();
        float[] ad = ReduceOps.expand(a, out);
        float[] bd = ReduceOps.expand(b, out);
        float[] o = new float[out.size()];
        for (int i = 0; i < o.length; i++) {
            o[i] = m[i] != 0f ? ad[i] : bd[i];
        }
        return GradNode.result(op, o, out, (g, y, needed) -> {
            Tensor toA = g.mul(mask);
            return new Tensor[] {toA, needed[1] ? g.sub(toA) : null};
        }, a, b);
    }
}
