package org.hearandtreat.triage.examples;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hearandtreat.triage.InvalidAssessmentException;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.fhir.FhirTriage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code triage fhir ...}: the rule set and its calls in FHIR R4. */
@Command(name = "fhir", mixinStandardHelpOptions = true,
        description = "FHIR R4: the rule set's Questionnaire, and assessments as QuestionnaireResponse Bundles.",
        subcommands = {FhirCommand.QuestionnaireCommand.class, FhirCommand.CallCommand.class})
final class FhirCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code triage fhir questionnaire}: prints the rule set's Questionnaire, generated from its vocabulary. */
    @Command(name = "questionnaire", mixinStandardHelpOptions = true,
            description = "Print the rule set's FHIR Questionnaire, generated from its vocabulary.")
    static final class QuestionnaireCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        RulesOption rulesOption;

        @Override
        public Integer call() {
            TriageEngine engine = TriageCli.engine(rulesOption.rules, spec.commandLine().getErr());
            if (engine == null) {
                return TriageCli.EXIT_BAD_RULES;
            }
            FhirTriage fhir = FhirTriage.of(engine);
            spec.commandLine().getOut().println(fhir.toJson(fhir.questionnaire()));
            return 0;
        }
    }

    /** {@code triage fhir call CASE.json}: an assessment in our JSON as a FHIR Bundle. */
    @Command(name = "call", mixinStandardHelpOptions = true,
            description = "Print an assessment or case (our JSON) as a FHIR Bundle: QuestionnaireResponse, Patient "
                    + "and vital-sign Observations, ready for assess --fhir.")
    static final class CallCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE", description = "Assessment or case JSON file, or - for standard "
                + "input.")
        String input;

        @CommandLine.Mixin
        RulesOption rulesOption;

        @Override
        public Integer call() {
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
                var assessment = TriageCli.readAssessment(text);
                FhirTriage fhir = FhirTriage.of(engine);
                spec.commandLine().getOut().println(fhir.toJson(fhir.call(assessment)));
                return 0;
            } catch (InvalidAssessmentException e) {
                e.violations().forEach(v -> err.println("error: " + input + ": " + v));
                return TriageCli.EXIT_BAD_INPUT;
            }
        }
    }
}
