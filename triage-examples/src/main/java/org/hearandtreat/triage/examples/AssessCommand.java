package org.hearandtreat.triage.examples;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.InvalidAssessmentException;
import org.hearandtreat.triage.TriageCase;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageJson;
import org.hearandtreat.triage.TriageResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code triage assess CASE.json}: prints the disposition and its explanation. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Triage one assessment or case file (JSON, or - for standard input) and explain the disposition.")
final class AssessCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "Assessment or case JSON file, or - for standard input.")
    String input;

    @Option(names = "--json", description = "Print the result as JSON instead of text.")
    boolean json;

    @CommandLine.Mixin
    RulesOption rulesOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text = TriageCli.read(input, err);
        if (text == null) {
            return TriageCli.EXIT_BAD_INPUT;
        }
        TriageEngine engine = TriageCli.engine(rulesOption.rules, err);
        if (engine == null) {
            return TriageCli.EXIT_BAD_RULES;
        }
        try {
            TriageCase triageCase = TriageCli.isCase(text) ? TriageJson.readCase(text) : null;
            Assessment assessment = triageCase != null ? triageCase.assessment() : TriageJson.readAssessment(text);
            TriageResult result = engine.evaluate(assessment);
            out.print(json ? TriageJson.write(result) + System.lineSeparator() : result.explain());
            if (!json && triageCase != null && triageCase.expected() != null) {
                out.println("Case: " + triageCase.description() + "; expected " + triageCase.expected()
                        + (triageCase.expected().equals(result.disposition().code()) ? ", matches" : ", DIFFERS"));
            }
            return 0;
        } catch (InvalidAssessmentException e) {
            e.violations().forEach(v -> err.println("error: " + input + ": " + v));
            return TriageCli.EXIT_BAD_INPUT;
        }
    }
}
