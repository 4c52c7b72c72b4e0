package org.hearandtreat.triage.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Guidance;
import org.hearandtreat.triage.TriageEngine;
import org.junit.jupiter.api.Test;

/**
 * The hand-written baseline must keep deciding every falls case exactly as the engine does, or the benchmark's ratio
 * compares different work (and its setup refuses to run). This is the only test of the benchmarks module; the
 * benchmarks themselves run by hand.
 */
class HandWrittenFallsTest {

    @Test
    void decidesEveryFallsCaseAsTheEngineDoes() {
        TriageEngine engine = TriageEngine.create(Cases.referenceRules());
        var calls = Cases.assessments(Path.of("..", "triage-rules", "src", "test", "resources", "cases", "falls"));

        assertThat(calls).hasSizeGreaterThan(30);
        for (Assessment call : calls) {
            // By code (category, or service and time frame): the baseline uses the standard services, which carry
            // no SNOMED CT codings, and codings describe a disposition without changing it.
            assertThat(HandWrittenFalls.triage(call).code()).as("%s", call.answers())
                    .isEqualTo(engine.evaluate(call, Guidance.NONE).disposition().code());
        }
    }
}
