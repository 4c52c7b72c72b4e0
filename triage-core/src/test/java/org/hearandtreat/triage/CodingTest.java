package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vocabulary entries carry standard codes that travel with the result, and a malformed SNOMED CT identifier is
 * rejected when the vocabulary is read: a mistyped code would reach another system as a different concept.
 */
class CodingTest {

    private static final Coding CHEST_PAIN = new Coding(Coding.SNOMED_CT, "29857009", "Chest pain");

    @Test
    void wellFormedSnomedIdentifiers_passTheVerhoeffCheck() {
        assertThat(List.of("29857009", "22298006", "404684003", "138875005", "900000000000207008"))
                .allMatch(Coding::isSnomedConceptId);
    }

    @Test
    void snomedIdentifierWithAWrongCheckDigit_isRejected_namingTheCode() {
        assertThat(Coding.isSnomedConceptId("29857008")).isFalse();
        assertThatThrownBy(() -> new Coding(Coding.SNOMED_CT, "29857008", "Chest pain"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.value()).isEqualTo("29857008");
                    assertThat(e.expected()).contains("Verhoeff");
                });
    }

    @Test
    void snomedIdentifiersThatAreNotConcepts_areRejected() {
        assertThat(Coding.isSnomedConceptId("49405011")).as("description partition 01").isFalse();
        assertThat(Coding.isSnomedConceptId("12345")).as("too short").isFalse();
        assertThat(Coding.isSnomedConceptId("029857009")).as("leading zero").isFalse();
        assertThat(Coding.isSnomedConceptId("2985700X")).as("not digits").isFalse();
        assertThat(Coding.isSnomedConceptId("1234567890123456789")).as("19 digits").isFalse();
        assertThat(Coding.isSnomedConceptId(null)).isFalse();
    }

    @Test
    void otherSystems_needAnAbsoluteUriAndAnyCode() {
        assertThat(new Coding("https://fhir.nhs.uk/CodeSystem/example", "A-1", "Example").code()).isEqualTo("A-1");
        assertThatThrownBy(() -> new Coding("snomed", "29857009", "Chest pain"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("system"));
        assertThatThrownBy(() -> new Coding(Coding.SNOMED_CT, "29857009", " "))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("display"));
        assertThatThrownBy(() -> new Coding("https://example.org/cs", " A", "x"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @TempDir
    Path dir;

    private static String vocabulary(String complaintCode) {
        return """
                {
                  "complaints": [ { "code": "CHEST_PAIN", "text": "Chest pain",
                                    "codings": [ { "system": "http://snomed.info/sct", "code": "%s",
                                                   "display": "Chest pain" } ] } ],
                  "questions": [
                    { "code": "CRUSHING", "redFlag": true, "appliesTo": ["*"], "text": "Is the pain crushing?",
                      "codings": [ { "system": "http://snomed.info/sct", "code": "22298006",
                                     "display": "Myocardial infarction" } ] }
                  ],
                  "services": [
                    { "code": "CLINICAL_CALLBACK", "label": "Clinical callback", "kind": "CLINICAL_CALLBACK" },
                    { "code": "GP", "label": "GP", "kind": "REFERRAL",
                      "codings": [ { "system": "https://example.org/services", "code": "GP", "display": "GP" } ] }
                  ],
                  "advice": [
                    { "key": "REST", "kind": "CARE", "text": "Rest.",
                      "codings": [ { "system": "https://example.org/advice", "code": "REST", "display": "Rest" } ] }
                  ]
                }
                """.formatted(complaintCode);
    }

    private static final String RULES = """
            package chest;

            import org.hearandtreat.triage.rules.Call;

            rule "Pain that is not crushing goes to the GP"
                @id("C-1") @version("1") @source("test") @rationale("Codings travel with the result.")
            when
                $call : Call( absent("CRUSHING") )
            then
                $call.referWithinHours("GP", 24).careAdvice("REST");
            end
            """;

    @Test
    void codingsFromTheVocabulary_travelWithTheReferralAdviceAndNextQuestions_andSurviveJson() {
        TriageEngine engine = TriageEngine.create(TestRuleSets.build(
                TestRuleSets.write(dir.resolve("ok"), vocabulary("29857009"), "chest/chest.drl", RULES)));

        assertThat(engine.vocabulary().complaint("CHEST_PAIN").orElseThrow().codings()).containsExactly(CHEST_PAIN);
        TriageResult referred = engine.evaluate(Assessment.builder().patient(TestRuleSets.adult())
                .complaint("CHEST_PAIN").answers(Map.of("CRUSHING", Answer.NO)).evaluatedAt(TestRuleSets.NOW).build());
        assertThat(((HearAndTreat) referred.disposition()).codings())
                .containsExactly(new Coding("https://example.org/services", "GP", "GP"));
        assertThat(referred.careAdvice()).singleElement().satisfies(a -> assertThat(a.codings())
                .containsExactly(new Coding("https://example.org/advice", "REST", "Rest")));
        String json = TriageJson.write(referred);
        assertThat(json).contains("\"codings\"");
        assertThat(TriageJson.readResult(json)).isEqualTo(referred);

        TriageResult waiting = engine.evaluate(Assessment.builder().patient(TestRuleSets.adult())
                .complaint("CHEST_PAIN").answers(Map.of()).evaluatedAt(TestRuleSets.NOW).build());
        assertThat(waiting.nextQuestions()).singleElement().satisfies(q -> assertThat(q.codings())
                .containsExactly(new Coding(Coding.SNOMED_CT, "22298006", "Myocardial infarction")));
        assertThat(TriageJson.readResult(TriageJson.write(waiting))).isEqualTo(waiting);
    }

    @Test
    void vocabularyWithAMistypedSnomedCode_failsTheBuild_namingTheFile() {
        Path folder = TestRuleSets.write(dir.resolve("bad"), vocabulary("29857008"), "chest/chest.drl", RULES);

        assertThatThrownBy(() -> RuleSet.fromDirectory(folder))
                .isInstanceOf(RuleSetBuildException.class)
                .hasMessageContaining("vocabulary.json")
                .hasMessageContaining("29857008")
                .hasMessageContaining("Verhoeff");
    }
}
