package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hearandtreat.triage.RuleSetBuildException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Referral services are rule-set data: an organisation adds its own service or relabels a standard one in
 * vocabulary.json, without touching Java, and the build and the engine check rules against that data.
 */
class ServicesAsDataTest {

    private static final String VOCABULARY = """
            {
              "complaints": [ { "code": "BREATHING", "text": "Breathing problem" } ],
              "questions": [
                { "code": "COPD_FLARE", "redFlag": false, "appliesTo": ["*"], "text": "Is it a flare-up of known COPD?" },
                { "code": "NEEDS_A_VISIT", "redFlag": false, "appliesTo": ["*"], "text": "Does it need a home visit?" }
              ],
              "services": [
                { "code": "CLINICAL_CALLBACK", "label": "Call-back from the respiratory hub clinician",
                  "kind": "CLINICAL_CALLBACK" },
                { "code": "COMMUNITY_RESPIRATORY_TEAM", "label": "Community respiratory team", "kind": "REFERRAL",
                  "maxWithin": "PT4H" },
                { "code": "SELF_CARE", "label": "Self-care", "kind": "SELF_CARE" }
              ],
              "advice": [
                { "key": "PURSED_LIPS", "kind": "CARE", "text": "Use your rescue pack and pursed-lip breathing." }
              ],
              "defaults": { "callbackService": "CLINICAL_CALLBACK", "callbackWithin": "PT30M",
                            "safetyNetAdvice": "Call the respiratory hub back if your breathing gets worse." }
            }
            """;

    private static final String DRL = "respiratory/respiratory.drl";

    private static String rules(String consequence) {
        return """
                package respiratory;

                import org.hearandtreat.triage.rules.Call;

                rule "COPD flare-up goes to the community respiratory team"
                    @id("R-COPD") @version("1") @source("test") @rationale("A service the organisation added as data.")
                when
                    $call : Call( present("COPD_FLARE") )
                then
                    %s
                end
                """.formatted(consequence);
    }

    @TempDir
    Path dir;

    private Path ruleSet(String name, String consequence) {
        return TestRuleSets.write(dir.resolve(name), VOCABULARY, DRL, rules(consequence));
    }

    private static Assessment call(Map<String, Answer> answers) {
        return Assessment.builder().patient(TestRuleSets.adult()).complaint("BREATHING").answers(answers)
                .evaluatedAt(TestRuleSets.NOW).build();
    }

    @Test
    void serviceAddedAsData_isReferredTo_withItsCodeAndLabelFromTheData() {
        TriageEngine engine = TriageEngine.create(TestRuleSets.build(ruleSet("valid",
                "$call.referWithinHours(\"COMMUNITY_RESPIRATORY_TEAM\", 4).careAdvice(\"PURSED_LIPS\");")));

        TriageResult result = engine.evaluate(call(Map.of("COPD_FLARE", Answer.YES)));

        assertThat(result.disposition().code()).isEqualTo("COMMUNITY_RESPIRATORY_TEAM/PT4H");
        assertThat(result.disposition()).isEqualTo(new HearAndTreat("COMMUNITY_RESPIRATORY_TEAM",
                "Community respiratory team", ServiceKind.REFERRAL, Duration.ofHours(4)));
        assertThat(result.disposition().describe()).isEqualTo("Hear and treat: Community respiratory team within 4 hours");
        assertThat(result.decidingReason().ruleId()).isEqualTo("R-COPD");
        assertThat(result.flags()).isEmpty();
        assertThat(engine.vocabulary().disposition("COMMUNITY_RESPIRATORY_TEAM/PT4H")).isEqualTo(result.disposition());
        assertThat(result.worseningAdvice()).as("the safety net is data too").containsExactly(new AdviceGiven(
                "ENGINE_SAFETY_NET", "Call the respiratory hub back if your breathing gets worse."));
        assertThat(TriageJson.readResult(TriageJson.write(result))).isEqualTo(result);

        TriageResult none = engine.evaluate(call(Map.of("COPD_FLARE", Answer.NO)));
        assertThat(none.flags()).containsExactly(SafetyFlag.DEFAULT_NO_RULE_FIRED);
        assertThat(none.disposition().describe()).as("the default callback carries the label from the data")
                .isEqualTo("Hear and treat: Call-back from the respiratory hub clinician within 30 minutes");
        assertThat(none.disposition().code()).isEqualTo("CLINICAL_CALLBACK/PT30M");
        assertThat(TriageEngine.create(TestRuleSets.policy()).vocabulary().defaultCallback(Duration.ofHours(1))
                .describe()).as("the standard label").isEqualTo("Hear and treat: Clinical callback within 1 hour");
    }

    @Test
    void ruleNamingAnUnknownService_failsTheBuild_withFileAndLine() {
        Path folder = ruleSet("unknown", "$call.referWithinHours(\"COMMUNITY_RESPIRATORY_SERVICE\", 4);");

        assertThatThrownBy(() -> RuleSet.fromDirectory(folder))
                .isInstanceOfSatisfying(RuleSetBuildException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem(DRL, 10, "'COMMUNITY_RESPIRATORY_SERVICE' is not a service code in vocabulary.json")))
                .hasMessageContaining(DRL + ":10: ");
    }

    @Test
    void referToAServiceWithoutADefaultTimeframe_failsTheBuild() {
        Path folder = ruleSet("no-default", "$call.referTo(\"COMMUNITY_RESPIRATORY_TEAM\");");

        assertThatThrownBy(() -> RuleSet.fromDirectory(folder))
                .isInstanceOfSatisfying(RuleSetBuildException.class, e -> assertThat(e.problems())
                        .extracting(Problem::file, Problem::line)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(DRL, 10)));
    }

    @Test
    void literalTimeframeAboveTheServicesMaximum_isRejectedWhenTheRuleSetIsBuilt() {
        assertThatThrownBy(() -> RuleSet.fromDirectory(ruleSet("too-long",
                "$call.referWithinHours(\"COMMUNITY_RESPIRATORY_TEAM\", 6);")))
                .isInstanceOf(RuleSetBuildException.class)
                .hasMessageContaining("respiratory.drl:")
                .hasMessageContaining("PT6H")
                .hasMessageContaining("PT4H");
    }

    @Test
    void computedTimeframe_isRejectedWhenTheRuleSetIsBuilt_soEveryTimeframeIsChecked() {
        assertThatThrownBy(() -> RuleSet.fromDirectory(ruleSet("too-long",
                "$call.referWithinHours(\"COMMUNITY_RESPIRATORY_TEAM\", 3 + 3);")))
                .isInstanceOf(RuleSetBuildException.class)
                .hasMessageContaining("respiratory.drl:")
                .hasMessageContaining("referWithinHours(...) in a consequence takes literal values only");
    }

    @Test
    void vocabularyWithoutServices_usesTheStandardOnes() {
        Vocabulary vocabulary = new Vocabulary(List.of(new Vocabulary.Complaint("A", "A")), List.of(), List.of());

        assertThat(vocabulary.services()).isEqualTo(Vocabulary.STANDARD_SERVICES);
        assertThat(vocabulary.defaultCallback(Duration.ofHours(1)).describe())
                .isEqualTo("Hear and treat: Clinical callback within 1 hour");
        assertThat(vocabulary.service("COMMUNITY_RESPIRATORY_TEAM")).isEmpty();
    }
}
