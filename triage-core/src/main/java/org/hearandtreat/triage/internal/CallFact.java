package org.hearandtreat.triage.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.C2Segment;
import org.hearandtreat.triage.Consciousness;
import org.hearandtreat.triage.Dispatch;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.HearAndTreat;
import org.hearandtreat.triage.News2Score;
import org.hearandtreat.triage.Pathway;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Pregnancy;
import org.hearandtreat.triage.RuleDescription;
import org.hearandtreat.triage.Sex;
import org.hearandtreat.triage.Vitals;
import org.hearandtreat.triage.rules.Call;
import org.hearandtreat.triage.rules.Proposal;
import org.kie.api.definition.rule.Rule;

/**
 * The per-evaluation {@link Call} fact: reads the assessment for rule conditions and collects what consequences
 * propose. Confined to one evaluating thread.
 */
final class CallFact implements Call {

    /** A proposal with its rule and advice keys. */
    static final class Proposed implements Proposal {
        final RuleDescription rule;
        final Disposition disposition;
        final List<String> care = new ArrayList<>(2);
        final List<String> worsening = new ArrayList<>(2);

        Proposed(RuleDescription rule, Disposition disposition) {
            this.rule = rule;
            this.disposition = disposition;
        }

        @Override
        public Proposal careAdvice(String adviceKey) {
            care.add(adviceKey);
            return this;
        }

        @Override
        public Proposal worseningAdvice(String adviceKey) {
            worsening.add(adviceKey);
            return this;
        }
    }

    private final Assessment assessment;
    private final CompiledRuleSet rules;
    private final News2Score news2;
    final List<Proposed> proposals = new ArrayList<>(4);
    final List<RuleDescription> fired = new ArrayList<>(4);
    private RuleDescription currentRule;

    CallFact(Assessment assessment, CompiledRuleSet rules) {
        this.assessment = assessment;
        this.rules = rules;
        this.news2 = News2Score.calculate(assessment.patient(), assessment.vitals());
    }

    Assessment assessment() {
        return assessment;
    }

    void enterRule(Rule rule) {
        RuleDescription d = rules.rules().get(rule);
        if (d == null) {
            throw new IllegalStateException("rule " + rule.getPackageName() + "." + rule.getName()
                    + " is not in the validated rule set");
        }
        currentRule = d;
        fired.add(d);
    }

    RuleDescription currentRule() {
        return currentRule;
    }

    private Proposal propose(Disposition disposition) {
        if (currentRule == null) {
            throw new IllegalStateException("dispositions can only be proposed from a rule consequence");
        }
        Proposed p = new Proposed(currentRule, disposition);
        proposals.add(p);
        return p;
    }

    boolean isRedFlag(String code) {
        return rules.index().isRedFlag(code);
    }

    @Override
    public String getComplaint() {
        return assessment.complaint();
    }

    @Override
    public boolean complaintIs(String complaintCode) {
        return assessment.complaint().equals(complaintCode);
    }

    @Override
    public boolean present(String questionCode) {
        Answer a = assessment.answers().get(questionCode);
        return a == Answer.YES || (a == Answer.UNKNOWN && isRedFlag(questionCode));
    }

    @Override
    public boolean absent(String questionCode) {
        return assessment.answers().get(questionCode) == Answer.NO;
    }

    @Override
    public boolean answered(String questionCode) {
        return assessment.answers().containsKey(questionCode);
    }

    @Override
    public Patient patient() {
        return assessment.patient();
    }

    @Override
    public boolean ageAtLeast(int years) {
        Integer age = assessment.patient().ageYears();
        return age != null && age >= years;
    }

    @Override
    public boolean ageBelow(int years) {
        Integer age = assessment.patient().ageYears();
        return age != null && age < years;
    }

    @Override
    public boolean pregnantOrRecentlyPregnant() {
        return assessment.patient().pregnancy().pregnantOrRecentlyPregnant();
    }

    @Override
    public boolean pregnantAtLeastWeeks(int weeks) {
        Pregnancy p = assessment.patient().pregnancy();
        return p.status() == Pregnancy.Status.PREGNANT && (p.gestationWeeks() == null || p.gestationWeeks() >= weeks);
    }

