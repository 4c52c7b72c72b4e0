package org.hearandtreat.triage.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Pregnancy;
import org.hearandtreat.triage.RuleDescription;
import org.hearandtreat.triage.RuleSet;
import org.hearandtreat.triage.Sex;
import org.hearandtreat.triage.TriageCase;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageJson;
import org.hearandtreat.triage.TriageResult;
import org.hearandtreat.triage.Vitals;
import org.hearandtreat.triage.rules.Call;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every code block in docs/authoring-rules.md is built, added, run or checked here, so the guide cannot rot. */
class AuthoringGuideTest {

    private static final Path GUIDE = Path.of("..", "docs", "authoring-rules.md");
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```(\\w+)(?: ([\\w-]+))?\\n(.*?)^```");
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Block(String language, String tag, String body) {
    }

    private static List<Block> blocks;
    private static TriageEngine guideEngine;
    private static RuleSet guideRules;

    @TempDir
    static Path dir;

    @BeforeAll
    static void buildTheReferenceRulesWithTheGuideSnippets() throws Exception {
        blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(Files.readString(GUIDE));
        while (m.find()) {
            blocks.add(new Block(m.group(1), m.group(2), m.group(3)));
        }
        Path rules = dir.resolve("rules");
        org.hearandtreat.triage.RuleFolders.copy(ReferenceProtocols.SOURCE_FOLDER, rules);
        ObjectNode vocabulary = (ObjectNode) JSON.readTree(rules.resolve("vocabulary.json").toFile());
        addEntries(vocabulary, "vocabulary-question", "questions");
        addEntries(vocabulary, "vocabulary-risk-factor", "riskFactors");
        addEntries(vocabulary, "vocabulary-service", "services");
        JSON.writerWithDefaultPrettyPrinter().writeValue(rules.resolve("vocabulary.json").toFile(), vocabulary);
        Files.createDirectories(rules.resolve("guide"));
        int n = 0;
        for (Block b : blocks("drl", null)) {
            Files.writeString(rules.resolve("guide/snippet-" + (++n) + ".drl"), b.body());
        }
        guideRules = RuleSet.fromDirectory(rules);
        guideEngine = TriageEngine.create(guideRules);
    }

    /** Adds every JSON block with this tag to the named list of the vocabulary. */
    private static void addEntries(ObjectNode vocabulary, String tag, String list) throws IOException {
        for (Block b : blocks("json", tag)) {
            ((ArrayNode) vocabulary.get(list)).add(JSON.readTree(b.body()));
        }
    }

    private static List<Block> blocks(String language, String tag) {
        return blocks.stream().filter(b -> b.language().equals(language) && java.util.Objects.equals(b.tag(), tag))
                .toList();
    }

    @Test
    void everyBlockIsOfAKindThisTestChecks() {
        assertThat(blocks).isNotEmpty().allSatisfy(b -> assertThat(b.language() + " " + b.tag()).isIn(
                "drl null", "json ruleset", "json vocabulary-question", "json vocabulary-risk-factor",
                "json vocabulary-service", "json case", "bash null", "text null"));
        assertThat(blocks("drl", null)).hasSize(5);
    }

    @Test
    void drlSnippetsBuildWithTheReferenceRules() {
        assertThat(guideRules.rules()).extracting(RuleDescription::id)
                .contains("GUIDE-001", "GUIDE-002", "GUIDE-003", "GUIDE-004", "GUIDE-005");
    }

    @Test
    void caseSnippetsGiveTheirExpectedDisposition() {
        assertThat(blocks("json", "case")).isNotEmpty().allSatisfy(b -> {
            TriageCase c = TriageJson.readCase(b.body());
            TriageResult result = guideEngine.evaluate(c.assessment());
            assertThat(result.disposition()).as("%s%n%s", c.description(), result.explain())
                    .isEqualTo(guideRules.vocabulary().disposition(c.expected()));
            assertThat(result.firedRuleIds()).containsAll(c.expectedRules());
        });
    }

    @Test
    void rulesetSnippetIsTheRealManifest() throws IOException {
        JsonNode shown = JSON.readTree(blocks("json", "ruleset").get(0).body());
        assertThat(shown).isEqualTo(JSON.readTree(ReferenceProtocols.SOURCE_FOLDER.resolve("ruleset.json").toFile()));
    }

