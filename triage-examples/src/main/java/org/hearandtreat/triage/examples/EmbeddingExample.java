package org.hearandtreat.triage.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.time.Period;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Pregnancy;
import org.hearandtreat.triage.RuleSet;
import org.hearandtreat.triage.RuleSetBuildException;
import org.hearandtreat.triage.Sex;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageResult;

/**
 * The embedding example shown in the README, compiled and run by a test so that it cannot rot. The region between the
 * README markers is copied into the README verbatim; a test checks that it still is.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    public static void main(String[] args) throws RuleSetBuildException {
        run(System.out);
    }

    static void run(PrintStream out) throws RuleSetBuildException {
        // README:start
        TriageEngine engine = TriageEngine.create(RuleSet.fromClasspath("org/hearandtreat/triage/protocols"));

        Patient patient = Patient.builder().age(Period.ofYears(84)).sex(Sex.FEMALE)
                .pregnancy(Pregnancy.NOT_PREGNANT).history("ANTICOAGULATED_OR_BLEEDING_DISORDER", Answer.NO).build();
        Assessment call = Assessment.builder().patient(patient).complaint("FALL")
                .answer("NOT_BREATHING_NORMALLY", Answer.NO).answer("FALL_CANNOT_GET_UP", Answer.YES)
                .evaluatedAt(Instant.parse("2026-11-23T14:05:00Z")).build();

        TriageResult result = engine.evaluate(call);
        out.println(result.disposition().describe());   // red flags unanswered: no hear and treat yet
        result.flags().forEach(flag -> out.println("! " + flag.description()));
        result.nextQuestions().forEach(q -> out.println("Ask: " + q.text() + " (if yes: " + q.ifYes().code() + ")"));
        out.println("Rules " + result.ruleSet());
        // README:end
    }
}
