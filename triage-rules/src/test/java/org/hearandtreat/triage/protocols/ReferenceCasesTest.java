package org.hearandtreat.triage.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.TriageResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case file under src/test/resources/cases against the reference protocols. */
class ReferenceCasesTest {

    static List<ReferenceProtocols.CaseFile> cases() {
        return ReferenceProtocols.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseGetsItsExpectedDisposition(ReferenceProtocols.CaseFile file) {
        var c = file.triageCase();
        TriageResult result = ReferenceProtocols.engine().evaluate(c.assessment());
        Disposition expected = ReferenceProtocols.expected(c);

        assertThat(result.disposition())
                .withFailMessage("case %s: %s%n  expected: %s (%s)%n  actual:   %s (%s)%n%s", file.path(),
                        c.description(), expected.code(), expected.describe(), result.disposition().code(),
                        result.disposition().describe(), result.explain().indent(4))
                .isEqualTo(expected);
        assertThat(result.firedRuleIds())
                .withFailMessage("case %s: expected rules %s to fire, fired %s", file.path(), c.expectedRules(),
                        result.firedRuleIds())
                .containsAll(c.expectedRules());
    }

    @Test
    void everyCaseStatesItsExpectedDisposition() {
        assertThat(cases()).isNotEmpty().allSatisfy(f -> assertThat(f.triageCase().expected())
                .as("expected disposition of %s", f.path()).isNotNull());
    }
}
