package dev.gan4j.spark.cli;

import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/** The options every {@code gan4j spark} command shares: where Spark runs. */
final class SparkOptions {
    @Option(names = "--master", paramLabel = "URL",
            description = "Spark's master: local[N], local-cluster[N,C,MB], spark://..., yarn, k8s://... (default:"
                + " the master spark-submit gave, else local[*]).")
    String master;

    /** The Spark session for this command; the master given, else spark-submit's, else {@code local[*]}. */
    SparkSession session(String name) {
        SparkSession.Builder builder = SparkSession.builder().appName("gan4j " + name);
        if (master != null) {
            builder.master(master);
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        // the command prints one JSON line; Spark's progress logging would bury it
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
