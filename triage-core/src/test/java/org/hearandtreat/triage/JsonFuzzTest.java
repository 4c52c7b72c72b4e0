package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Fuzzing: valid assessments written as JSON, then damaged at random (bytes deleted, inserted or replaced, values
 * swapped for other JSON, keys duplicated, the text truncated). Reading and evaluating must either succeed or fail
 * with the documented {@link InvalidAssessmentException} naming a JSON path; any other exception is a bug.
 */
class JsonFuzzTest {

    private static final TriageEngine ENGINE = TriageEngine.create(TestRuleSets.policy());
    private static final String[] VALUES = {"null", "true", "0", "-1", "1e309", "\"\"", "\"YES\"", "[]", "{}",
            "[1,2,3]", "{\"a\":1}", "\"2026-13-45T99:00:00Z\"", "9999999999999999999999", "\"\\u0000\"", "NaN"};

    @Provide
    Arbitrary<String> damagedJson() {
        Arbitrary<String> valid = Assessments.over(ENGINE.vocabulary()).map(TriageJson::write);
        return Combinators.combine(valid, Arbitraries.integers().between(0, 5), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 12), Arbitraries.strings().ofMaxLength(6),
                Arbitraries.of(VALUES)).as(JsonFuzzTest::damage);
    }

    private static String damage(String json, int kind, double where, int length, String junk, String value) {
        int at = (int) (where * json.length());
        int end = Math.min(json.length(), at + length);
        return switch (kind) {
            case 0 -> json.substring(0, at) + json.substring(end);
            case 1 -> json.substring(0, at) + junk + json.substring(at);
            case 2 -> json.substring(0, at) + junk + json.substring(end);
            case 3 -> json.substring(0, at);
            case 4 -> replaceValueAfter(json, at, value);
            default -> duplicateFirstAnswer(json);
        };
    }

    private static String replaceValueAfter(String json, int at, String value) {
        int colon = json.indexOf(':', at);
        if (colon < 0) {
            return json;
        }
        int end = colon + 1;
        while (end < json.length() && ",}\n".indexOf(json.charAt(end)) < 0) {
            end++;
        }
        return json.substring(0, colon + 1) + " " + value + json.substring(end);
    }

    private static String duplicateFirstAnswer(String json) {
        int answers = json.indexOf("\"answers\" : {");
        int start = answers + "\"answers\" : {".length();
        int end = json.indexOf(',', start);
        if (answers < 0 || end < 0 || json.charAt(start) == '}') {
            return json + "x";
        }
        return json.substring(0, start) + json.substring(start, end) + "," + json.substring(start);
    }

    @Property(tries = 3000)
    @StatisticsReport(onFailureOnly = true)
    void damagedInput_givesAResultOrANamedValidationError(@ForAll("damagedJson") String json) {
        try {
            TriageResult result = ENGINE.evaluate(TriageJson.readAssessment(json));
            assertThat(result.reasons()).isNotEmpty();
            Statistics.collect("accepted");
        } catch (InvalidAssessmentException e) {
            assertThat(e.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.path()).startsWith("$"));
            Statistics.collect("rejected");
        }
        // Some damage leaves valid JSON (a value swapped for another valid one): if nothing is ever accepted, the
        // undamaged assessments themselves no longer read back, and the fuzzing only exercises rejection.
        Statistics.coverage(coverage -> coverage.check("accepted").count((Predicate<Integer>) n -> n > 0));
    }
}
