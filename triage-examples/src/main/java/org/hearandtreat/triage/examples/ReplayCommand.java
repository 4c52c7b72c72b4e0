package org.hearandtreat.triage.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Dispatch;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.Guidance;
import org.hearandtreat.triage.HearAndTreat;
import org.hearandtreat.triage.InvalidAssessmentException;
import org.hearandtreat.triage.ServiceKind;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageJson;
import org.hearandtreat.triage.TriageResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code triage replay CALLS.jsonl}: triages a whole year of calls in one pass, on every core, with memory that does
 * not grow with the file. Each line is an assessment, a case (with its expected disposition) or an audit record (with
 * the disposition given at the time); results come out one line each, in input order, and the run ends with the
 * confusion matrix and the hear-and-treat rate. {@code --against RULES} triages every call under a second rule set in
 * the same pass and counts up- and down-triage, the change-impact question a safety officer asks before a release.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Triage every call of a JSON Lines file (gzip accepted) on every core, in input order; end with "
                + "the confusion matrix and hear-and-treat rate, and with --against, up- and down-triage counts.")
final class ReplayCommand implements Callable<Integer> {

    /** Lines handed to a worker at a time: large enough to keep the queue cheap, small enough to bound memory. */
    static final int BATCH = 500;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CALLS", description = "JSON Lines file (.gz accepted), or - for standard "
            + "input: one assessment, case or audit record per line.")
    String input;

    @CommandLine.Mixin
    RulesOption rulesOption;

    @Option(names = "--against", paramLabel = "RULES", description = "A second rule set (folder or 'builtin') to "
            + "triage every call under in the same pass.")
    String against;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the results here instead of standard output; "
            + "the summary then goes to standard output.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: every core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--examples", paramLabel = "N", description = "Changed calls to show for each direction "
            + "(default: ${DEFAULT-VALUE}).")
    int examples = 5;

    private static final ObjectMapper LINES = new ObjectMapper();

    /** What one line came to. */
    record Outcome(long line, String json, Disposition replayed, Disposition reference, Disposition other,
                   String error, String decidingRule, String otherDecidingRule) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            err.println("error: --threads: " + threads + " is not valid; expected 1 or more");
            return TriageCli.EXIT_BAD_INPUT;
        }
        TriageEngine engine = TriageCli.engine(rulesOption.rules, err);
        TriageEngine second = engine == null || against == null ? null : TriageCli.engine(against, err);
        if (engine == null || against != null && second == null) {
            return TriageCli.EXIT_BAD_RULES;
        }
        InputStream raw;
        try {
            raw = input.equals("-") ? TriageCli.environment.in() : Files.newInputStream(Path.of(input));
        } catch (NoSuchFileException e) {
            err.println("error: " + input + ": no such file");
            return TriageCli.EXIT_BAD_INPUT;
        }
        Summary summary = new Summary(engine, second, examples);
        PrintWriter results;
        try {
            results = out == null ? spec.commandLine().getOut() : new PrintWriter(new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16));
        } catch (IOException e) {
            raw.close();
            err.println("error: " + out + ": cannot be written: " + e.getMessage());
            return TriageCli.EXIT_BAD_INPUT;
        }
        String readFailure = null;
        try (InputStream source = raw) {
            replay(new Utf8Lines(gunzipped(source), TriageJson.MAX_DOCUMENT_LENGTH), results, err, engine, second,
                    summary);
        } catch (IOException e) {
            readFailure = e.getMessage() == null ? e.toString() : e.getMessage();
        } finally {
            // Standard output belongs to the caller: flushed, never closed.
            results.flush();
            if (out != null) {
                results.close();
            }
        }
        boolean writeFailed = results.checkError();
        PrintWriter report = out == null ? err : spec.commandLine().getOut();
        summary.print(report);
        report.flush();
        if (readFailure != null) {
            err.printf("error: %s: reading stopped after line %,d: %s; the results above cover those lines only%n",
                    input, summary.lines, readFailure);
            return TriageCli.EXIT_BAD_INPUT;
        }
        if (writeFailed) {
            err.println("error: " + (out == null ? "standard output" : out) + ": the results could not all be written");
            return TriageCli.EXIT_BAD_INPUT;
        }
        if (summary.lines == 0) {
            err.println("error: " + input + ": holds no calls");
            return TriageCli.EXIT_BAD_INPUT;
        }
        if (summary.bad > 0) {
            err.printf("error: %s: %,d bad lines (listed above; each has an \"error\" result): fix and replay them%n",
                    input, summary.bad);
            return TriageCli.EXIT_BAD_INPUT;
        }
        return 0;
    }

    private void replay(Utf8Lines reader, PrintWriter results, PrintWriter err, TriageEngine engine,
                        TriageEngine second, Summary summary) throws InterruptedException, IOException {
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "replay-worker");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<List<Outcome>>> inOrder = new ArrayBlockingQueue<>(threads * 4);
        Future<List<Outcome>> end = java.util.concurrent.CompletableFuture.completedFuture(null);
        IOException[] readFailure = new IOException[1];
        Thread feeder = new Thread(() -> {
            try {
                long lineNo = 0;
                List<Utf8Lines.Line> batch = new ArrayList<>(BATCH);
                long first = 1;
                for (Utf8Lines.Line line; (line = reader.next()) != null; ) {
                    lineNo++;
                    batch.add(line);
                    if (batch.size() == BATCH) {
                        inOrder.put(submit(workers, batch, first, engine, second));
                        batch = new ArrayList<>(BATCH);
                        first = lineNo + 1;
                    }
                }
                if (!batch.isEmpty()) {
                    inOrder.put(submit(workers, batch, first, engine, second));
                }
            } catch (IOException e) {
                readFailure[0] = e;
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // The writer stopped and shut the workers down: nothing more to feed.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    inOrder.put(end);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "replay-reader");
        feeder.setDaemon(true);
        feeder.start();
        long started = System.nanoTime();
        long lastProgress = started;
        try {
            for (Future<List<Outcome>> next; (next = inOrder.take()) != end; ) {
                for (Outcome o : next.get()) {
                    results.println(o.json());
                    summary.add(o);
                }
                long now = System.nanoTime();
                if (now - lastProgress > 5_000_000_000L) {
                    lastProgress = now;
                    err.printf("replayed %,d lines (%,.0f calls/s)%n", summary.lines,
                            summary.lines / ((now - started) / 1e9));
                    err.flush();
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a replay worker failed: " + e.getCause(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
        summary.seconds = (System.nanoTime() - started) / 1e9;
        if (readFailure[0] != null) {
            throw readFailure[0];
        }
    }

    private static Future<List<Outcome>> submit(ExecutorService workers, List<Utf8Lines.Line> lines, long first,
                                                TriageEngine engine, TriageEngine second) {
        return workers.submit(() -> {
            List<Outcome> outcomes = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                outcomes.add(one(first + i, lines.get(i), engine, second));
            }
            return outcomes;
        });
    }

    static Outcome one(long line, Utf8Lines.Line read, TriageEngine engine, TriageEngine second) {
        ObjectNode json = LINES.createObjectNode().put("line", line);
        String text = read.text();
        try {
            if (text == null) {
                throw new InvalidAssessmentException(List.of(new InvalidAssessmentException.Violation("$", null,
                        "a line of UTF-8 JSON: it is " + read.problem())));
            }
            if (text.isBlank()) {
                throw new InvalidAssessmentException(List.of(new InvalidAssessmentException.Violation("$", null,
                        "a JSON object: an assessment, case or audit record")));
            }
            Assessment assessment;
            Disposition reference = null;
            if (text.contains("\"assessment\"")) {
                JsonNode node = LINES.readTree(text);
                assessment = TriageJson.readAssessment(node.path("assessment").toString());
                if (node.has("result")) {
                    reference = TriageJson.readResult(node.get("result").toString()).disposition();
                } else if (node.hasNonNull("expected")) {
                    reference = engine.vocabulary().disposition(node.get("expected").asText());
                }
            } else {
                assessment = TriageJson.readAssessment(text);
            }
            TriageResult result = engine.evaluate(assessment, Guidance.NONE);
            json.put("disposition", result.disposition().code());
            json.put("hearAndTreat", !result.disposition().isDispatch());
            if (!result.flags().isEmpty()) {
                json.putPOJO("flags", result.flags());
            }
            json.put("decidingRule", result.decidingReason().ruleId());
            if (reference != null) {
                json.put("reference", reference.code());
            }
            Disposition other = null;
            String otherRule = null;
            if (second != null) {
                TriageResult b = second.evaluate(assessment, Guidance.NONE);
                other = b.disposition();
                otherRule = b.decidingReason().ruleId();
                json.put("against", other.code());
                json.put("change", change(result.disposition(), other));
            }
            return new Outcome(line, json.toString(), result.disposition(), reference, other, null,
                    result.decidingReason().ruleId(), otherRule);
        } catch (IOException | RuntimeException e) {
            String message = e instanceof InvalidAssessmentException iae ? String.join("; ",
                    iae.violations().stream().map(Object::toString).toList()) : e.getMessage();
            json.put("error", message);
            return new Outcome(line, json.toString(), null, null, null, message, null, null);
        }
    }

    static String change(Disposition before, Disposition after) {
        return after.needsCareSoonerThan(before) ? "UP" : before.needsCareSoonerThan(after) ? "DOWN"
                : before.code().equals(after.code()) ? "SAME" : "OTHER_SERVICE";
    }

    private static InputStream gunzipped(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** The coarse outcome the confusion matrix counts: an ARP category, or the kind of hear-and-treat service. */
    static String level(Disposition d) {
        if (d instanceof Dispatch dispatch) {
            return dispatch.category().name();
        }
        ServiceKind kind = ((HearAndTreat) d).kind();
        return switch (kind) {
            case EMERGENCY_DEPARTMENT -> "ED";
            case CLINICAL_CALLBACK -> "CALLBACK";
            case REFERRAL -> "REFERRAL";
            case SELF_CARE -> "SELF_CARE";
        };
    }

    static final List<String> LEVELS = List.of("C1", "C2", "C3", "C4", "ED", "CALLBACK", "REFERRAL", "SELF_CARE");

    /** Counts kept while the results stream past; nothing per call is held. */
    static final class Summary {
        final TriageEngine engine;
        final TriageEngine second;
        final int examples;
        long lines;
        long bad;
        long hearAndTreat;
        long withReference;
        long agree;
        long up;
        long down;
        long otherService;
        long secondHearAndTreat;
        double seconds;
        final Map<String, long[]> matrix = new TreeMap<>();
        final Map<String, long[]> distribution = new TreeMap<>();
        final List<String> upExamples = new ArrayList<>();
        final List<String> downExamples = new ArrayList<>();
        final List<String> badExamples = new ArrayList<>();

        Summary(TriageEngine engine, TriageEngine second, int examples) {
            this.engine = engine;
            this.second = second;
            this.examples = examples;
        }

        void add(Outcome o) {
            lines++;
            if (o.error() != null) {
                bad++;
                if (badExamples.size() < 20) {
                    badExamples.add("line " + o.line() + ": " + o.error());
                }
                return;
            }
            if (!o.replayed().isDispatch()) {
                hearAndTreat++;
            }
            count(distribution, "all", o.replayed());
            Disposition rowKey = second != null ? o.replayed() : o.reference();
            Disposition column = second != null ? o.other() : o.replayed();
            if (rowKey != null) {
                count(matrix, level(rowKey), column);
            }
            if (o.reference() != null) {
                withReference++;
                if (o.reference().code().equals(o.replayed().code())) {
                    agree++;
                }
            }
            if (second != null) {
                if (!o.other().isDispatch()) {
                    secondHearAndTreat++;
                }
                String change = change(o.replayed(), o.other());
                String example = "line " + o.line() + ": " + o.replayed().code() + " (" + o.decidingRule() + ") -> "
                        + o.other().code() + " (" + o.otherDecidingRule() + ")";
                switch (change) {
                    case "UP" -> {
                        up++;
                        if (upExamples.size() < examples) {
                            upExamples.add(example);
                        }
                    }
                    case "DOWN" -> {
                        down++;
                        if (downExamples.size() < examples) {
                            downExamples.add(example);
                        }
                    }
                    case "OTHER_SERVICE" -> otherService++;
                    default -> {
                    }
                }
            }
        }

        private static void count(Map<String, long[]> table, String row, Disposition column) {
            table.computeIfAbsent(row, k -> new long[LEVELS.size()])[LEVELS.indexOf(level(column))]++;
        }

        void print(PrintWriter report) {
            long triaged = lines - bad;
            report.printf("Replayed %,d lines in %.1f s (%,.0f calls/s): %,d triaged, %,d bad lines%n", lines,
                    seconds, seconds > 0 ? lines / seconds : 0.0, triaged, bad);
            badExamples.forEach(b -> report.println("  bad " + b));
            if (bad > badExamples.size()) {
                report.printf("  ... and %,d more bad lines (each has an \"error\" line in the results)%n",
                        bad - badExamples.size());
            }
            report.println("Rules: " + engine.ruleSetInfo() + (second == null ? "" : "; against: "
                    + second.ruleSetInfo()));
            report.printf("Hear and treat: %,d of %,d triaged (%.1f%%)%n", hearAndTreat, triaged,
                    percent(hearAndTreat, triaged));
            if (second != null) {
                report.printf("Hear and treat against: %,d of %,d triaged (%.1f%%)%n", secondHearAndTreat, triaged,
                        percent(secondHearAndTreat, triaged));
                report.printf("Against the second rule set: %,d up-triaged, %,d down-triaged, %,d other service at "
                        + "the same urgency, %,d unchanged%n", up, down, otherService, triaged - up - down
                        - otherService);
                upExamples.forEach(e -> report.println("  UP   " + e));
                downExamples.forEach(e -> report.println("  DOWN " + e));
            }
            if (withReference > 0) {
                report.printf("Same disposition as recorded or expected: %,d of %,d (%.1f%%)%n", agree,
                        withReference, percent(agree, withReference));
            }
            if (!matrix.isEmpty()) {
                report.println(second != null ? "Confusion matrix (rows: first rule set, columns: against)"
                        : "Confusion matrix (rows: recorded or expected, columns: replayed)");
                table(report, matrix);
            } else {
                report.println("Dispositions (no recorded or expected disposition to compare with)");
                table(report, distribution);
            }
        }

        private static void table(PrintWriter report, Map<String, long[]> table) {
            report.printf("%-10s", "");
            LEVELS.forEach(l -> report.printf("%10s", l));
            report.println();
            for (String row : LEVELS.stream().filter(table::containsKey).toList().isEmpty()
                    ? List.copyOf(table.keySet()) : LEVELS.stream().filter(table::containsKey).toList()) {
                report.printf("%-10s", row);
                for (long n : table.get(row)) {
                    report.printf("%10d", n);
                }
                report.println();
            }
        }

        private static double percent(long part, long whole) {
            return whole == 0 ? 0 : 100.0 * part / whole;
        }
    }
}
