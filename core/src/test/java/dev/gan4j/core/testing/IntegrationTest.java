package dev.gan4j.core.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that needs something installed beside the JDK and Maven (Fashion-MNIST, python3-onnx,
 * Chromium, a native library) and skips itself with {@code assumeTrue} where it is missing. It is
 * tagged {@value #TAG} (so {@code -Dgroups=integration} runs exactly these) and runs under
 * {@link SkipFailsInCi}: on a developer's machine a missing package is a visible skip, in CI
 * ({@code CI=true}) it is a failure, so a green CI run means these tests ran.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Tag(IntegrationTest.TAG)
@ExtendWith(SkipFailsInCi.class)
public @interface IntegrationTest {
    /** The JUnit tag of these tests. */
    String TAG = "integration";
}
