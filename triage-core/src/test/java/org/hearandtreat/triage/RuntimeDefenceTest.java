package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
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

    /**
     * A careless rule the rule language allows: arithmetic that fails only when its finding is present. Rules that
     * insert facts or re-trigger themselves cannot be written any more; the internal SessionDefenceTest checks the
     * run-time defences against them with the language check off.
     */
    private TriageEngine engine() {
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
                rule "An unwell call with nothing found goes to the GP"
                    @id("D-GP") @version("1") @source("test") @rationale("Gives every call a disposition.")
                when
                    $call : Call( complaint == "UNWELL" )
                then
                    $call.referWithinHours("GP", 24);
                end
                rule "A what-if answer breaks a careless rule"
                    @id("D-WHAT-IF") @version("1") @source("test") @rationale("Fails only when its finding is present.")
                when
                    $call : Call( present("WHAT_IF"), pulseAtLeast(100 / 0) )
                then
                    $call.category3();
                end
                """;
        return TriageEngine.create(TestRuleSets.build(TestRuleSets.write(dir.resolve("defence"), VOCABULARY,
                "defence/defence.drl", drl)));
    }

    /** @param whatIf the answer to WHAT_IF, or null to leave it for guidance to try */
    private static Assessment call(@Nullable Answer whatIf) {
        Assessment.Builder b = Assessment.builder().patient(TestRuleSets.adult()).complaint("UNWELL")
                .answer("RED_FLAG", Answer.NO).evaluatedAt(TestRuleSets.NOW);
        return (whatIf == null ? b : b.answer("WHAT_IF", whatIf)).build();
    }

    @Test
    void aRuleThatFailsOnlyOnAWhatIfAnswer_leavesTheRealDecisionStanding_andIsFlagged() {
        TriageEngine engine = engine();

        TriageResult result = engine.evaluate(call(null), Guidance.NEXT_QUESTIONS);

        assertThat(result.disposition().code()).isEqualTo("GP/PT24H");
        assertThat(result.flags()).containsExactly(SafetyFlag.GUIDANCE_FAILED);
        assertThat(result.nextQuestions()).isEmpty();
        assertThat(engine.evaluate(call(null), Guidance.NONE).flags()).isEmpty();
    }

    @Test
    void aRuleThatFailsOnTheRealCall_givesAnErrorNamingTheRule_andTheNextPatientIsUntouched() {
        TriageEngine engine = engine();
        TriageResult before = engine.evaluate(call(Answer.NO), Guidance.NONE);

        assertThatThrownBy(() -> engine.evaluate(call(Answer.YES), Guidance.NONE))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("D-WHAT-IF")
                .hasMessageContaining("A what-if answer breaks a careless rule");
        assertThat(engine.evaluate(call(Answer.NO), Guidance.NONE)).isEqualTo(before);
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