    @Override
    public boolean pregnant() {
        return assessment.patient().pregnancy().status() == Pregnancy.Status.PREGNANT;
    }

    @Override
    public boolean recentlyGaveBirth() {
        return assessment.patient().pregnancy().status() == Pregnancy.Status.POSTPARTUM_WITHIN_6_WEEKS;
    }

    @Override
    public boolean anticoagulatedOrBleedingDisorder() {
        return assessment.patient().history().anticoagulatedOrBleedingDisorder() != Answer.NO;
    }

    @Override
    public boolean hasAdvanceCarePlan() {
        return assessment.patient().history().advanceCarePlan() != null;
    }

    @Override
    public boolean noCprRecommended() {
        var plan = assessment.patient().history().advanceCarePlan();
        return plan != null && plan.noCpr();
    }

    @Override
    public boolean hasMentalHealthCrisisPlan() {
        return assessment.patient().history().mentalHealthCrisisPlan();
    }

    @Override
    public boolean female() {
        return assessment.patient().sex() == Sex.FEMALE;
    }

    @Override
    public boolean respirationRateAtLeast(int perMinute) {
        Vitals v = assessment.vitals();
        return v != null && v.respirationRate() != null && v.respirationRate() >= perMinute;
    }

    @Override
    public boolean respirationRateAtMost(int perMinute) {
        Vitals v = assessment.vitals();
        return v != null && v.respirationRate() != null && v.respirationRate() <= perMinute;
    }

    @Override
    public boolean pulseAbove(int perMinute) {
        Vitals v = assessment.vitals();
        return v != null && v.pulse() != null && v.pulse() > perMinute;
    }

    @Override
    public boolean systolicAtMost(int mmHg) {
        Vitals v = assessment.vitals();
        return v != null && v.systolicBp() != null && v.systolicBp() <= mmHg;
    }

    @Override
    public boolean spo2Below(int percent) {
        Vitals v = assessment.vitals();
        return v != null && v.spo2() != null && v.spo2() < percent;
    }

    @Override
    public boolean temperatureBelow(double celsius) {
        Vitals v = assessment.vitals();
        return v != null && v.temperatureCelsius() != null && v.temperatureCelsius() < celsius;
    }

    @Override
    public boolean temperatureAtLeast(double celsius) {
        Vitals v = assessment.vitals();
        return v != null && v.temperatureCelsius() != null && v.temperatureCelsius() >= celsius;
    }

    @Override
    public boolean notAlert() {
        Vitals v = assessment.vitals();
        return v != null && v.consciousness() != null && v.consciousness() != Consciousness.ALERT;
    }

    @Override
    public Vitals vitals() {
        return assessment.vitals();
    }

    @Override
    public News2Score news2() {
        return news2;
    }

    @Override
    public boolean news2AtLeast(int points) {
        return news2.total() != null && news2.total() >= points;
    }

    @Override
    public boolean news2AnyParameterScored3() {
        return news2.anyParameterScored3();
    }

    @Override
    public Instant evaluatedAt() {
        return assessment.evaluatedAt();
    }

    @Override
    public Proposal category1() {
        return propose(Dispatch.category1());
    }

    @Override
    public Proposal category2(C2Segment segment) {
        return propose(Dispatch.category2(segment));
    }

    @Override
    public Proposal category3() {
        return propose(Dispatch.category3());
    }

    @Override
    public Proposal category4() {
        return propose(Dispatch.category4());
    }

    @Override
    public Proposal referTo(Pathway pathway) {
        return propose(new HearAndTreat(pathway, null));
    }

    @Override
    public Proposal referWithinHours(Pathway pathway, int hours) {
        return propose(new HearAndTreat(pathway, Duration.ofHours(hours)));
    }

    @Override
    public Proposal referWithinMinutes(Pathway pathway, int minutes) {
        return propose(new HearAndTreat(pathway, Duration.ofMinutes(minutes)));
    }
}
