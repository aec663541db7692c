package dev.gan4j.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KernelsTest {
    @Test
    void unknownBackendNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Kernels.create("nope", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown kernel backend 'nope'")
                .hasMessageContaining("openblas")
                .hasMessageContaining("java")
                .hasMessageContaining("reference");
    }

    @Test
    void providersAreOrderedFastestFirstWithTheReferenceLast() {
        assertThat(Kernels.providers()).extracting(KernelBackendProvider::name)
                .containsExactly(OpenBlasKernelBackend.NAME, OneDnnKernelBackend.NAME, JavaKernelBackend.NAME,
                        ReferenceKernelBackend.NAME);
        assertThat(Kernels.providers()).extracting(KernelBackendProvider::priority).containsExactly(100, 90, 50, 0);
    }

    @Test
    void describeNamesTheBackendAndWhyAnotherCannotRun() {
        KernelBackendProvider missing = new UnavailableProvider("fastblas", 200,
                "libfastblas.so did not load; install it with 'apt-get install libfastblas'");
        KernelBackend java = Kernels.create("java", 2);
        assertThat(Kernels.describe(java, List.of(missing, new JavaKernelProvider(), new ReferenceKernelProvider())))
                .isEqualTo("Kernels: java (2 threads); fastblas cannot run here: libfastblas.so did not load; "
                        + "install it with 'apt-get install libfastblas'");
        assertThat(Kernels.describe(java, List.of(new JavaKernelProvider(), new ReferenceKernelProvider())))
                .isEqualTo("Kernels: java (2 threads)");
    }

    @Test
    void javaBackendIsFoundByNameWithTheThreadsAskedFor() {
        KernelBackend backend = Kernels.create("java", 3);
        assertThat(backend).isInstanceOf(JavaKernelBackend.class);
        assertThat(backend.threads()).isEqualTo(3);
    }

    @Test
    void forcedBackendNameIsHonoured() {
        assertThat(Kernels.chooseDefault(Map.of(Kernels.KERNELS_ENV, " reference ", Kernels.THREADS_ENV, "2")).name())
                .isEqualTo(ReferenceKernelBackend.NAME);
    }

    @Test
    void priorityChoiceTakesTheHighestPriorityBackendWithoutMeasuring() {
        assertThat(Kernels.chooseDefault(Map.of(Kernels.CHOICE_ENV, "priority", Kernels.THREADS_ENV, "2")).name())
                .isEqualTo(Kernels.best(2).name());
    }

    @Test
    void unknownChoiceIsRefusedNamingTheTwoValid() {
        assertThatThrownBy(() -> Kernels.chooseDefault(Map.of(Kernels.CHOICE_ENV, "fastest")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GAN4J_KERNEL_CHOICE is 'fastest'").hasMessageContaining("'measured'")
                .hasMessageContaining("'priority'");
    }

    @Test
    void threadCountIsReadFromTheEnvironment() {
        assertThat(Kernels.threadsFrom(Map.of(Kernels.THREADS_ENV, " 3 "))).isEqualTo(3);
        assertThat(Kernels.threadsFrom(Map.of())).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(Kernels.threadsFrom(Map.of(Kernels.THREADS_ENV, " "))).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void zeroThreadsIsRejectedWithTheFix() {
        assertThatThrownBy(() -> Kernels.threadsFrom(Map.of(Kernels.THREADS_ENV, "0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GAN4J_THREADS is '0'")
                .hasMessageContaining("1 or more")
                .hasMessageContaining("unset it");
    }

    @Test
    void negativeThreadsAreRejected() {
        assertThatThrownBy(() -> Kernels.threadsFrom(Map.of(Kernels.THREADS_ENV, "-2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GAN4J_THREADS is '-2'");
    }

    @Test
    void nonNumericThreadsAreRejected() {
        assertThatThrownBy(() -> Kernels.threadsFrom(Map.of(Kernels.THREADS_ENV, "four")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GAN4J_THREADS is 'four'");
    }
}
