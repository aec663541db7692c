package dev.gan4j.spark;

import dev.gan4j.runtime.onnx.inference.Device;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import java.nio.file.Path;
import org.apache.spark.TaskContext;

/**
 * The ONNX Runtime generator a Spark task runs: leased from its executor's {@link SessionCache} (one
 * session per model, role, device and thread count, whatever the number of partitions), opened from
 * the model's local copy on first use, and given back when the task completes, also when it stops early.
 */
final class TaskGenerators {
    private TaskGenerators() {
    }

    /**
     * Leases the session of {@code model} in {@code role} ("generator", "translator") on the device and
     * threads the task asks for; a session opened here is counted in {@code counters}.
     */
    static SessionCache.Lease<OnnxGenerator> lease(ModelSource model, String role, String device, int threads,
                                                   JobCounters counters) {
        Device chosen = TaskDevice.device(device);
        int taskThreads = TaskDevice.threads(threads);
        SessionCache.Key key = new SessionCache.Key(model.sha256(), role, TaskDevice.name(chosen), taskThreads);
        SessionCache.Lease<OnnxGenerator> lease = SessionCache.shared().acquire(key, OnnxGenerator.class, () -> {
            Path local = model.localCopy(Path.of(System.getProperty("java.io.tmpdir"), "gan4j-spark-models"));
            OnnxGenerator generator = OnnxGenerator.open(local, chosen, taskThreads);
            counters.opened(model.name(), generator.provider());
            return generator;
        });
        // a task stopped early (limit, failure) still gives its lease back
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> lease.close());
        }
        return lease;
    }
}
