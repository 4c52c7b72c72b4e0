package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defence in depth at run time, whatever a rule folder holds: an evaluation leaves nothing behind for the next
 * patient, cannot fire forever, and a rule that fails only on a what-if answer does not take the real decision with it.
 */
class RuntimeDefenceTest {

    private static final String VOCABULARY = """
            { "complaints": [ { "code": "UNWELL", "text": "Generally unwell" } ],
              "questions": [
                { "code": "RED_FLAG", "redFlag": true, "appliesTo": ["*"], "text": "Red flag?" },
                { "code": "TRIGGER", "redFlag": false, "appliesTo": ["UNWELL"], "text": "Trigger?" },
                { "code": "WHAT_IF", "redFlag": false, "appliesTo": ["UNWELL"], "text": "Asked by guidance?" } ],
              "advice": [] }
            """;

    @TempDir
    Path dir;

    private TriageEngine engine(String triggerConsequence) {
        String drl = """
                package defence;
                import org.hearandtreat.triage.rules.Call;
                import org.hearandtreat.triage.rules.Finding;
                rule "A red flag is category 1"
                    @id("D-RED") @version("1") @source("test") @rationale("Gives a red flag its dispatch.")
                when
                    $call : Finding( code == "RED_FLAG" )
                then
                    $call.category1();
                end
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
                rule "A what-if answer breaks a careless rule"
                    @id("D-WHAT-IF") @version("1") @source("test") @rationale("Fails only when guidance tries YES.")
                when
                    $call : Call( present("WHAT_IF") )
                then
                    if (true) { throw new IllegalStateException("careless rule"); }
                end
                """.formatted(triggerConsequence);
        return TriageEngine.create(TestRuleSets.build(TestRuleSets.write(dir.resolve("defence"), VOCABULARY,
                "defence/defence.drl", drl)));
    }

    private static Assessment call(boolean trigger) {
        Assessment.Builder b = Assessment.builder().patient(TestRuleSets.adult()).complaint("UNWELL")
                .answer("RED_FLAG", Answer.NO).evaluatedAt(TestRuleSets.NOW);
        return (trigger ? b.answer("TRIGGER", Answer.YES) : b).build();
    }

    @Test
    void aRuleThatInsertsAFact_failsItsEvaluation_andTheNextPatientIsUntouched() {
        TriageEngine engine = engine("insert(new java.util.ArrayList());");
        TriageResult before = engine.evaluate(call(false), Guidance.NONE);

        assertThatThrownBy(() -> engine.evaluate(call(true), Guidance.NONE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("left 1 fact(s) in the session")
                .hasMessageContaining("D-TRIGGER");
        for (int i = 0; i < 3; i++) {
            assertThat(engine.evaluate(call(false), Guidance.NONE)).isEqualTo(before);
        }
    }

    @Test
    void aRuleThatReTriggersItself_stopsAtTheFiringLimit_insteadOfHanging() {
        TriageEngine engine = engine("$call.category3(); update($call);");

        assertThatThrownBy(() -> engine.evaluate(call(true), Guidance.NONE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("more than 1000 rule firings");
        assertThat(engine.evaluate(call(false), Guidance.NONE).disposition().code()).isEqualTo("GP/PT24H");
    }

    @Test
    void aRuleThatFailsOnlyOnAWhatIfAnswer_leavesTheRealDecisionStanding_andIsFlagged() {
        TriageEngine engine = engine("$call.category3();");

        TriageResult result = engine.evaluate(call(false), Guidance.NEXT_QUESTIONS);

        assertThat(result.disposition().code()).isEqualTo("GP/PT24H");
        assertThat(result.flags()).containsExactly(SafetyFlag.GUIDANCE_FAILED);
        assertThat(result.nextQuestions()).isEmpty();
        assertThat(engine.evaluate(call(false), Guidance.NONE).flags()).isEmpty();
    }

    @Test
    void aDocumentLargerThanTheLimit_isRefusedBeforeItIsParsed() {
        String padded = "{ \"padding\": \"" + " ".repeat(TriageJson.MAX_DOCUMENT_LENGTH) + "\" }";

        assertThatThrownBy(() -> TriageJson.readAssessment(padded))
                .isInstanceOf(InvalidAssessmentException.class)
                .hasMessageContaining("a document of at most " + TriageJson.MAX_DOCUMENT_LENGTH + " characters");
    }

    @Test
    void jsonNull_isRejectedAsInput_namingWhatWasExpected() {
        assertThatThrownBy(() -> TriageJson.readAssessment("null"))
                .isInstanceOf(InvalidAssessmentException.class)
                .hasMessageContaining("a JSON object");
    }
}
