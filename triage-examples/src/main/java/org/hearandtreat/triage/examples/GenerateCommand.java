package org.hearandtreat.triage.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.InvalidAssessmentException;
import org.hearandtreat.triage.TriageJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code triage generate --cases DIR --count N}: synthetic calls as JSON Lines, for replay and load tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write synthetic calls (JSON Lines, one assessment per line) varied from a folder of cases.")
final class GenerateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--cases", paramLabel = "DIR", required = true,
            description = "Folder of case or assessment files to vary (recursive), such as the reference suite.")
    Path cases;

    @Option(names = "--count", paramLabel = "N", description = "Calls to write (default: ${DEFAULT-VALUE}).")
    long count = 1000;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--year", paramLabel = "YYYY", description = "Year the calls are spread over (default: "
            + "${DEFAULT-VALUE}).")
    int year = 2026;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output; a name "
            + "ending .gz is gzipped.")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!TriageCli.isFolder(cases, err)) {
            return TriageCli.EXIT_BAD_INPUT;
        }
        if (count < 0) {
            err.println("error: --count: " + count + " is not valid; expected 0 or more");
            return TriageCli.EXIT_BAD_INPUT;
        }
        List<Assessment> seeds = new ArrayList<>();
        for (Path file : CaseSuite.caseFiles(cases)) {
            String text = Files.readString(file);
            try {
                seeds.add(TriageCli.readAssessment(text));
            } catch (InvalidAssessmentException e) {
                err.println("error: " + file + ": " + e.getMessage());
                return TriageCli.EXIT_BAD_INPUT;
            }
        }
        if (seeds.isEmpty()) {
            err.println("error: " + cases + ": holds no case or assessment file");
            return TriageCli.EXIT_BAD_INPUT;
        }
        SyntheticCalls calls = new SyntheticCalls(seeds, seed, Instant.parse(year + "-01-01T00:00:00Z"));
        OutputStream stream = out == null ? null : Files.newOutputStream(out);
        if (stream != null && out.toString().endsWith(".gz")) {
            stream = new GZIPOutputStream(stream, 1 << 16);
        }
        Writer writer = stream == null ? spec.commandLine().getOut()
                : new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        try {
            for (long i = 0; i < count; i++) {
                writer.write(TriageJson.writeLine(calls.next()));
                writer.write('\n');
            }
        } finally {
            writer.flush();
            if (stream != null) {
                writer.close();
            }
        }
        return 0;
    }
}
