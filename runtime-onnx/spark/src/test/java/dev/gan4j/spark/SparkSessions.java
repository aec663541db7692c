package dev.gan4j.spark;

import org.apache.spark.sql.SparkSession;

/** The Spark sessions of the tests: in this JVM ({@code local[2]}) or with two executor JVMs ({@code local-cluster}). */
public final class SparkSessions {
    private SparkSessions() {
    }

    /** Two task threads in the test JVM. */
    static SparkSession local() {
        return of("local[2]");
    }

    /** A session on {@code master} ({@code local[2,4]}, {@code local-cluster[2,1,1024]}, ...), bound to the loopback address. */
    public static SparkSession of(String master) {
        return builder(master).getOrCreate();
    }

    /** Two executor processes of one core and 1 GiB each (needs the testing properties of the module's pom). */
    static SparkSession localCluster() {
        return of("local-cluster[2,1,1024]");
    }

    private static SparkSession.Builder builder(String master) {
        return SparkSession.builder().master(master).appName("gan4j-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1");
    }
}
