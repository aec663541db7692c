package dev.gan4j.spark;

import java.io.Serializable;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * What the executors report back to the driver about a job's ONNX Runtime sessions, through Spark
 * accumulators: how many sessions they opened, and on which executor and execution provider each
 * ran. Read after an action has run the job.
 */
public final class JobCounters implements Serializable {
    private static final long serialVersionUID = 1L;

    private final LongAccumulator sessionsOpened;
    private final CollectionAccumulator<String> devices;

    private JobCounters(LongAccumulator sessionsOpened, CollectionAccumulator<String> devices) {
        this.sessionsOpened = sessionsOpened;
        this.devices = devices;
    }

    /** New counters registered with {@code spark}'s context. */
    public static JobCounters register(SparkSession spark) {
        return new JobCounters(spark.sparkContext().longAccumulator("gan4j sessions opened"),
                spark.sparkContext().collectionAccumulator("gan4j devices"));
    }

    /** Called on an executor when it opens a session of {@code model} on {@code provider}. */
    void opened(String model, String provider) {
        sessionsOpened.add(1);
        devices.add(ModelSource.executor() + ": " + model + " on " + provider);
    }

    /** The ONNX Runtime sessions the executors opened (a session reused from an earlier job is not counted again). */
    public long sessionsOpened() {
        return sessionsOpened.value();
    }

    /** Each session opened, as {@code "executor 1 (host): model on CUDAExecutionProvider"}, sorted. */
    public List<String> devices() {
        return List.copyOf(new TreeSet<>(devices.value()));
    }
}
