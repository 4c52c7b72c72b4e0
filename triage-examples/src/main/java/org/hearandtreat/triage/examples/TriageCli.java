package org.hearandtreat.triage.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.InvalidAssessmentException;
import org.hearandtreat.triage.RuleSet;
import org.hearandtreat.triage.RuleSetBuildException;
import org.hearandtreat.triage.TriageCase;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageJson;
import org.hearandtreat.triage.TriageResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code triage} command line: clinicians, testers and safety officers use the engine without writing Java.
 * Bad input gives one line naming what and where, and a non-zero exit code; never a stack trace alone.
 */
@Command(name = "triage", mixinStandardHelpOptions = true, version = "triage 0.1.0",
        description = "Hear-and-treat triage engine: decision support for trained clinicians, not a medical device.",
        subcommands = {TriageCli.Assess.class})
public final class TriageCli implements Runnable {

    /** Exit code for input the user must fix (file, JSON, codes). */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for a rule set that does not build. */
    public static final int EXIT_BAD_RULES = 3;

    /** Default class-path folder of the reference protocols in triage-rules. */
    public static final String REFERENCE_RULES = "org/hearandtreat/triage/protocols";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and returns its exit code.
     *
     * @param out  standard output
     * @param err  standard error
     * @param in   standard input (for {@code -})
     * @param args arguments
     * @return exit code
     */
    public static int run(PrintWriter out, PrintWriter err, InputStream in, String... args) {
        CommandLine cli = new CommandLine(new TriageCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("error: " + e);
            return 1;
        });
        Assess.stdin = in;
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), System.in, args));
    }

    /** A case file wraps the assessment with its expectation; a plain assessment has no "assessment" property. */
    static boolean isCase(String json) {
        try {
            return new ObjectMapper().readTree(json).has("assessment");
        } catch (IOException e) {
            return false;
        }
    }

    static RuleSet loadRules(Path folder) throws RuleSetBuildException {
        return folder == null ? RuleSet.fromClasspath(REFERENCE_RULES) : RuleSet.fromDirectory(folder);
    }

    /** {@code triage assess CASE.json}: prints the disposition and its explanation. */
    @Command(name = "assess", mixinStandardHelpOptions = true,
            description = "Triage one assessment or case file (JSON, or - for standard input) and explain the disposition.")
    static final class Assess implements Callable<Integer> {

        static InputStream stdin = System.in;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE", description = "Assessment JSON file, or - for standard input.")
        String input;

        @Option(names = "--json", description = "Print the result as JSON instead of text.")
        boolean json;

        @Option(names = "--rules", paramLabel = "DIR",
                description = "Rule-set folder to compile instead of the built-in reference protocols.")
        Path rules;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String text;
            try {
                text = input.equals("-") ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                        : Files.readString(Path.of(input), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                err.println("error: " + input + ": no such file");
                return EXIT_BAD_INPUT;
            } catch (IOException e) {
                err.println("error: " + input + ": cannot be read: " + e.getMessage());
                return EXIT_BAD_INPUT;
            }
            TriageEngine engine;
            try {
                engine = TriageEngine.create(loadRules(rules));
            } catch (RuleSetBuildException e) {
                e.problems().forEach(p -> err.println("error: " + p));
                return EXIT_BAD_RULES;
            }
            try {
                TriageCase triageCase = isCase(text) ? TriageJson.readCase(text) : null;
                Assessment assessment = triageCase != null ? triageCase.assessment() : TriageJson.readAssessment(text);
                TriageResult result = engine.evaluate(assessment);
                out.print(json ? TriageJson.write(result) + System.lineSeparator() : result.explain());
                if (!json && triageCase != null && triageCase.expected() != null) {
                    out.println("Case: " + triageCase.description() + "; expected " + triageCase.expected().code()
                            + (triageCase.expected().equals(result.disposition()) ? ", matches" : ", DIFFERS"));
                }
                return 0;
            } catch (InvalidAssessmentException e) {
                e.violations().forEach(v -> err.println("error: " + input + ": " + v));
                return EXIT_BAD_INPUT;
            }
        }
    }
}
