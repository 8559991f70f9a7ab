package dev.ryugaku.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * What keeps {@code ./mvnw verify} fast: Spring tests share the few application contexts the test
 * JVM caches, and browserless tests look for routes in the app's own package only (without
 * {@code @ViewPackages} the browserless runtime scans the whole class path, ten seconds a class).
 */
class TestContextsTest {

    /** The shared contexts: one annotation each, used by every test that needs that application. */
    private static final List<String> SHARED_CONTEXTS = List.of("dev.ryugaku.web.RyugakuTest",
            "dev.ryugaku.web.SsoTest");

    /** Tests that need an application of their own, and why. */
    private static final Map<String, String> OWN_CONTEXT = Map.of(
            "dev.ryugaku.web.security.BootstrapOwnerTest", "a database without the demo program",
            "dev.ryugaku.web.reminder.WithoutMailServerTest", "no mail server configured");

    /** Annotations on a test class that make Spring build a context just for it. */
    private static final List<Class<? extends Annotation>> CONTEXT_CHANGING = List.of(SpringBootTest.class,
            TestPropertySource.class, ContextConfiguration.class, ActiveProfiles.class, DirtiesContext.class);

    private static JavaClasses tests;

    @BeforeAll
    static void importTestClasses() {
        // the compiled tests only, without following their dependencies into the class path: what is
        // checked here is written on the test classes themselves (a full import takes a minute)
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            tests = new ClassFileImporter().importPath(Path.of("target", "test-classes"));
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolving);
        }
    }

    @Test
    void springTestsUseOneOfTheSharedContexts() {
        List<String> ownContexts = tests.stream()
                .filter(TestContextsTest::isConcreteTestClass)
                .filter(TestContextsTest::isSpringTest)
                .filter(test -> !OWN_CONTEXT.containsKey(test.getName()))
                .filter(test -> changesTheContext(test).isPresent())
                .map(test -> test.getName() + " (" + changesTheContext(test).orElseThrow() + ")")
                .toList();
        assertThat(ownContexts)
                .as("use @RyugakuTest or @SsoTest, or list the class in OWN_CONTEXT with its reason")
                .isEmpty();
    }

    @Test
    void theExceptionsStillExist() {
        assertThat(OWN_CONTEXT.keySet()).allSatisfy(name -> assertThat(tests.contain(name)).as(name).isTrue());
    }

    @Test
    void browserlessTestsScanOnlyTheAppsViews() {
        List<String> scanningAll = tests.stream()
                .filter(TestContextsTest::isConcreteTestClass)
                .filter(test -> test.isAssignableTo(SpringBrowserlessTest.class))
                .filter(test -> !test.isAnnotatedWith(ViewPackages.class))
                .map(JavaClass::getName)
                .toList();
        assertThat(scanningAll).as("browserless tests without @ViewPackages").isEmpty();
    }

    private static boolean isConcreteTestClass(JavaClass type) {
        return !type.isAnnotation() && !type.isInterface() && !type.getModifiers().contains(JavaModifier.ABSTRACT)
                && type.getSimpleName().matches(".*(Test|IT)$");
    }

    private static boolean isSpringTest(JavaClass type) {
        return type.getClassHierarchy().stream().anyMatch(c -> c.isMetaAnnotatedWith(SpringBootTest.class));
    }

    /** The first thing on the class (or a superclass) that asks Spring for a context of its own. */
    private static Optional<String> changesTheContext(JavaClass test) {
        for (JavaClass type : test.getClassHierarchy()) {
            for (Class<? extends Annotation> annotation : CONTEXT_CHANGING) {
                if (type.isAnnotatedWith(annotation)) {
                    return Optional.of("@" + annotation.getSimpleName() + " on " + type.getSimpleName());
                }
            }
            boolean sharedAnnotation = SHARED_CONTEXTS.stream().anyMatch(type::isAnnotatedWith);
            if (type.getAllFields().stream().anyMatch(f -> f.isAnnotatedWith(MockitoBean.class)
                    || f.isAnnotatedWith(MockitoSpyBean.class))) {
                return Optional.of("a Mockito bean in " + type.getSimpleName());
            }
            if (type.isMetaAnnotatedWith(SpringBootTest.class) && !sharedAnnotation && type.equals(test)) {
                return Optional.of("a context annotation other than the shared ones");
            }
        }
        return Optional.empty();
    }
}
