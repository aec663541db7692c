package dev.gan4j.core.config;

/**
 * Evaluation during training, the run config's optional {@code "evaluation"} object:
 * <pre>{@code
 * "evaluation": {"every": 500, "samples": 2000, "reference": "test", "k": 3}
 * }</pre>
 * Every {@code every} steps (and at the last step) the run draws {@code samples} samples and
 * appends their metrics to {@code metrics.jsonl}: for Fashion-MNIST, FID, KID, precision/recall
 * and the class entropy through gan4j's classifier features; for the toy mixtures, mode coverage
 * and the high-quality fraction. The checkpoint with the best FID is kept as
 * {@code checkpoints/best.ckpt}. Without the object there is no evaluation.
 *
 * @param every     steps between evaluations; a multiple of {@code training.sampleEvery} and of
 *                  {@code training.checkpointEvery}, since samples are drawn on sample steps and
 *                  the best one is kept as a checkpoint (default 500)
 * @param samples   samples drawn per evaluation (default 2000)
 * @param reference the real images compared with: {@code "test"} (the dataset's test split, the
 *                  default), {@code "train"}, or the path of an IDX file
 * @param k         the neighbourhood size of precision/recall (default 3)
 */
public record EvaluationConfig(int every, int samples, String reference, int k) {
    /** Applies the defaults (in one place) and checks the ranges, naming the field. */
    public EvaluationConfig {
        every = every == 0 ? 500 : every;
        samples = samples == 0 ? 2000 : samples;
        reference = reference == null ? "test" : reference;
        k = k == 0 ? 3 : k;
        if (every < 1) {
            throw new IllegalArgumentException("evaluation.every is " + every + ", but it must be 1 or more.");
        }
        if (samples <= k) {
            throw new IllegalArgumentException("evaluation.samples is " + samples + ", but precision/recall with k = "
                    + k + " needs more than " + k + " samples; 2000 is a good size.");
        }
        if (k < 1) {
            throw new IllegalArgumentException("evaluation.k is " + k + ", but it must be 1 or more (3 is usual).");
        }
        if (reference.isBlank()) {
            throw new IllegalArgumentException("evaluation.reference is blank; give \"test\", \"train\" or the path of "
                    + "an IDX file of real images.");
        }
    }

    /** All defaults. */
    public static EvaluationConfig defaults() {
        return new EvaluationConfig(0, 0, null, 0);
    }
}
