package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearandtreat.triage.ClinicalRuleSet.NO_RED_FLAGS;
import static org.hearandtreat.triage.ClinicalRuleSet.NO_UNIVERSAL_RED_FLAGS;
import static org.hearandtreat.triage.ClinicalRuleSet.with;

import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question or an advice text may be restricted to ages and sexes. A red flag is required only of a patient it may
 * apply to, and an unknown age or sex may be any; advice restricted by age is given only inside its band, never when
 * the age is unknown.
 */
class AgeAndSexRestrictionTest {

    private static final TriageEngine ENGINE = ClinicalRuleSet.engine();
    private static final String RESTRICTED_RED_FLAG = "BLEEDING_IN_PREGNANCY";

    private static Patient patient(String age, Sex sex) {
        return Patient.builder().age(age.isEmpty() ? null : Period.parse(age)).sex(sex).build();
    }

    private static TriageResult selfCare(Patient patient, Map<String, Answer> redFlags) {
        return ENGINE.evaluate(ClinicalRuleSet.assessment(patient, "UNWELL",
                with(redFlags, "MINOR_ILLNESS", Answer.YES)));
    }

    @Test
    void aQuestionAboutTheBirth_isAskedAfterABirth_andWhenPregnancyIsUnknown_butNotOfAPregnantWoman() {
        Vocabulary.Question afterBirth = new Vocabulary.Question("SINCE_THE_BIRTH", "Since the birth?", true,
                List.of("*"), null, List.of(Sex.FEMALE), null, false,
                List.of(Pregnancy.Status.POSTPARTUM_WITHIN_6_WEEKS));
        Patient woman = patient("P30Y", Sex.FEMALE);

        assertThat(afterBirth.appliesTo("UNWELL", woman.toBuilder().pregnancy(Pregnancy.postpartum(2)).build()))
                .isTrue();
        assertThat(afterBirth.appliesTo("UNWELL", woman.toBuilder().pregnancy(Pregnancy.UNKNOWN).build())).isTrue();
        assertThat(afterBirth.appliesTo("UNWELL", woman.toBuilder().pregnancy(Pregnancy.pregnant(30)).build()))
                .isFalse();
        assertThat(afterBirth.appliesTo("UNWELL", woman.toBuilder().pregnancy(Pregnancy.NOT_PREGNANT).build()))
                .isFalse();
    }

    @Test
    void theRedFlag_isRestrictedFrom10ToBelow61Years_toWomen() {
        Vocabulary.Question q = ENGINE.vocabulary().question(RESTRICTED_RED_FLAG).orElseThrow();

        assertThat(q.redFlag()).isTrue();
        assertThat(q.ages()).isEqualTo(new AgeBand(Period.ofYears(10), Period.ofYears(61)));
        assertThat(q.sexes()).containsExactly(Sex.FEMALE);
    }

    @ParameterizedTest(name = "age {0}, {1}: required {2}")
    @CsvSource({"P6W,FEMALE,false", "P9Y11M,FEMALE,false", "P10Y,FEMALE,true", "P30Y,FEMALE,true",
            "P60Y11M,FEMALE,true", "P61Y,FEMALE,false", "P70Y,FEMALE,false", "P30Y,MALE,false",
            "'',FEMALE,true", "P30Y,UNKNOWN,true", "P30Y,OTHER,true", "'',MALE,false", "'',UNKNOWN,true"})
    void unansweredRestrictedRedFlag_blocksHearAndTreat_onlyWhenItMayApply(String age, Sex sex, boolean required) {
        TriageResult result = selfCare(patient(age, sex), NO_UNIVERSAL_RED_FLAGS);

        if (required) {
            assertThat(result.disposition()).isEqualTo(ENGINE.vocabulary().defaultCallback(
                    ENGINE.vocabulary().defaults().callbackWithin()));
            assertThat(result.flags()).containsExactly(SafetyFlag.HEAR_AND_TREAT_WITHHELD_RED_FLAGS_UNANSWERED);
            assertThat(result.nextQuestions()).extracting(NextQuestion::code).contains(RESTRICTED_RED_FLAG);
        } else {
            assertThat(result.disposition()).isEqualTo(ENGINE.vocabulary().disposition("SELF_CARE"));
            assertThat(result.flags()).isEmpty();
            assertThat(result.nextQuestions()).extracting(NextQuestion::code).doesNotContain(RESTRICTED_RED_FLAG);
        }
    }

