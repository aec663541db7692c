package dev.gan4j.spark;

import dev.gan4j.runtime.onnx.inference.Device;
import java.util.Locale;
import org.apache.spark.TaskContext;

/**
 * The device and intra-op thread count a task runs its model with: CUDA when Spark gave the task a
 * GPU ({@code spark.task.resource.gpu.amount}), the CPU otherwise, unless the job asks for one; and
 * by default as many threads as the task was given cores ({@code spark.task.cpus}), which is the
 * executor's cores divided by the tasks it runs at once.
 */
final class TaskDevice {
    private TaskDevice() {
    }

    /**
     * The device for this task.
     *
     * @param requested {@code auto} (GPU when the task has one), {@code cpu} or {@code cuda}
     */
    static Device device(String requested) {
        Device device = Device.parse(requested);
        if (device != Device.AUTO) {
            return device;
        }
        TaskContext task = TaskContext.get();
        boolean gpu = task != null && task.resourcesJMap().containsKey("gpu");
        return gpu ? Device.CUDA : Device.CPU;
    }

    /** The thread count for this task: {@code requested} when positive, else the task's cores. */
    static int threads(int requested) {
        if (requested > 0) {
            return requested;
        }
        TaskContext task = TaskContext.get();
        return task == null ? 1 : Math.max(1, task.cpus());
    }

    /** The cache key's device part. */
    static String name(Device device) {
        return device.name().toLowerCase(Locale.ROOT);
    }
}
