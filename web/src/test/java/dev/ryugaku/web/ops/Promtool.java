package dev.ryugaku.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Prometheus's promtool (Debian package {@code prometheus}): {@code $PROMTOOL}, {@code .ci/tools}
 * where .ci/run unpacks it, or the PATH. Missing, the tests that need it are skipped — except on CI
 * ({@code CI=true}), where that is a failure.
 */
final class Promtool {

    private final Path executable;

    private Promtool(Path executable) {
        this.executable = executable;
    }

    static Promtool findOrSkip() {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            assertThat(System.getenv("CI")).as("promtool is required on CI: .ci/run installs it").isNotEqualTo("true");
            Assumptions.abort("promtool not installed (apt-get download prometheus; see deploy/README.md)");
        }
        return new Promtool(found.get());
    }

    private static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("PROMTOOL")).filter(value -> !value.isBlank()).map(Path::of).ifPresent(candidates::add);
        candidates.add(Repository.root().resolve(".ci/tools/prometheus/usr/bin/promtool"));
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!directory.isBlank()) {
                candidates.add(Path.of(directory, "promtool"));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    /** Runs promtool in the directory; returns its output, failing the test when promtool fails. */
    String run(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("promtool finished").isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }

    static List<String> yamlFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yaml")).sorted().toList();
        }
    }
}
