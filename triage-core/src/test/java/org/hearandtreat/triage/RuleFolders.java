package org.hearandtreat.triage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a rule-set folder, for tests that break or change a copy; shared with other modules by the test-jar. */
public final class RuleFolders {

    private RuleFolders() {
    }

    /**
     * @param from the folder to copy
     * @param to   where the copy goes (created)
     * @return {@code to}
     */
    public static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
