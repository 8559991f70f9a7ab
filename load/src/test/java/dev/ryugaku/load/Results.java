package dev.ryugaku.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/** Where a run's figures go: the file named by {@code load.output} (bench/load.sh sets it), and the console. */
final class Results {

    static final ObjectMapper JSON = new ObjectMapper();

    private Results() {
    }

    static void write(ObjectNode figures, String defaultFile) throws IOException {
        Path output = Path.of(System.getProperty("load.output", defaultFile));
        JSON.writerWithDefaultPrettyPrinter().writeValue(output.toFile(), figures);
        System.out.println(figures.toPrettyString());
        System.out.println("Wrote " + output.toAbsolutePath().normalize());
    }

    /** Bytes as mebibytes (or, divided once more, kibibytes) with one decimal. */
    static double mb(double bytes) {
        return Math.round(bytes / 1024 / 1024 * 10) / 10.0;
    }

    static double kb(double bytes) {
        return Math.round(bytes / 1024 * 10) / 10.0;
    }
}
