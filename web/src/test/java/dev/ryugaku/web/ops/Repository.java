package dev.ryugaku.web.ops;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root directory, wherever the tests run from (the web module or the root). */
final class Repository {

    private Repository() {
    }

    static Path root() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isDirectory(directory.resolve("deploy"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("no deploy/ directory above " + Path.of("").toAbsolutePath());
        }
        return directory;
    }
}
