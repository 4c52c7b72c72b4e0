package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hearandtreat.triage.RuleSetBuildException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule-set check runs when the rule set is built, and names file and line. */
class RuleSetBuildTest {

    private static final String DRL = "policy/policy.drl";

    @TempDir
    Path dir;

    private Path brokenCopy(String find, String replace) throws IOException {
        Path copy = TestRuleSets.copy("policy", dir.resolve("rules"));
        Path drl = copy.resolve(DRL);
        String text = Files.readString(drl);
        assertThat(text).contains(find);
        Files.writeString(drl, text.replace(find, replace));
        return copy;
    }

    private static int lineOf(Path folder, String text) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve(DRL));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not found");
    }

    private static List<Problem> problemsOf(Path folder) {
        try {
            RuleSet.fromDirectory(folder);
        } catch (RuleSetBuildException e) {
            return e.problems();
        }
        throw new AssertionError("expected the build of " + folder + " to fail");
    }

    @Test
    void drlSyntaxError_givesFileAndLine() throws IOException {
        Path folder = brokenCopy("$call : Call( present(\"Q_C4\") )", "$call : Call( present(\"Q_C4\") ");

        List<Problem> problems = problemsOf(folder);

        assertThat(problems).isNotEmpty();
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo(DRL));
        int expected = lineOf(folder, "present(\"Q_C4\")");
        assertThat(problems).anySatisfy(p -> assertThat(p.line()).isBetween(expected, expected + 3));
    }

    @Test
    void ruleWithoutSource_isRejectedAtBuild_withItsLine() throws IOException {
        Path folder = brokenCopy("@id(\"P-C4\") @version(\"1\") @source(\"test\")", "@id(\"P-C4\") @version(\"1\")");

        assertThat(problemsOf(folder)).containsExactly(new Problem(DRL, lineOf(folder, "Finding four is category 4"),
                "rule \"Finding four is category 4\" has no @source(...)"));
    }

    @Test
    void questionCodeMissingFromVocabulary_isRejectedAtBuild_withItsLine() throws IOException {
        Path folder = brokenCopy("present(\"Q_C4\")", "present(\"Q_C5\")");

        assertThat(problemsOf(folder)).containsExactly(new Problem(DRL, lineOf(folder, "Q_C5"),
                "'Q_C5' is not a question code in vocabulary.json"));
    }

    @Test
    void adviceOfTheWrongKind_isRejectedAtBuild() throws IOException {
        Path folder = brokenCopy("careAdvice(\"GP_CARE\")", "careAdvice(\"GP_WORSE\")");

        assertThat(problemsOf(folder)).extracting(Problem::message)
                .containsExactly("'GP_WORSE' is not a CARE advice key in vocabulary.json");
    }

    @Test
    void duplicateRuleId_isRejectedAtBuild() throws IOException {
        Path folder = brokenCopy("@id(\"P-C4\")", "@id(\"P-C3\")");

        assertThat(problemsOf(folder)).extracting(Problem::message).singleElement().asString()
                .contains("reuses @id(\"P-C3\")");
    }

    @Test
    void everyProblemIsListed_notJustTheFirst() throws IOException {
        Path folder = brokenCopy("present(\"Q_C4\")", "present(\"Q_C5\")");
        Path drl = folder.resolve(DRL);
        Files.writeString(drl, Files.readString(drl).replace("present(\"Q_ED\")", "present(\"Q_EDX\")")
                .replace("@rationale(\"Exercises category 1.\")", ""));

        assertThat(problemsOf(folder)).extracting(Problem::message).containsExactlyInAnyOrder(
                "rule \"Red flag one is category 1\" has no @rationale(...)",
                "'Q_C5' is not a question code in vocabulary.json",
                "'Q_EDX' is not a question code in vocabulary.json");
    }

    @Test
    void codesInCommentsAreIgnored() throws Exception {
        Path folder = brokenCopy("package policy;", "package policy;\n// present(\"NOT_A_CODE\") is fine in a comment");

        assertThat(RuleSet.fromDirectory(folder).rules()).hasSize(11);
    }

    @Test
    void malformedVocabulary_givesFileAndLine() throws IOException {
        Path folder = TestRuleSets.copy("policy", dir.resolve("rules"));
        Path vocabulary = folder.resolve("vocabulary.json");
        Files.writeString(vocabulary, Files.readString(vocabulary).replace("\"redFlag\": true, \"appliesTo\": [\"*\"]",
                "\"redFlag\": \"yes\", \"appliesTo\": [\"*\"]"));

        assertThat(problemsOf(folder)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("vocabulary.json");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("$.questions[0].redFlag", "true or false");
        });
    }

    @Test
    void missingManifest_isNamed() throws IOException {
        Path folder = TestRuleSets.copy("policy", dir.resolve("rules"));
        Files.delete(folder.resolve("ruleset.json"));

        assertThat(problemsOf(folder)).containsExactly(new Problem("ruleset.json", 0, "is missing"));
    }

    @Test
    void notAFolder_isNamed() {
        assertThatThrownBy(() -> RuleSet.fromDirectory(dir.resolve("absent")))
                .isInstanceOf(RuleSetBuildException.class).hasMessageContaining("is not a folder");
    }

    @Test
    void ruleMetadata_isExposed() {
        assertThat(TestRuleSets.policy().rules()).extracting(RuleDescription::id)
                .containsExactly("P-C1", "P-C2", "P-C3", "P-C4", "P-ED", "P-GP", "P-NEWS", "P-NOTE", "P-SELF",
                        "P-TWIN-A", "P-TWIN-B");
    }

    @Test
    void contentHash_followsTheContent() throws Exception {
        Path same = TestRuleSets.copy("policy", dir.resolve("same"));
        assertThat(RuleSet.fromDirectory(same).info()).isEqualTo(TestRuleSets.policy().info());

        Path changed = TestRuleSets.copy("policy", dir.resolve("changed"));
        Files.writeString(changed.resolve(DRL), Files.readString(changed.resolve(DRL)).replace(
                "Exercises category 4.", "Exercises category 4 again."));
        RuleSetInfo info = RuleSet.fromDirectory(changed).info();
        assertThat(info.version()).isEqualTo(TestRuleSets.policy().info().version());
        assertThat(info.contentHash()).isNotEqualTo(TestRuleSets.policy().info().contentHash());
    }

    @Test
    void printingFromAConsequence_isRejectedAtBuild() throws IOException {
        Path folder = brokenCopy("$call.category4();", "$call.category4();\n    System.out.println(\"C4\");");

        assertThat(problemsOf(folder)).containsExactly(new Problem(DRL, lineOf(folder, "System.out"),
                "'System.out' is not allowed in a rule: read the call through its helper methods"));
    }

    @Test
    void readingTheWallClock_isRejectedAtBuild() throws IOException {
        Path folder = brokenCopy("$call.category4();", "$call.category4();\n    java.time.Instant.now();");

        assertThat(problemsOf(folder)).containsExactly(new Problem(DRL, lineOf(folder, "Instant.now()"),
                "'java.time.Instant' is not allowed in a rule: read the call through its helper methods"));
    }

    @Test
    void anotherDialectThanJava_isRejectedAtBuild() throws IOException {
        Path folder = brokenCopy("package policy;", "package policy;\ndialect \"mvel\"");

        assertThat(problemsOf(folder)).extracting(Problem::message)
                .containsExactly("rules use the Java dialect, not dialect \"mvel\"");
    }

    @Test
    void serviceCodeMissingFromVocabulary_isRejectedAtBuild_withItsLine() throws IOException {
        Path folder = brokenCopy("referWithinHours(\"GP\", 24)", "referWithinHours(\"FAMILY_DOCTOR\", 24)");

        assertThat(problemsOf(folder)).containsExactly(new Problem(DRL, lineOf(folder, "FAMILY_DOCTOR"),
                "'FAMILY_DOCTOR' is not a service code in vocabulary.json"));
    }

    @Test
    void referToAServiceWithoutADefaultTimeframe_isRejectedAtBuild_withItsLine() throws IOException {
        Path folder = brokenCopy("referWithinHours(\"GP\", 24)", "referTo(\"GP\")");

        assertThat(problemsOf(folder)).containsExactly(new Problem(DRL, lineOf(folder, "referTo(\"GP\")"),
                "'GP' is not a service with a default time frame (use referWithinHours or referWithinMinutes) in "
                        + "vocabulary.json"));
    }

    @Test
    void riskFactorCodeMissingFromVocabulary_isRejectedAtBuild_withItsLine() throws IOException {
        Path folder = brokenCopy("Call( present(\"Q_C4\") )", "Call( present(\"Q_C4\") && hasRisk(\"WARFARIN\") )");

        assertThat(problemsOf(folder)).containsExactly(new Problem(DRL, lineOf(folder, "WARFARIN"),
                "'WARFARIN' is not a risk-factor code in vocabulary.json"));
    }

    @Test
    void ruleProposingADispatchWhileTestingTheComplaint_isRejectedAtBuild_withFileAndLine() throws IOException {
        Path folder = brokenCopy("$call : Call( present(\"RF_C2\") )",
                "$call : Call( complaint == \"TEST\", present(\"RF_C2\") )");

        assertThat(problemsOf(folder)).containsExactly(new Problem(DRL,
                lineOf(folder, "rule \"Red flag two is category 2B\""),
                "rule \"Red flag two is category 2B\" proposes an ambulance but tests the complaint: findings decide, "
                        + "whatever complaint the call was opened under; only hear-and-treat endpoints may test the "
                        + "complaint"));
    }

    @Test
    void ruleProposingADispatchWhileTestingTheComplaintWithComplaintIs_isRejectedToo() throws IOException {
        Path folder = brokenCopy("$call : Call( present(\"Q_C4\") )",
                "$call : Call( present(\"Q_C4\") && !complaintIs(\"OTHER\") )");

        assertThat(problemsOf(folder)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(DRL);
            assertThat(p.line()).isEqualTo(lineOf(folder, "rule \"Finding four is category 4\""));
            assertThat(p.message()).contains("proposes an ambulance but tests the complaint");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"complaint in (\"TEST\")", "complaint.equals(\"TEST\")", "\"TEST\".equals(complaint)",
            "complaint matches \"TE.*\"", "getComplaint() != \"OTHER\""})
    void ruleProposingADispatch_isRejectedWhateverFormTheComplaintTestTakes(String test) throws IOException {
        Path folder = brokenCopy("$call : Call( present(\"RF_C2\") )", "$call : Call( " + test + ", present(\"RF_C2\") )");

        assertThat(problemsOf(folder)).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(lineOf(folder, "rule \"Red flag two is category 2B\""));
            assertThat(p.message()).contains("proposes an ambulance but tests the complaint");
        });
    }

    private Path withFinding(String pattern) throws IOException {
        Path folder = brokenCopy("$call : Call( present(\"RF_C2\") )", "$call : " + pattern);
        Path drl = folder.resolve(DRL);
        Files.writeString(drl, Files.readString(drl).replace("import org.hearandtreat.triage.rules.Call;",
                "import org.hearandtreat.triage.rules.Call;\nimport org.hearandtreat.triage.rules.Finding;"));
        return folder;
    }

    @Test
    void ruleWrittenOnItsFinding_firesExactlyWhenTheFindingIsPresent() throws Exception {
        TriageEngine engine = TriageEngine.create(RuleSet.fromDirectory(withFinding("Finding( code == \"RF_C2\" )")));
        Assessment call = Assessment.builder().patient(Patient.builder().ageYears(40).build()).complaint("TEST")
                .evaluatedAt(java.time.Instant.EPOCH).build();

        assertThat(engine.evaluate(call.withAnswer("RF_C2", Answer.YES)).disposition().code()).isEqualTo("C2B");
        assertThat(engine.evaluate(call.withAnswer("RF_C2", Answer.UNKNOWN)).disposition().code()).isEqualTo("C2B");
        assertThat(engine.evaluate(call.withAnswer("RF_C2", Answer.NO)).firedRuleIds()).doesNotContain("P-C2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Finding( code in (\"RF_C2\", \"RF_C1\") )", "Finding( \"RF_C2\" == code )",
            "Finding( getCode() == \"RF_C2\" )"})
    void findingPatternNotStartingWithALiteralCode_isRejectedAtBuild(String pattern) throws IOException {
        Path folder = withFinding(pattern);

        assertThat(problemsOf(folder)).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(lineOf(folder, pattern));
            assertThat(p.message()).contains("a Finding pattern starts with code == \"CODE\"");
        });
    }

    @Test
    void ruleExtendingAnother_isRejectedAtBuild() throws IOException {
        Path folder = brokenCopy("rule \"Red flag two is category 2B\"",
                "rule \"Red flag two is category 2B\" extends \"Red flag one is category 1\"");

        assertThat(problemsOf(folder)).anySatisfy(p -> assertThat(p.message()).contains("extends another rule"));
    }

    @Test
    void literalTimeframeBeyondTheServicesMaximum_isRejectedAtBuild_withItsLine() throws IOException {
        Path folder = brokenCopy("referWithinHours(\"GP\", 24)", "referWithinHours(\"URGENT_COMMUNITY_RESPONSE\", 4)");

        assertThat(problemsOf(folder)).containsExactly(new Problem(DRL, lineOf(folder, "URGENT_COMMUNITY_RESPONSE"),
                "'URGENT_COMMUNITY_RESPONSE' is not a service that takes a referral within PT4H (a time frame from "
                        + "PT1M to PT2H) in vocabulary.json"));
    }

    @Test
    void hearAndTreatEndpoint_mayTestTheComplaint() throws Exception {
        Path folder = brokenCopy("$call : Call( present(\"Q_GP\") )",
                "$call : Call( complaint == \"TEST\", present(\"Q_GP\") )");

        assertThat(RuleSet.fromDirectory(folder).rules()).hasSize(11);
    }
}
