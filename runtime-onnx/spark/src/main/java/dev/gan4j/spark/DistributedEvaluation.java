package dev.gan4j.spark;

import dev.gan4j.core.eval.ExtractedFeatures;
import dev.gan4j.core.eval.FeatureExtractor;
import dev.gan4j.core.eval.FrechetDistance;
import dev.gan4j.core.eval.GaussianStatistics;
import dev.gan4j.core.tensor.Tensor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * FID and class statistics of images in a DataFrame, computed where the images are: each partition
 * runs the feature model (one cached session per executor) on its images in batches and keeps only
 * their {@link FeatureMoments}; Spark combines those with {@code treeAggregate}; the driver
 * computes the Fréchet distance with core's {@link FrechetDistance}, against a reference whose
 * statistics come from the same feature model. The result equals {@code gan4j eval}'s on the same
 * images up to the order of double-precision sums.
 */
public final class DistributedEvaluation {
    /** Images per feature-model call. */
    public static final int DEFAULT_BATCH = 256;

    private final Gan4jSpark gan4j;
    private final FeatureSource features;
    private final int batch;

    /**
     * An evaluation with {@code features} in batches of {@code batch} images.
     *
     * @throws IllegalArgumentException when {@code batch} is below 1
     */
    public DistributedEvaluation(Gan4jSpark gan4j, FeatureSource features, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("The batch of the feature model must be 1 or more, but was " + batch + ".");
        }
        this.gan4j = Objects.requireNonNull(gan4j, "gan4j");
        this.features = Objects.requireNonNull(features, "features");
        this.batch = batch;
    }

    /** What an evaluation measured: the samples' moments and their Fréchet distance to the reference. */
    public record Result(FeatureMoments samples, GaussianStatistics reference, double fid) {
    }

    /**
     * The feature moments of the images in {@code column} of {@code images} (a float or double
     * array per row; its shape from the column's metadata, or {@code shape} when given).
     *
     * @throws IllegalArgumentException naming the column and the types read when it holds something else
     */
    public FeatureMoments moments(Dataset<Row> images, String column, int[] shape) {
        ImageColumn source = ImageColumn.of(images.schema(), column, shape);
        FeatureSource model = features;
        JobCounters counters = gan4j.counters();
        int size = batch;
        JavaRDD<FeatureMoments> partials = images.select(column).javaRDD().mapPartitions(
                rows -> List.of(partition(rows, source, model, counters, size)).iterator());
        return partials.treeAggregate(FeatureMoments.empty(), FeatureMoments::merge, FeatureMoments::merge);
    }

    /**
     * The samples' moments, and their FID against reference images given on the driver ([N, ...],
     * as {@code gan4j eval} takes its reference), in the order {@code gan4j eval} compares them.
     */
    public Result evaluate(Dataset<Row> images, String column, int[] shape, Tensor referenceImages)
            throws IOException {
        GaussianStatistics reference;
        try (FeatureSource.Session session = features.open()) {
            reference = GaussianStatistics.of(session.extractor().extract(referenceImages).features());
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Closing the feature model " + features.name() + " failed: " + e.getMessage(), e);
        }
        return evaluate(images, column, shape, reference);
    }

    /** The samples' moments and their FID against known reference statistics. */
    public Result evaluate(Dataset<Row> images, String column, int[] shape, GaussianStatistics reference) {
        FeatureMoments samples = moments(images, column, shape);
        return new Result(samples, reference, FrechetDistance.between(reference, samples.statistics()));
    }

    private static FeatureMoments partition(Iterator<Row> rows, ImageColumn column, FeatureSource model,
                                            JobCounters counters, int batch) {
        if (!rows.hasNext()) {
            return FeatureMoments.empty();
        }
        try (SessionCache.Lease<FeatureSource.Session> lease = SessionCache.shared().acquire(model.key(),
                FeatureSource.Session.class, () -> {
                    FeatureSource.Session session = model.open();
                    counters.opened(model.name(), model.runsOn());
                    return session;
                })) {
            FeatureExtractor extractor = lease.session().extractor();
            FeatureMoments moments = FeatureMoments.empty();
            List<Row> pending = new ArrayList<>(batch);
            while (rows.hasNext()) {
                pending.add(rows.next());
                if (pending.size() == batch || !rows.hasNext()) {
                    ExtractedFeatures extracted = extractor.extract(column.batch(pending, 0));
                    moments = moments.merge(FeatureMoments.of(extracted.features(),
                            extracted.probabilities().orElse(null)));
                    pending.clear();
                }
            }
            return moments;
        }
    }
}
