package dev.ryugaku.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walls between modules and features: core knows nothing of the web, Vaadin, Hibernate or the
 * persistence module; persistence knows nothing of the web; views reach data only through services.
 */
class ArchitectureTest {

    private static final Set<String> FEATURES = Set.of("cohort", "enrollment", "task", "worklog", "checkin", "skill",
            "retrospective", "dashboard", "security", "people", "audit", "shared", "reminder", "api",
            "incident", "search", "inbox", "intake");
    private static final Set<String> WEB_SUPPORT = Set.of("i18n", "layout", "home", "error", "demo", "support", "ops",
            "settings", "navigation");
    /** The core packages every feature may depend on, and which depend on none. */
    private static final Set<String> CORE_BASE = Set.of("shared", "security", "audit");
    /** What every web feature may use: no feature of its own, so no part in a cycle between features. */
    private static final String[] WEB_BASE_LAYER = {"dev.ryugaku.web.support..", "dev.ryugaku.web.i18n..",
            "dev.ryugaku.web.navigation.."};
    private static final Set<String> PERSISTENCE_SUPPORT = Set.of("db");

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.ryugaku");
    }

    @Test
    void theModulesAreAllThere() {
        for (String module : new String[] {"dev.ryugaku.core", "dev.ryugaku.persistence", "dev.ryugaku.web"}) {
            org.assertj.core.api.Assertions.assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith(module)))
                    .as(module).isTrue();
        }
    }

    @Test
    void coreKnowsNothingOfTheWebVaadinHibernateOrPersistence() {
        noClasses().that().resideInAPackage("dev.ryugaku.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.ryugaku.persistence..", "dev.ryugaku.web..", "com.vaadin..", "org.hibernate..",
                        "org.springframework.web..", "org.springframework.boot..", "jakarta.servlet..",
                        "org.springframework.data.jpa..", "liquibase..")
                .check(classes);
    }

    @Test
    void persistenceKnowsNothingOfTheWeb() {
        noClasses().that().resideInAPackage("dev.ryugaku.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ryugaku.web..", "com.vaadin..",
                        "org.springframework.web..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void viewsReachDataOnlyThroughServices() {
        noClasses().that().areAssignableTo(Component.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAPackage("dev.ryugaku.persistence..")
                .orShould().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .check(classes);
    }

    @Test
    void rulesAndPoliciesKnowNothingOfSpringOrRepositories() {
        noClasses().that().resideInAPackage("dev.ryugaku.core..")
                .and().haveNameMatching(".*\\.[A-Za-z]*(Rules|Policy)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "dev.ryugaku.persistence..",
                        "jakarta.persistence..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(classes);
    }

    /**
     * The {@code *Import} classes record data as it already is and skip the services' checks, so
     * only the demo program reaches them (tests are not imported here). {@code PeopleImport} is a
     * service like any other: it checks the actor and every row.
     */
    @Test
    void importsThatSkipTheChecksAreReachedOnlyFromTheDemoProgram() {
        classes().that().haveSimpleNameEndingWith("Import").and().doNotHaveSimpleName("PeopleImport")
                .should().onlyHaveDependentClassesThat().resideInAPackage("dev.ryugaku.web.demo..")
                .check(classes);
    }

    @Test
    void everyViewSaysWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class).or().areAnnotatedWith(RouteAlias.class)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class).orShould().beAnnotatedWith(DenyAll.class)
                .check(classes);
    }

    @Test
    void onlySignInAndPasswordSetupAreOpenToAnonymousUsers() {
        classes().that().areAnnotatedWith(AnonymousAllowed.class).and().areAnnotatedWith(Route.class)
                .should().haveSimpleName("LoginView").orShould().haveSimpleName("PasswordSetupView")
                .orShould().haveSimpleName("SignOnRefusedView")
                .check(classes);
    }

    @Test
    void coreFeaturesDoNotDependOnEachOtherInACycle() {
        slices().matching("dev.ryugaku.core.(*)..")
                .should().beFreeOfCycles()
                .because("a feature is read and changed on its own: one that needs another's data asks its service "
                        + "or listens to its events, never both ways (shared, security and audit are the base below all)")
                .check(classes);
    }

    @Test
    void coreBaseLayerKnowsNoFeature() {
        noClasses().that().resideInAnyPackage(CORE_BASE.stream().map(p -> "dev.ryugaku.core." + p + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream().filter(f -> !CORE_BASE.contains(f))
                        .map(f -> "dev.ryugaku.core." + f + "..").toArray(String[]::new))
                .because("shared, security and audit are the base layer every feature may depend on")
                .check(classes);
    }

    @Test
    void viewsArePackagePrivate() {
        classes().that().areAnnotatedWith(Route.class).or().areAnnotatedWith(RouteAlias.class)
                .should().notBePublic()
                .because("other features open a page through its feature's *Pages class in dev.ryugaku.web.navigation,"
                        + " never through the view class (decision 0023)")
                .check(classes);
    }

    @Test
    void webFeaturesDoNotDependOnEachOtherInCycles() {
        slices().matching("dev.ryugaku.web.(*)..").namingSlices("web $1")
                .should().beFreeOfCycles()
                .ignoreDependency(alwaysTrue(), resideInAnyPackage(WEB_BASE_LAYER))
                .ignoreDependency(resideInAnyPackage(WEB_BASE_LAYER), alwaysTrue())
                .because("features link each other's pages by address (dev.ryugaku.web.navigation), so that each"
                        + " feature can change alone; the base layer " + String.join(", ", WEB_BASE_LAYER)
                        + " is shared by all features and left out (decision 0023)")
                .check(classes);
    }

    @Test
    void codeIsPackagedByFeature() {
        classes().should(liveInAFeaturePackage()).check(classes);
    }

    private static ArchCondition<JavaClass> liveInAFeaturePackage() {
        return new ArchCondition<>("live in a feature package of its module") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String[] parts = javaClass.getPackageName().split("\\.");
                if (parts.length < 3) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " is outside the modules"));
                    return;
                }
                String module = parts[2];
                String feature = parts.length > 3 ? parts[3] : "";
                boolean allowed = switch (module) {
                    case "core" -> FEATURES.contains(feature);
                    case "persistence" -> FEATURES.contains(feature) || PERSISTENCE_SUPPORT.contains(feature);
                    case "web" -> FEATURES.contains(feature) || WEB_SUPPORT.contains(feature)
                            || (feature.isEmpty() && javaClass.getSimpleName().startsWith("RyugakuApplication"));
                    default -> false;
                };
                if (!allowed) {
                    events.add(SimpleConditionEvent.violated(javaClass,
                            javaClass.getName() + " is not in a feature package (" + FEATURES + ")"));
                }
            }
        };
    }
}