    @Test
    void workedExample2_firesOnTwoMeasuredQsofaCriteria() {
        Assessment call = Assessment.builder()
                .patient(Patient.builder().ageYears(70).sex(Sex.MALE).pregnancy(Pregnancy.NOT_PREGNANT).build())
                .complaint("UNWELL_ADULT")
                .answer("POSSIBLE_INFECTION", Answer.YES)
                .vitals(Vitals.builder().respirationRate(22).systolicBp(100).build())
                .evaluatedAt(TriageCasesClock.NOW)
                .build();

        assertThat(guideEngine.evaluate(call).firedRuleIds()).contains("GUIDE-003");
        assertThat(guideEngine.evaluate(call.withVitals(Vitals.builder().respirationRate(22).build()))
                .firedRuleIds()).doesNotContain("GUIDE-003");
    }

    @Test
    void workedExample3_firesInItsAgeBand_andWhenTheAgeIsNotKnown() {
        Assessment call = Assessment.builder()
                .patient(Patient.builder().age(Period.ofMonths(4)).sex(Sex.FEMALE).build())
                .complaint("MINOR_ILLNESS")
                .vitals(Vitals.builder().temperatureCelsius(39.2).build())
                .evaluatedAt(TriageCasesClock.NOW)
                .build();

        assertThat(guideEngine.evaluate(call).firedRuleIds()).contains("GUIDE-004");
        assertThat(guideEngine.evaluate(call.withPatient(Patient.builder().sex(Sex.FEMALE).build())).firedRuleIds())
                .contains("GUIDE-004");
        assertThat(guideEngine.evaluate(call.withPatient(Patient.builder().age(Period.ofMonths(2)).build()))
                .firedRuleIds()).doesNotContain("GUIDE-004");
        assertThat(guideEngine.evaluate(call.withPatient(Patient.builder().age(Period.ofMonths(6)).build()))
                .firedRuleIds()).doesNotContain("GUIDE-004");
        assertThat(guideEngine.evaluate(call.withVitals(Vitals.builder().temperatureCelsius(38.9).build()))
                .firedRuleIds()).doesNotContain("GUIDE-004");
    }

    @Test
    void layoutSnippetNamesRealFiles() {
        String layout = blocks("text", null).get(0).body();
        layout.lines().map(line -> line.split("\\s+")[0]).filter(name -> name.endsWith(".drl") || name.endsWith(".json"))
                .forEach(name -> assertThat(ReferenceProtocols.SOURCE_FOLDER.resolve(name)).as(name).exists());
    }

    @Test
    void commandSnippetsUseRealCommandsAndFiles() {
        List<String> commands = blocks("bash", null).stream().flatMap(b -> b.body().lines()).toList();
        assertThat(commands).isNotEmpty().allSatisfy(command -> {
            List<String> words = Arrays.asList(command.split("\\s+"));
            assertThat(words.get(0)).isIn("./triage", "mvn");
            if (words.get(0).equals("./triage")) {
                assertThat(words.get(1)).isIn("assess", "suite");
                words.stream().skip(2).filter(w -> !w.startsWith("-"))
                        .forEach(path -> assertThat(Path.of("..", path)).as(path).exists());
            }
        });
    }

    @Test
    void everyConditionHelperIsDocumented_andEveryDocumentedOneExists() throws IOException {
        String guide = Files.readString(GUIDE);
        Set<String> documented = Pattern.compile("`(\\w+)\\(").matcher(guide).results().map(r -> r.group(1))
                .collect(Collectors.toSet());
        Set<String> callMethods = Arrays.stream(Call.class.getMethods()).map(Method::getName).collect(Collectors.toSet());

        assertThat(documented).containsAll(callMethods);
        Set<String> proposalMethods = Set.of("careAdvice", "worseningAdvice", "Call", "Finding");
        assertThat(documented.stream().filter(name -> !callMethods.contains(name)
                && !proposalMethods.contains(name))).isEmpty();
    }

    /** The evaluation instant used by the guide's cases. */
    private static final class TriageCasesClock {
        static final java.time.Instant NOW = java.time.Instant.parse("2026-11-23T14:05:00Z");
    }
}
