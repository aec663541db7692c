package dev.gan4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * An {@link IntegrationTest} whose requirement is missing is a skip outside CI and a failure in CI,
 * whether it skips in the test itself or in its {@code @BeforeAll}; a passing one passes in both.
 * The sample classes are nested, so surefire does not run them on their own.
 */
class SkipFailsInCiTest {
    @Test
    void skipInTheTestIsASkipOutsideCi() {
        TestExecutionSummary summary = run(SkipsInTheTest.class, "false");
        assertThat(summary.getTestsSkippedCount() + summary.getTestsAbortedCount()).isEqualTo(1);
        assertThat(summary.getTotalFailureCount()).isZero();
    }

    @Test
    void skipInTheTestIsAFailureInCiKeepingTheReason() {
        TestExecutionSummary summary = run(SkipsInTheTest.class, "true");
        assertThat(summary.getTotalFailureCount()).isEqualTo(1);
        Throwable failure = summary.getFailures().get(0).getException();
        assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining("CI=true")
                .hasMessageContaining("the frobnicator is not installed");
    }

    @Test
    void skipInBeforeAllIsAFailureInCi() {
        TestExecutionSummary summary = run(SkipsInBeforeAll.class, "true");
        assertThat(summary.getTotalFailureCount()).isEqualTo(1);
        assertThat(summary.getFailures().get(0).getException()).hasMessageContaining("Chromium is missing");
    }

    @Test
    void skipInBeforeAllIsASkipOutsideCi() {
        TestExecutionSummary summary = run(SkipsInBeforeAll.class, "false");
        assertThat(summary.getTotalFailureCount()).isZero();
        assertThat(summary.getTestsSucceededCount()).isZero();
    }

    @Test
    void passingIntegrationTestPassesInCi() {
        TestExecutionSummary summary = run(Passes.class, "true");
        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(summary.getTotalFailureCount()).isZero();
    }

    @Test
    void integrationTestsCarryTheirTag() {
        assertThat(SkipsInTheTest.class.getAnnotation(IntegrationTest.class)).isNotNull();
        assertThat(IntegrationTest.class.getAnnotation(org.junit.jupiter.api.Tag.class).value()).isEqualTo("integration");
    }

    private static TestExecutionSummary run(Class<?> testClass, String ci) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass))
                .configurationParameter(SkipFailsInCi.CI_PARAMETER, ci).build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        return listener.getSummary();
    }

    @IntegrationTest
    static class SkipsInTheTest {
        @Test
        void needsTheFrobnicator() {
            assumeTrue(false, "the frobnicator is not installed");
        }
    }

    @IntegrationTest
    static class SkipsInBeforeAll {
        @BeforeAll
        static void needsChromium() {
            assumeTrue(false, "Chromium is missing");
        }

        @Test
        void rendersTheReport() {
            assertThat(true).isTrue();
        }
    }

    @IntegrationTest
    static class Passes {
        @Test
        void runs() {
            assertThat(1 + 1).isEqualTo(2);
        }
    }
}
