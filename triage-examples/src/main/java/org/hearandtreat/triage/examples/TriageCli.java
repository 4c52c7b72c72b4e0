package org.hearandtreat.triage.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import org.hearandtreat.triage.RuleSet;
import org.hearandtreat.triage.RuleSetBuildException;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code triage} command line: clinicians, testers and safety officers use the engine without writing Java.
 * Bad input gives one line naming what and where, and a non-zero exit code; never a stack trace alone.
 */
@Command(name = "triage", mixinStandardHelpOptions = true, version = "triage 0.1.0",
        description = "Hear-and-treat triage engine: decision support for trained clinicians, not a medical device.",
        subcommands = {AssessCommand.class, InterviewCommand.class, SuiteCommand.class, DiffCommand.class,
                LintCommand.class, FhirCommand.class, ReplayCommand.class, GenerateCommand.class})
public final class TriageCli implements Runnable {

    /** Exit code for a failed check: a failing case, under-triage, down-triage or a lint warning in strict mode. */
    public static final int EXIT_CHECK_FAILED = 1;
    /** Exit code for input the user must fix (file, JSON, codes). */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for a rule set that does not build. */
    public static final int EXIT_BAD_RULES = 3;

    /** Class-path folder of the reference protocols in triage-rules. */
    public static final String REFERENCE_RULES = "org/hearandtreat/triage/protocols";
    /** The value of a rules option that names the built-in reference protocols. */
    public static final String BUILTIN = "builtin";

    /** Where commands read interactive input and the time from; replaced by tests. */
    record Environment(InputStream in, Clock clock) {
    }

    static Environment environment = new Environment(System.in, Clock.systemUTC());

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and returns its exit code.
     *
     * @param out   standard output
     * @param err   standard error
     * @param in    standard input (for {@code -} and the interview)
     * @param clock the clock an interview stamps its assessment with
     * @param args  arguments
     * @return exit code
     */
    public static int run(PrintWriter out, PrintWriter err, InputStream in, Clock clock, String... args) {
        CommandLine cli = new CommandLine(new TriageCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("error: " + e);
            return 1;
        });
        environment = new Environment(in, clock);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), System.in, Clock.systemUTC(), args));
    }

    /**
     * @param rules a rule-set folder, {@code builtin}, or null for the built-in reference protocols
     * @return the rule set
     * @throws RuleSetBuildException listing every problem
     */
    static RuleSet loadRules(String rules) throws RuleSetBuildException {
        return rules == null || rules.equals(BUILTIN) ? RuleSet.fromClasspath(REFERENCE_RULES)
                : RuleSet.fromDirectory(Path.of(rules));
    }

    /** Prints every build problem as one line each. */
    static int rulesFailed(PrintWriter err, RuleSetBuildException e) {
        e.problems().forEach(p -> err.println("error: " + p));
        return EXIT_BAD_RULES;
    }

    /** @return an engine serving the rules, or null after printing every build problem */
    static TriageEngine engine(String rules, PrintWriter err) {
        try {
            return TriageEngine.create(loadRules(rules));
        } catch (RuleSetBuildException e) {
            rulesFailed(err, e);
            return null;
        }
    }

    /** @return true when the path is a folder; otherwise prints one line saying so */
    static boolean isFolder(Path folder, PrintWriter err) {
        if (Files.isDirectory(folder)) {
            return true;
        }
        err.println("error: " + folder + ": not a folder");
        return false;
    }

    /** A case file wraps the assessment with its expectation; a plain assessment has no "assessment" property. */
    static boolean isCase(String json) {
        try {
            return new ObjectMapper().readTree(json).has("assessment");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @param json a case file or a plain assessment
     * @return the assessment it holds
     * @throws org.hearandtreat.triage.InvalidAssessmentException naming each bad field
     */
    static org.hearandtreat.triage.Assessment readAssessment(String json) {
        return isCase(json) ? TriageJson.readCase(json).assessment() : TriageJson.readAssessment(json);
    }

    /**
     * Reads a file, or standard input for "-", refusing anything larger than a JSON document may be before reading it
     * all; prints one line and returns null when it cannot.
     */
    static String read(String input, PrintWriter err) {
        int limit = TriageJson.MAX_DOCUMENT_LENGTH;
        try (InputStream in = input.equals("-") ? environment.in() : Files.newInputStream(Path.of(input))) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                err.println("error: " + input + ": larger than " + limit + " bytes; an assessment or case is a few "
                        + "kilobytes");
                return null;
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("error: " + input + ": no such file");
        } catch (IOException e) {
            err.println("error: " + input + ": cannot be read: " + e.getMessage());
        }
        return null;
    }
}
