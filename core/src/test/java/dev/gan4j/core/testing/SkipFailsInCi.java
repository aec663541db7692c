package dev.gan4j.core.testing;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Turns the skip of an {@link IntegrationTest} (a failed assumption, in the test or in its
 * {@code @BeforeAll}/{@code @BeforeEach}) into a failure when the tests run in CI: the environment
 * variable {@code CI} is {@code true} (as GitHub Actions, GitLab and most CI services set it), or the
 * JUnit configuration parameter {@value #CI_PARAMETER} says so (which wins, so the behaviour itself
 * can be tested). The failure keeps the skip's reason, which says what to install.
 */
public final class SkipFailsInCi implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {
    /** The JUnit configuration parameter that overrides the {@code CI} environment variable. */
    public static final String CI_PARAMETER = "gan4j.ci";

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw failureInCi(context, throwable);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw failureInCi(context, throwable);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw failureInCi(context, throwable);
    }

    private static Throwable failureInCi(ExtensionContext context, Throwable throwable) {
        if (!(throwable instanceof TestAbortedException) || !inCi(context)) {
            return throwable;
        }
        AssertionError failure = new AssertionError("The integration test " + context.getDisplayName() + " would be"
                + " skipped (" + throwable.getMessage() + "), but in CI (CI=true) every integration test must run;"
                + " install what it needs (.ci/run does) or run outside CI to see the skip.");
        failure.initCause(throwable);
        return failure;
    }

    private static boolean inCi(ExtensionContext context) {
        Optional<String> parameter = context.getConfigurationParameter(CI_PARAMETER);
        String value = parameter.orElseGet(() -> System.getenv("CI"));
        return value != null && value.strip().equalsIgnoreCase("true");
    }
}
