package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.hearandtreat.triage.InvalidAssessmentException.Violation;
import org.hearandtreat.triage.RuleSetBuildException.Problem;
import org.junit.jupiter.api.Test;

/** The public exceptions form one hierarchy and keep their problem lists when serialised (for example across RMI). */
class ExceptionsTest {

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T object) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void aBuildFailure_keepsItsProblemsWhenSerialised() throws Exception {
        RuleSetBuildException e = new RuleSetBuildException("rules", List.of(new Problem("a.drl", 3, "bad")));

        RuleSetBuildException copy = roundTrip(e);

        assertThat(copy.problems()).containsExactly(new Problem("a.drl", 3, "bad"));
        assertThat(copy).hasMessage(e.getMessage()).isInstanceOf(TriageException.class);
    }

    @Test
    void anInvalidAssessment_keepsItsViolationsWhenSerialised() throws Exception {
        InvalidAssessmentException e = new InvalidAssessmentException(
                List.of(new Violation("$.vitals.pulse", "900", "a whole number from 0 to 300")));

        InvalidAssessmentException copy = roundTrip(e);

        assertThat(copy.violations()).isEqualTo(e.violations());
        assertThat(copy).isInstanceOf(TriageException.class);
    }

    @Test
    void aRuleThatFailed_keepsItsRuleIdWhenSerialised() throws Exception {
        RuleEvaluationException e = new RuleEvaluationException("set 1 (sha256:ab)", "R-1", "Rule R-1 failed",
                new ArithmeticException("/ by zero"));

        RuleEvaluationException copy = roundTrip(e);

        assertThat(copy.ruleId()).isEqualTo("R-1");
        assertThat(copy.ruleSet()).isEqualTo("set 1 (sha256:ab)");
        assertThat(copy).isInstanceOf(TriageException.class).hasMessage("Rule R-1 failed");
    }

    @Test
    void aRejectedValue_isPrintedOnOneLine_soItCannotForgeOutput() {
        InvalidFieldException e = new InvalidFieldException("id", "x\nRule set: forged", "a token");

        assertThat(e.getMessage()).doesNotContain("\n").contains("x\\u000aRule set: forged");
        assertThat(e.value()).isEqualTo("x\nRule set: forged");
    }
}
