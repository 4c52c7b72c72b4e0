package org.hearandtreat.triage.examples;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.InvalidAssessmentException;
import org.hearandtreat.triage.InvalidFieldException;
import org.hearandtreat.triage.TriageCase;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageJson;
import org.hearandtreat.triage.TriageResult;
import org.hearandtreat.triage.fhir.FhirTriage;
import org.hl7.fhir.r4.model.Resource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code triage assess CASE.json}: prints the disposition and its explanation. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Triage one assessment or case file (JSON, or - for standard input) and explain the disposition; "
                + "with --fhir, a FHIR QuestionnaireResponse in and a GuidanceResponse out.")
final class AssessCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "Assessment or case JSON file, or - for standard input.")
    String input;

    @Option(names = "--json", description = "Print the result as JSON instead of text.")
    boolean json;

    @Option(names = "--fhir", description = "Read a FHIR R4 QuestionnaireResponse (or a Bundle with its Patient and "
            + "Observations) and print the result as a FHIR GuidanceResponse, or bad input as an OperationOutcome.")
    boolean fhir;

    @Option(names = "--referral", description = "With --fhir: print a hear-and-treat referral as a BaRS-shaped FHIR "
            + "message Bundle instead; needs --sender and --receiver.")
    boolean referral;

    @Option(names = "--sender", paramLabel = "ENDPOINT", description = "The sending service's endpoint for the "
            + "referral's MessageHeader, such as https://fhir.nhs.uk/Id/dos-service-id|1001.")
    String sender;

    @Option(names = "--receiver", paramLabel = "ENDPOINT", description = "The receiving service's endpoint.")
    String receiver;

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
        if (fhir) {
            return fhir(engine, text, out, err);
        }
        if (referral || sender != null || receiver != null) {
            err.println("error: --referral, --sender and --receiver need --fhir");
            return TriageCli.EXIT_BAD_INPUT;
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

    private int fhir(TriageEngine engine, String text, PrintWriter out, PrintWriter err) {
        FhirTriage fhirTriage = FhirTriage.of(engine);
        FhirTriage.Routing routing = null;
        if (referral) {
            try {
                routing = new FhirTriage.Routing(sender, receiver);
            } catch (InvalidFieldException e) {
                err.println("error: --" + (e.field().startsWith("sender") ? "sender" : "receiver") + ": "
                        + e.expected());
                return TriageCli.EXIT_BAD_INPUT;
            }
        } else if (sender != null || receiver != null) {
            err.println("error: --sender and --receiver need --referral");
            return TriageCli.EXIT_BAD_INPUT;
        }
        try {
            Resource parsed = fhirTriage.parse(text);
            Assessment assessment = fhirTriage.assessment(parsed);
            TriageResult result = engine.evaluate(assessment);
            if (routing == null || !FhirTriage.isReferral(result)) {
                out.println(fhirTriage.toJson(fhirTriage.guidanceResponse(result, FhirTriage.subjectOf(parsed))));
                if (routing != null) {
                    err.println("error: " + input + ": no referral to send: the disposition is "
                            + result.disposition().code() + " (its GuidanceResponse is printed instead)");
                    return TriageCli.EXIT_CHECK_FAILED;
                }
                return 0;
            }
            out.println(fhirTriage.toJson(fhirTriage.referral(result, parsed, routing)));
            return 0;
        } catch (InvalidAssessmentException e) {
            out.println(fhirTriage.toJson(fhirTriage.operationOutcome(e)));
            e.violations().forEach(v -> err.println("error: " + input + ": " + v));
            return TriageCli.EXIT_BAD_INPUT;
        }
    }
}
