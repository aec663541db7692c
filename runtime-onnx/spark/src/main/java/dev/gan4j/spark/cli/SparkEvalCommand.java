package dev.gan4j.spark.cli;

import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.data.FashionMnistDataConfig;
import dev.gan4j.core.eval.ClassifierCache;
import dev.gan4j.core.eval.EvaluationResult;
import dev.gan4j.core.eval.ReferenceImages;
import dev.gan4j.spark.DistributedEvaluation;
import dev.gan4j.spark.FeatureMoments;
import dev.gan4j.spark.FeatureSource;
import dev.gan4j.spark.Gan4jSpark;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gan4j spark eval SAMPLES.parquet}: FID against a reference and, with gan4j's classifier,
 * the classifier score, class histogram and its entropy, of images in a Parquet data set (as
 * {@code gan4j spark sample} writes), computed on the executors; one JSON line with the keys of
 * {@code gan4j eval}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "FID and class statistics of images in Parquet.")
public final class SparkEvalCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SAMPLES", description = "A Parquet data set with a column of images.")
    private String samples;

    @Option(names = "--column", defaultValue = "image", description = "The column of images (default: ${DEFAULT-VALUE}).")
    private String column;

    @Option(names = "--shape", split = ",", paramLabel = "C,H,W",
            description = "The shape of one image, when the column's metadata does not record it.")
    private int[] shape;

    @Option(names = "--reference", defaultValue = "test", paramLabel = "test|train|FILE.idx",
            description = "The real images (default: ${DEFAULT-VALUE}, Fashion-MNIST's test split).")
    private String reference;

    @Option(names = "--features", defaultValue = "fashion-mnist", paramLabel = "fashion-mnist|MODEL.onnx",
            description = "The feature model (default: ${DEFAULT-VALUE}, gan4j's classifier).")
    private String features;

    @Option(names = "--features-output", paramLabel = "NAME", description = "The output of the ONNX feature model to use.")
    private String featuresOutput;

    @Option(names = "--batch", defaultValue = "256", description = "Images per feature-model call (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--data", paramLabel = "DIR", description = "Where Fashion-MNIST is (else $GAN4J_DATA, then the system directory).")
    private Path data;

    @Mixin
    private SparkOptions sparkOptions;

    @Override
    public Integer call() throws Exception {
        DataContext context = DataContext.standard(data);
        SparkSession spark = sparkOptions.session("eval");
        try {
            Gan4jSpark gan4j = Gan4jSpark.on(spark);
            JobLine line = new JobLine();
            FeatureSource source = featureSource(spark, context);
            ReferenceImages real = ReferenceImages.resolve(reference, FashionMnistDataConfig.defaults(), context);
            Dataset<Row> images = spark.read().parquet(samples);
            DistributedEvaluation.Result result = new DistributedEvaluation(gan4j, source, batch)
                    .evaluate(images, column, shape, real.images());
            FeatureMoments moments = result.samples();
            line.put("samples_file", samples);
            line.put("reference", real.name());
            line.put("samples", moments.count());
            line.put(EvaluationResult.FID, result.fid());
            if (moments.hasClasses()) {
                line.put(EvaluationResult.CLASSIFIER_SCORE, moments.classifierScore());
                line.put(EvaluationResult.CLASS_ENTROPY, moments.classEntropy());
                line.put(EvaluationResult.CLASS_HISTOGRAM, Arrays.stream(moments.classHistogram()).boxed().toList());
            }
            spec.commandLine().getOut().println(line.finish(line.seconds(), spark, gan4j));
            return 0;
        } finally {
            spark.stop();
        }
    }

    private FeatureSource featureSource(SparkSession spark, DataContext context) throws Exception {
        if (features.equals("fashion-mnist")) {
            return FeatureSource.classifier(spark, ClassifierCache.home(context.environment()), data);
        }
        if (features.toLowerCase(Locale.ROOT).endsWith(".onnx")) {
            if (featuresOutput == null) {
                throw new IllegalArgumentException("--features " + features + " needs --features-output NAME, the "
                        + "model output that holds the features.");
            }
            return FeatureSource.onnx(spark, Path.of(features), featuresOutput);
        }
        throw new IllegalArgumentException("--features is \"" + features + "\", but it must be fashion-mnist or the "
                + "path of an .onnx model.");
    }
}
