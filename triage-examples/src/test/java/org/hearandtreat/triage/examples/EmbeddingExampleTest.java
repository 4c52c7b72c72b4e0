package org.hearandtreat.triage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void embeddingExample_runs_andWithholdsHearAndTreatUntilTheRedFlagsAreAsked() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EmbeddingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(lines.get(0)).isEqualTo("Hear and treat: Clinical callback within 1 hour");
        assertThat(lines.get(1)).startsWith("! Hear and treat withheld: red-flag questions");
        assertThat(lines).contains("Ask: Is the patient unconscious, or not responding to you at all? (if yes: C1)");
        assertThat(lines.get(lines.size() - 1)).matches("Rules reference-protocols \\d+\\.\\d+\\.\\d+ \\(sha256:[0-9a-f]{12}\\)");
    }

    @Test
    void readmeShowsTheEmbeddingExampleVerbatim() throws IOException {
        List<String> source = Files.readAllLines(
                Path.of("src/main/java/org/hearandtreat/triage/examples/EmbeddingExample.java"));
        int start = source.indexOf("        // README:start");
        int end = source.indexOf("        // README:end");
        assertThat(start).isNotNegative();
        assertThat(end).isGreaterThan(start);
        String snippet = String.join("\n", source.subList(start + 1, end).stream()
                .map(line -> line.length() >= 8 ? line.substring(8) : line.strip()).toList());

        assertThat(Files.readString(Path.of("..", "README.md"))).contains(snippet);
    }
}
