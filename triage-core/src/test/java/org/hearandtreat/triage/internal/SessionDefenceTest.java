package org.hearandtreat.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.RuleEvaluationException;
import org.hearandtreat.triage.RuleSetBuildException;
import org.hearandtreat.triage.TriageResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run-time defences behind the rule-language check, tested with the check off (the only way left to write such
 * rules): an evaluation that leaves a fact behind fails and is discarded, so the next patient is untouched, and a rule
 * that re-triggers itself stops at the firing limit instead of hanging.
 */
class SessionDefenceTest {

    private static final String VOCABULARY = """
            { "complaints": [ { "code": "UNWELL", "text": "Generally unwell" } ],
              "questions": [
                { "code": "RED_FLAG", "redFlag": true, "appliesTo": ["*"], "text": "Red flag?" },
                { "code": "TRIGGER", "redFlag": false, "appliesTo": ["UNWELL"], "text": "Trigger?" } ],
              "advice": [] }
            """;

    @TempDir
    Path dir;

    private Evaluator evaluator(String triggerConsequence) throws IOException, RuleSetBuildException {
        Path folder = evaluatorFolder(triggerConsequence);
        assertThatThrownBy(() -> RuleSetLoader.fromDirectory(folder))
                .as("the rule-language check rejects this rule; only the check-off build below accepts it")
                .isInstanceOf(RuleSetBuildException.class);
        return new Evaluator(RuleSetLoader.fromDirectory(folder, false));
    }

    private Path evaluatorFolder(String triggerConsequence) throws IOException {
        Path folder = dir.resolve("defence");
        Files.createDirectories(folder.resolve("defence"));
        Files.writeString(folder.resolve("ruleset.json"),
                "{ \"id\": \"defence\", \"version\": \"1\", \"title\": \"Run-time defences\" }");
        Files.writeString(folder.resolve("vocabulary.json"), VOCABULARY);
        Files.writeString(folder.resolve("defence/defence.drl"), """
                package defence;
                import org.hearandtreat.triage.rules.Call;
                rule "The trigger does what the test needs"
                    @id("D-TRIGGER") @version("1") @source("test") @rationale("Exercises a careless consequence.")
                when
                    $call : Call( present("TRIGGER") )
                then
                    %s
                end
                rule "An unwell call with nothing found goes to the GP"
                    @id("D-GP") @version("1") @source("test") @rationale("Gives every call a disposition.")
                when
                    $call : Call( complaint == "UNWELL" )
                then
                    $call.referWithinHours("GP", 24);
                end
                """.formatted(triggerConsequence));
        return folder;
    }

    private static Assessment call(boolean trigger) {
        return Assessment.builder().patient(Patient.builder().ageYears(40).build()).complaint("UNWELL")
                .answer("RED_FLAG", Answer.NO).answer("TRIGGER", trigger ? Answer.YES : Answer.NO)
                .evaluatedAt(Instant.parse("2026-11-23T14:05:00Z")).build();
    }

    @Test
    void aRuleThatInsertsAFact_failsItsEvaluation_andTheNextPatientIsUntouched() throws Exception {
        Evaluator engine = evaluator("insert(new java.util.ArrayList());");
        TriageResult before = engine.evaluate(call(false), false);

        assertThatThrownBy(() -> engine.evaluate(call(true), false))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("left 1 fact(s) in the session")
                .hasMessageContaining("D-TRIGGER");
        for (int i = 0; i < 3; i++) {
            assertThat(engine.evaluate(call(false), false)).isEqualTo(before);
        }
    }

    @Test
    void aRuleThatReTriggersItself_stopsAtTheFiringLimit_insteadOfHanging() throws Exception {
        Evaluator engine = evaluator("$call.category3(); update($call);");

        assertThatThrownBy(() -> engine.evaluate(call(true), false))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("more than 1000 rule firings");
        assertThat(engine.evaluate(call(false), false).disposition().code()).isEqualTo("GP/PT24H");
    }

    @Test
    void aRuleSetThatWillNotServe_releasesItsPooledSessions() throws Exception {
        Evaluator engine = new Evaluator(RuleSetLoader.fromDirectory(evaluatorFolder("$call.category4();")));
        engine.evaluate(call(true), false);
        assertThat(engine.rules().sessions().idleSessions()).isEqualTo(1);

        engine.dispose();

        assertThat(engine.rules().sessions().idleSessions()).isZero();
        assertThat(engine.evaluate(call(true), false).disposition().code()).as("still usable").isEqualTo("C4");
    }
}
