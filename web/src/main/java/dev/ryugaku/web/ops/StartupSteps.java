package dev.ryugaku.web.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * For the startup benchmark (bench/startup.sh) only: with the system property
 * {@value #FILE_PROPERTY} set, records Spring's startup steps and, once the application is ready,
 * writes the time per phase to that file as JSON. Without it nothing is recorded and no endpoint
 * shows anything: the exposed actuator endpoints stay health and prometheus.
 */
public final class StartupSteps {

    public static final String FILE_PROPERTY = "ryugaku.startup.steps-file";
    /** Enough for every step of a start (about 3,000 here) with room to grow; later ones would be dropped. */
    private static final int CAPACITY = 20_000;
    private static final int BEANS_LISTED = 25;
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private StartupSteps() {
    }

    /** Records the application's start into {@code file}, unless it is null or blank. */
    public static void recordInto(SpringApplication application, String file) {
        if (file == null || file.isBlank()) {
            return;
        }
        Instant recordingStart = Instant.now();
        BufferingApplicationStartup startup = new BufferingApplicationStartup(CAPACITY);
        application.setApplicationStartup(startup);
        application.addListeners((ApplicationListener<ApplicationReadyEvent>) ready ->
                write(Path.of(file), recordingStart, Instant.now(), startup.getBufferedTimeline()));
    }

    private static void write(Path file, Instant recordingStart, Instant ready, StartupTimeline timeline) {
        Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        List<StartupPhases.Step> steps = timeline.getEvents().stream().map(StartupSteps::step).toList();
        StartupPhases phases = StartupPhases.of(jvmStart, recordingStart, ready, steps, BEANS_LISTED);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("totalMs", phases.totalMillis());
            json.put("phasesMs", phases.millisByPhase());
            json.put("slowestBeansMs", phases.slowestBeans());
            json.put("steps", steps.size());
            JSON.writeValue(file.toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the startup steps to " + file, e);
        }
    }

    private static StartupPhases.Step step(StartupTimeline.TimelineEvent event) {
        StartupStep step = event.getStartupStep();
        String beanName = null;
        for (StartupStep.Tag tag : step.getTags()) {
            if ("beanName".equals(tag.getKey())) {
                beanName = tag.getValue();
            }
        }
        return new StartupPhases.Step(step.getId(), step.getParentId(), step.getName(), beanName,
                event.getStartTime(), event.getEndTime());
    }
}
