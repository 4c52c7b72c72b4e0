package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearandtreat.triage.TestRuleSets.assessment;
import static org.hearandtreat.triage.TestRuleSets.safeTestAnswers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadTest {

    @TempDir
    Path dir;

    private static final Assessment C4_CALL = assessment("TEST", safeTestAnswers(Map.of("Q_C4", Answer.YES)));

    @Test
    void brokenDrl_isRejected_andTheOldRulesKeepServing() throws Exception {
        TriageEngine engine = TriageEngine.create(TestRuleSets.policy());
        RuleSetInfo before = engine.ruleSetInfo();
        Path broken = TestRuleSets.copy("policy", dir.resolve("broken"));
        Path drl = broken.resolve("policy/policy.drl");
        Files.writeString(drl, Files.readString(drl).replace("then\n    $call.category4();", "then\n    $call.category4(;"));

        ReloadResult reload = engine.reload(() -> RuleSet.fromDirectory(broken));

        assertThat(reload.applied()).isFalse();
        assertThat(reload.serving()).isEqualTo(before);
        assertThat(reload.rejectedAt()).isEqualTo(ReloadResult.Stage.BUILD);
        assertThat(reload.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("policy/policy.drl");
            assertThat(p.line()).isPositive();
        });
        assertThat(engine.ruleSetInfo()).isEqualTo(before);
        TriageResult result = engine.evaluate(C4_CALL);
        assertThat(result.disposition()).isEqualTo(Dispatch.category4());
        assertThat(result.ruleSet()).isEqualTo(before);
    }

    @Test
    void validRules_areSwappedIn_andResultsNameTheNewVersion() throws Exception {
        TriageEngine engine = TriageEngine.create(TestRuleSets.policy());
        Path next = TestRuleSets.copy("policy", dir.resolve("next"));
        Files.writeString(next.resolve("ruleset.json"),
                Files.readString(next.resolve("ruleset.json")).replace("1.0.0", "1.1.0"));
        Path drl = next.resolve("policy/policy.drl");
        Files.writeString(drl, Files.readString(drl).replace("$call.category4();", "$call.category3();"));

        ReloadResult reload = engine.reload(() -> RuleSet.fromDirectory(next));

        assertThat(reload.applied()).isTrue();
        assertThat(reload.previous().version()).isEqualTo("1.0.0");
        assertThat(reload.serving().version()).isEqualTo("1.1.0");
        TriageResult result = engine.evaluate(C4_CALL);
        assertThat(result.disposition()).isEqualTo(Dispatch.category3());
        assertThat(result.ruleSet().version()).isEqualTo("1.1.0");
    }

    @Test
    void changedContentUnderTheServingVersion_isRejected_becauseAReleaseNeedsANewVersion() throws Exception {
        TriageEngine engine = TriageEngine.create(TestRuleSets.policy());
        RuleSetInfo serving = engine.ruleSetInfo();
        Path changed = TestRuleSets.copy("policy", dir.resolve("changed"));
        Path drl = changed.resolve("policy/policy.drl");
        Files.writeString(drl, Files.readString(drl).replace("$call.category4();", "$call.category3();"));

        ReloadResult reload = engine.reload(() -> RuleSet.fromDirectory(changed));
        ReloadResult same = engine.reload(TestRuleSets::policy);

        assertThat(reload.applied()).isFalse();
        assertThat(reload.rejectedAt()).isEqualTo(ReloadResult.Stage.VERSION);
        assertThat(reload.problemLines()).singleElement().asString()
                .contains("policy-test 1.0.0 is already serving with other content", "must carry a new version");
        assertThat(engine.ruleSetInfo()).isEqualTo(serving);
        assertThat(same.applied()).as("the same content under the same version reloads").isTrue();
    }

    @Test
    void candidateThatFailsItsCheck_isRejected() {
        TriageEngine engine = TriageEngine.create(TestRuleSets.policy());

        ReloadResult reload = engine.reload(TestRuleSets::policy, candidate ->
                candidate.evaluate(C4_CALL).disposition().equals(Dispatch.category1())
                        ? List.of() : List.of("case c4-call: expected C1"));

        assertThat(reload.applied()).isFalse();
        assertThat(reload.rejectedAt()).isEqualTo(ReloadResult.Stage.CHECK);
        assertThat(reload.problemLines()).containsExactly("case c4-call: expected C1");
    }

    @Test
    void checkThatThrowsOrReturnsNull_isReported_notPropagated_andTheOldRulesKeepServing() {
        TriageEngine engine = TriageEngine.create(TestRuleSets.policy());
        RuleSetInfo serving = engine.ruleSetInfo();

        ReloadResult thrown = engine.reload(TestRuleSets::policy, candidate -> {
            throw new IllegalStateException("suite crashed");
        });
        ReloadResult assertion = engine.reload(TestRuleSets::policy, candidate -> {
            throw new AssertionError("suite asserted");
        });
        ReloadResult nothing = engine.reload(TestRuleSets::policy, candidate -> null);

        assertThat(thrown.applied()).isFalse();
        assertThat(thrown.problems()).singleElement().asString().contains("suite crashed");
        assertThat(nothing.applied()).isFalse();
        assertThat(nothing.problems()).singleElement().asString().contains("null");
        assertThat(assertion.rejectedAt()).isEqualTo(ReloadResult.Stage.CHECK);
        assertThat(assertion.problems()).singleElement().asString().contains("suite asserted");
        assertThat(engine.ruleSetInfo()).isEqualTo(serving);
    }

    @Test
    void loaderThatThrows_isReported_notPropagated() {
        TriageEngine engine = TriageEngine.create(TestRuleSets.policy());

        ReloadResult reload = engine.reload(() -> {
            throw new IllegalStateException("disk on fire");
        });

        assertThat(reload.applied()).isFalse();
        assertThat(reload.problems()).singleElement().asString().contains("disk on fire");
    }
}
