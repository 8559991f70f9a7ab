package dev.ryugaku.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The startup benchmark's phases: each step's own time counted once, in the phase of its nearest named step. */
class StartupPhasesTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void aBeanPulledInByAnotherCountsForItsOwnPhaseOnlyAndThePhasesAddUpToTheTotal() {
        List<StartupPhases.Step> steps = List.of(
                step(1, null, "spring.context.refresh", null, 1_000, 9_000),
                step(2, 1L, "spring.beans.instantiate", "liquibase", 2_000, 6_000),
                // the data source pulls the embedded database in while Liquibase is created
                step(3, 2L, "spring.beans.instantiate", "embeddedMariaDb", 2_500, 5_000),
                step(4, 1L, "spring.beans.instantiate", "&entityManagerFactory", 6_000, 7_400),
                step(5, 1L, "spring.boot.webserver.create", null, 7_500, 8_500),
                step(6, 5L, "spring.beans.instantiate", "securityFilterChain", 7_600, 7_800),
                step(7, null, StartupPhases.DEMO_DATA_STEP, null, 9_200, 9_700));

        StartupPhases phases = StartupPhases.of(T0, T0.plusMillis(800), T0.plusMillis(10_000), steps, 2);

        assertThat(phases.millisByPhase()).containsExactly(
                entry(StartupPhases.JVM, 800),
                entry(StartupPhases.CONTEXT, 1_600),
                entry(StartupPhases.EMBEDDED_DATABASE, 2_500),
                entry(StartupPhases.LIQUIBASE, 1_500),
                entry(StartupPhases.HIBERNATE, 1_400),
                entry(StartupPhases.WEB_SERVER_AND_VAADIN, 1_000),
                entry(StartupPhases.DEMO_DATA, 500),
                entry(StartupPhases.OTHER, 700));
        assertThat(phases.millisByPhase().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(phases.totalMillis()).isEqualTo(10_000);
        assertThat(phases.slowestBeans()).containsExactly(
                new StartupPhases.BeanTime("embeddedMariaDb", 2_500),
                new StartupPhases.BeanTime("liquibase", 1_500));
    }

    @Test
    void withThePropertySetTheStartIsWrittenToTheFileOnceReady(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("steps.json");
        SpringApplication application = new SpringApplication(Plain.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        StartupSteps.recordInto(application, file.toString());

        try (ConfigurableApplicationContext context = application.run()) {
            JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file));
            assertThat(json.get("phasesMs").propertyNames()).containsExactlyElementsOf(StartupPhases.ORDER);
            assertThat(json.get("phasesMs").get(StartupPhases.CONTEXT).asLong()).isPositive();
            assertThat(json.get("totalMs").asLong()).isPositive();
            assertThat(json.get("steps").asInt()).isPositive();
        }
    }

    @Test
    void withoutThePropertyNothingIsRecorded(@TempDir Path directory) {
        SpringApplication application = new SpringApplication(Plain.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        StartupSteps.recordInto(application, " ");

        try (ConfigurableApplicationContext context = application.run()) {
            assertThat(context.getBean("applicationStartup").getClass().getSimpleName())
                    .isNotEqualTo("BufferingApplicationStartup");
        }
        assertThat(directory).isEmptyDirectory();
    }

    private static StartupPhases.Step step(long id, Long parent, String name, String bean, long startMs, long endMs) {
        return new StartupPhases.Step(id, parent, name, bean, T0.plusMillis(startMs), T0.plusMillis(endMs));
    }

    private static Map.Entry<String, Long> entry(String phase, long millis) {
        return Map.entry(phase, millis);
    }

    @Configuration(proxyBeanMethods = false)
    static class Plain {

        @Bean
        String greeting() {
            return "hello";
        }
    }
}