    @Test
    void sixWeekOld_isNotRequiredToAnswerIt_butAnUnknownAgeIs() {
        TriageResult infant = selfCare(patient("P6W", Sex.FEMALE), NO_UNIVERSAL_RED_FLAGS);
        TriageResult unknownAge = selfCare(patient("", Sex.FEMALE), NO_UNIVERSAL_RED_FLAGS);

        assertThat(infant.disposition().isDispatch()).isFalse();
        assertThat(((HearAndTreat) infant.disposition()).kind()).isEqualTo(ServiceKind.SELF_CARE);
        assertThat(((HearAndTreat) unknownAge.disposition()).kind()).isEqualTo(ServiceKind.CLINICAL_CALLBACK);
        assertThat(unknownAge.decidingReason().ruleId()).isEqualTo("ENGINE-WITHHOLD-UNANSWERED-RED-FLAGS");
    }

    @Test
    void answeredYes_countsWhateverTheRestriction() {
        TriageResult result = ENGINE.evaluate(ClinicalRuleSet.assessment(patient("P30Y", Sex.FEMALE), "UNWELL",
                with(NO_UNIVERSAL_RED_FLAGS, RESTRICTED_RED_FLAG, Answer.YES)));

        assertThat(result.disposition()).isEqualTo(Dispatch.category2(C2Segment.A));
    }

    @Test
    void ageBandedAdvice_isGivenInsideItsBand() {
        TriageResult infant = selfCare(patient("P6W", Sex.FEMALE), NO_RED_FLAGS);
        TriageResult adult = selfCare(patient("P30Y", Sex.FEMALE), NO_RED_FLAGS);

        assertThat(infant.careAdvice()).extracting(AdviceGiven::key).containsExactly("REST", "INFANT_FEEDS");
        assertThat(adult.careAdvice()).extracting(AdviceGiven::key).containsExactly("REST");
        assertThat(adult.worseningAdvice()).containsExactly(new AdviceGiven("ADULT_WORSENING",
                "Call 111 if you feel worse or it lasts a week."));
    }

    @Test
    void ageBandedAdvice_isNotGivenOutsideItsBand_andTheSafetyNetReplacesMissingWorseningAdvice() {
        TriageResult infant = selfCare(patient("P6W", Sex.FEMALE), NO_RED_FLAGS);

        assertThat(infant.worseningAdvice()).extracting(AdviceGiven::key).doesNotContain("ADULT_WORSENING")
                .containsExactly("ENGINE_SAFETY_NET");
        assertThat(infant.worseningAdvice().get(0).text())
                .isEqualTo(ENGINE.vocabulary().defaults().safetyNetAdvice())
                .isEqualTo(Vocabulary.Defaults.STANDARD.safetyNetAdvice());
        TriageResult sixteenInMonths = selfCare(patient("P192M", Sex.MALE), NO_RED_FLAGS);
        assertThat(sixteenInMonths.worseningAdvice()).extracting(AdviceGiven::key).containsExactly("ADULT_WORSENING");
        TriageResult fifteen = selfCare(patient("P15Y11M", Sex.MALE), NO_RED_FLAGS);
        assertThat(fifteen.worseningAdvice()).extracting(AdviceGiven::key).containsExactly("ENGINE_SAFETY_NET");
    }

    @Test
    void ageBandedAdvice_isNotGivenWhenTheAgeIsUnknown() {
        TriageResult unknownAge = selfCare(patient("", Sex.FEMALE), NO_RED_FLAGS);

        assertThat(unknownAge.disposition()).isEqualTo(ENGINE.vocabulary().disposition("SELF_CARE"));
        assertThat(unknownAge.careAdvice()).extracting(AdviceGiven::key).containsExactly("REST");
        assertThat(unknownAge.worseningAdvice()).extracting(AdviceGiven::key).containsExactly("ENGINE_SAFETY_NET");
    }

    @Test
    void adviceSuits_onlyAKnownAgeInsideTheBand() {
        Vocabulary.Advice infantFeeds = ENGINE.vocabulary().adviceEntry("INFANT_FEEDS").orElseThrow();

        assertThat(infantFeeds.suits(patient("P6W", Sex.MALE))).isTrue();
        assertThat(infantFeeds.suits(patient("P11M", Sex.MALE))).isTrue();
        assertThat(infantFeeds.suits(patient("P12M", Sex.MALE))).isFalse();
        assertThat(infantFeeds.suits(patient("", Sex.MALE))).isFalse();
        assertThat(ENGINE.vocabulary().adviceEntry("REST").orElseThrow().suits(patient("", Sex.MALE))).isTrue();
    }
}
