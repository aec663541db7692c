package dev.gan4j.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure of the engine and core, checked on their compiled classes (ArchUnit), so a
 * new dependency that breaks it fails the build with the classes and lines that make it:
 *
 * <ul>
 *   <li>no package cycles among {@code dev.gan4j.core.*}, except tensor and autograd, which depend
 *       on each other by design (a tensor remembers the op that made it);</li>
 *   <li>the engine packages (tensor, autograd, kernel, nn, optim, io) use nothing of the GAN
 *       framework: no other {@code dev.gan4j} package.</li>
 * </ul>
 */
class PackageDependenciesTest {
    /** The packages of the engine (artifact gan4j-engine). */
    static final List<String> ENGINE = List.of("tensor", "autograd", "kernel", "nn", "optim", "io");
    private static final String ROOT = "dev.gan4j.core";
    private static final Pattern TEST_CODE = Pattern.compile(".*(/test-classes/|-tests\\.jar).*");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(location -> !location.matches(TEST_CODE))
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void corePackagesHaveNoCyclesButTensorAndAutograd() {
        slices().assignedFrom(new CorePackages()).should().beFreeOfCycles().check(classes);
    }

    @Test
    void enginePackagesUseNothingOfTheGanFramework() {
        String[] engine = ENGINE.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new);
        noClasses().that().resideInAnyPackage(engine)
                .should().dependOnClassesThat(resideInAPackage("dev.gan4j..").and(not(resideInAnyPackage(engine))))
                .because("the engine (gan4j-engine) is usable alone and must not grow a dependency on GAN concepts")
                .check(classes);
    }

    /** One slice per package below dev.gan4j.core, with tensor and autograd as one. */
    private static final class CorePackages implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith(ROOT + ".")) {
                return SliceIdentifier.ignore();
            }
            String top = name.substring(ROOT.length() + 1).split("\\.")[0];
            return SliceIdentifier.of(top.equals("tensor") || top.equals("autograd") ? "tensor+autograd" : top);
        }

        @Override
        public String getDescription() {
            return "packages of dev.gan4j.core (tensor and autograd as one)";
        }
    }
}
