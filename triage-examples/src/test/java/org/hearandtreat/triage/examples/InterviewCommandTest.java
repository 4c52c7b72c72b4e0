package org.hearandtreat.triage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hearandtreat.triage.TriageCase;
import org.hearandtreat.triage.TriageJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal interview, driven with scripted input as a clinician would type it. */
class InterviewCommandTest {

    @TempDir
    Path dir;

    private static String script(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static final String FALL = "FALL";

    @Test
    void redFlagYes_endsAtCategory1_afterOneQuestion() {
        TriageCliTest.Run run = TriageCliTest.runWithInput(script(FALL, "84", "f", "y"), "interview");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Presenting complaint (number):",
                "Provisional: Hear and treat: Clinical callback within 1 hour [CLINICAL_CALLBACK/PT1H]",
                "Is the patient not breathing, or not breathing normally",
                "Provisional: Category 1: life-threatening [C1]",
                "No unanswered question can change this disposition.", "SELECTED IMM-001");
    }

    @Test
    void answeringEveryRedFlagNo_reachesHearAndTreat_andSavesACase() throws IOException {
        Path saved = dir.resolve("case.json");
        StringBuilder answers = new StringBuilder(script("fall", "84", "f"));
        for (int i = 0; i < 40; i++) {
            answers.append(i == 0 ? "" : "").append("n\n");
        }
        TriageCliTest.Run run = TriageCliTest.runWithInput(answers + script("y", "y", "y", "y", "y", "Scripted fall"),
                "interview", "--save", saved.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("No unanswered question can change this disposition.", "Saved " + saved);
        TriageCase c = TriageJson.readCase(Files.readString(saved));
        assertThat(c.assessment().complaint()).isEqualTo(FALL);
        assertThat(c.assessment().patient().age()).isEqualTo(java.time.Period.ofYears(84));
        assertThat(c.expected()).doesNotStartWith("C");
        assertThat(c.assessment().evaluatedAt()).hasToString("2026-11-23T14:05:00Z");
    }

    @Test
    void vitalsCanBeEntered_andRaiseUrgency() {
        TriageCliTest.Run run = TriageCliTest.runWithInput(script("UNWELL_ADULT", "70", "m", "v",
                "30", "88", "n", "85", "", "135", "c", "39.5", "", "", "q"), "interview");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Vital signs:", "Provisional: Category 2: emergency, segment 2A: dispatch now [C2A]",
                "Stopped with questions unanswered", "SELECTED NEWS-001", "CONCURRING PHYS-001", "CONCURRING PHYS-002",
                "CONCURRING PHYS-003");
    }

    @Test
    void badAnswers_areAskedAgain() {
        TriageCliTest.Run run = TriageCliTest.runWithInput(script("99", "x", FALL, "old", "84", "f",
                "maybe", "y"), "interview");

        assertThat(run.out()).contains("Please give a number from 1 to", "Please give an age such as 84, 18m, 6w or 10d",
                "Please answer y, n or u", "[C1]");
    }

    @Test
    void aBabysAgeIsAskedInWeeksOrMonths_andOnlyAdultsOfChildBearingAgeAreAskedAboutPregnancy() {
        TriageCliTest.Run run = TriageCliTest.runWithInput(script("MINOR_ILLNESS", "0", "2", "6w", "f", "q"), "interview");

        assertThat(run.out()).contains("Under a year: age in days, weeks or months",
                "Please give the age with its unit, under a year").doesNotContain("Pregnant?");
        assertThat(run.exit()).isZero();
    }

    @Test
    void endOfInput_stopsCleanly() {
        TriageCliTest.Run run = TriageCliTest.runWithInput("", "interview");

        assertThat(run.exit()).isEqualTo(TriageCli.EXIT_BAD_INPUT);
        assertThat(run.out()).contains("Interview stopped.");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void provisionalDispositionIsShownOnlyWhenItChanges() {
        TriageCliTest.Run run = TriageCliTest.runWithInput(script(FALL, "84", "f", "n", "n", "q"),
                "interview");

        assertThat(run.out().split("Provisional:", -1)).hasSize(2);
    }
}
