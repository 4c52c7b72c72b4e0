package org.hearandtreat.triage.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearandtreat.triage.Age;
import org.hearandtreat.triage.AdvanceCarePlan;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.C2Segment;
import org.hearandtreat.triage.Consciousness;
import org.hearandtreat.triage.Dispatch;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.FindingFromVitals;
import org.hearandtreat.triage.News2Score;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Pregnancy;
import org.hearandtreat.triage.RuleDescription;
import org.hearandtreat.triage.Sex;
import org.hearandtreat.triage.Vitals;
import org.hearandtreat.triage.Vocabulary;
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
    private final Map<String, Answer> answers;
    private final CompiledRuleSet rules;
    private final Vitals vitals;
    private final double ageDays;
    private final List<FindingFromVitals> fromVitals;
    private final Set<String> impliedByComplaint;
    private final List<FindingFact> findings;
    private News2Score news2;
    private News2Score adultNews2;
    final List<Proposed> proposals = new ArrayList<>(4);
    final List<RuleDescription> fired = new ArrayList<>(4);
    private RuleDescription currentRule;

    CallFact(Assessment assessment, CompiledRuleSet rules) {
        this.assessment = assessment;
        this.answers = assessment.answers();
        this.rules = rules;
        this.vitals = assessment.vitals();
        this.ageDays = assessment.patient().age() == null ? Double.NaN : Age.inDays(assessment.patient().age());
        this.fromVitals = rules.index().findingsFromVitals(assessment);
        this.impliedByComplaint = rules.index().impliedBy(assessment.complaint());
        this.findings = findings(rules.findingTriggers());
    }

    Assessment assessment() {
        return assessment;
    }

    /**
     * One {@link FindingFact} for each question some rule is written on ({@code Finding( code == ... )}) that reads as
     * present on this call, each code once.
     */
    private List<FindingFact> findings(Set<String> triggers) {
        List<FindingFact> present = new ArrayList<>(2);
        for (Map.Entry<String, Answer> answer : answers.entrySet()) {
            String code = answer.getKey();
            if (triggers.contains(code) && present(code)) {
                present.add(new FindingFact(code, this));
            }
        }
        for (String code : impliedByComplaint) {
            addIfAbsent(present, code, triggers);
        }
        for (FindingFromVitals f : fromVitals) {
            addIfAbsent(present, f.question(), triggers);
        }
        return present;
    }

    private void addIfAbsent(List<FindingFact> present, String code, Set<String> triggers) {
        if (!triggers.contains(code)) {
            return;
        }
        for (FindingFact f : present) {
            if (f.getCode().equals(code)) {
                return;
            }
        }
        present.add(new FindingFact(code, this));
    }

    /** @return the findings to insert beside the call */
    List<FindingFact> findingFacts() {
        return findings;
    }

    /** @return questions the vitals prove present whatever was answered */
    List<FindingFromVitals> findingsFromVitals() {
        return fromVitals;
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

    /** @return true when the complaint states the finding, or a vital sign proves it */
    private boolean established(String questionCode) {
        return !impliedByComplaint.isEmpty() && impliedByComplaint.contains(questionCode)
                || !fromVitals.isEmpty() && provedByVitals(questionCode);
    }

    private boolean provedByVitals(String questionCode) {
        for (FindingFromVitals f : fromVitals) {
            if (f.question().equals(questionCode)) {
                return true;
            }
        }
        return false;
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
        Answer a = answers.get(questionCode);
        if (a == Answer.YES) {
            return true;
        }
        return a == Answer.UNKNOWN && rules.index().isRedFlag(questionCode) || established(questionCode);
    }

    @Override
    public boolean absent(String questionCode) {
        return answers.get(questionCode) == Answer.NO && !established(questionCode);
    }

    @Override
    public boolean answered(String questionCode) {
        return answers.containsKey(questionCode) || established(questionCode);
    }

    @Override
    public boolean hasRisk(String riskFactorCode) {
        Vocabulary.RiskFactor factor = rules.index().riskFactor(riskFactorCode);
        if (factor == null) {
            return false;
        }
        Answer answer = assessment.patient().history().get(riskFactorCode);
        // An unknown reads as present only for a patient the factor can apply to (no possible pregnancy at 6 weeks).
        return answer == Answer.YES || factor.appliesTo(assessment.patient()) && factor.present(answer);
    }

    @Override
    public Patient patient() {
        return assessment.patient();
    }

    @Override
    public boolean ageKnown() {
        return !Double.isNaN(ageDays);
    }

    private boolean under(double days) {
        return Double.isNaN(ageDays) || ageDays < days;
    }

    private boolean atLeast(double days) {
        return Double.isNaN(ageDays) || ageDays >= days;
    }

    @Override
    public boolean ageUnderDays(int days) {
        return under(days);
    }

    @Override
    public boolean ageUnderWeeks(int weeks) {
        return under(weeks * 7.0);
    }

    @Override
    public boolean ageUnderMonths(int months) {
        return under(months * Age.DAYS_PER_MONTH);
    }

    @Override
    public boolean ageUnderYears(int years) {
        return under(years * Age.DAYS_PER_YEAR);
    }

    @Override
    public boolean ageAtLeastDays(int days) {
        return atLeast(days);
    }

    @Override
    public boolean ageAtLeastWeeks(int weeks) {
        return atLeast(weeks * 7.0);
    }

    @Override
    public boolean ageAtLeastMonths(int months) {
        return atLeast(months * Age.DAYS_PER_MONTH);
    }

    @Override
    public boolean ageAtLeastYears(int years) {
        return atLeast(years * Age.DAYS_PER_YEAR);
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
    public boolean gaveBirthWithinWeeks(int weeks) {
        Pregnancy p = assessment.patient().pregnancy();
        return p.status() == Pregnancy.Status.POSTPARTUM_WITHIN_6_WEEKS
                && (p.weeksSinceBirth() == null || p.weeksSinceBirth() < weeks);
    }

    @Override
    public boolean hasAdvanceCarePlan() {
        return assessment.patient().advanceCarePlan() != null;
    }

    @Override
    public boolean noCprRecommended() {
        var plan = assessment.patient().advanceCarePlan();
        return plan != null && plan.noCpr();
    }

    @Override
    public boolean planLimitsEscalation() {
        AdvanceCarePlan plan = assessment.patient().advanceCarePlan();
        return plan != null && plan.limitsEscalation();
    }

    @Override
    public boolean female() {
        return assessment.patient().sex() == Sex.FEMALE;
    }

    @Override
    public boolean respirationRateAtLeast(int perMinute) {
        return vitals.respirationRate() != null && vitals.respirationRate() >= perMinute;
    }

    @Override
    public boolean respirationRateBelow(int perMinute) {
        return vitals.respirationRate() != null && vitals.respirationRate() < perMinute;
    }

    @Override
    public boolean spo2AtLeast(int percent) {
        return vitals.spo2() != null && vitals.spo2() >= percent;
    }

    @Override
    public boolean spo2Below(int percent) {
        return vitals.spo2() != null && vitals.spo2() < percent;
    }

    @Override
    public boolean systolicAtLeast(int mmHg) {
        return vitals.systolicBp() != null && vitals.systolicBp() >= mmHg;
    }

    @Override
    public boolean systolicBelow(int mmHg) {
        return vitals.systolicBp() != null && vitals.systolicBp() < mmHg;
    }

    @Override
    public boolean diastolicAtLeast(int mmHg) {
        return vitals.diastolicBp() != null && vitals.diastolicBp() >= mmHg;
    }

    @Override
    public boolean diastolicBelow(int mmHg) {
        return vitals.diastolicBp() != null && vitals.diastolicBp() < mmHg;
    }

    @Override
    public boolean pulseAtLeast(int perMinute) {
        return vitals.pulse() != null && vitals.pulse() >= perMinute;
    }

    @Override
    public boolean pulseBelow(int perMinute) {
        return vitals.pulse() != null && vitals.pulse() < perMinute;
    }

    @Override
    public boolean temperatureAtLeast(double celsius) {
        return vitals.temperatureCelsius() != null && vitals.temperatureCelsius() >= celsius;
    }

    @Override
    public boolean temperatureBelow(double celsius) {
        return vitals.temperatureCelsius() != null && vitals.temperatureCelsius() < celsius;
    }

    @Override
    public boolean temperatureMeasured() {
        return vitals.temperatureCelsius() != null;
    }

    @Override
    public boolean bloodGlucoseAtLeast(double mmolL) {
        return vitals.bloodGlucoseMmolL() != null && vitals.bloodGlucoseMmolL() >= mmolL;
    }

    @Override
    public boolean bloodGlucoseBelow(double mmolL) {
        return vitals.bloodGlucoseMmolL() != null && vitals.bloodGlucoseMmolL() < mmolL;
    }

    @Override
    public boolean capillaryRefillAtLeast(double seconds) {
        return vitals.capillaryRefillSeconds() != null && vitals.capillaryRefillSeconds() >= seconds;
    }

    @Override
    public boolean capillaryRefillBelow(double seconds) {
        return vitals.capillaryRefillSeconds() != null && vitals.capillaryRefillSeconds() < seconds;
    }

    @Override
    public boolean notAlert() {
        return vitals.consciousness() != null && vitals.consciousness() != Consciousness.ALERT;
    }

    @Override
    public Vitals vitals() {
        return vitals;
    }

    /** Computed on first use: most calls reach no NEWS2 rule condition that needs more than the total. */
    @Override
    public News2Score news2() {
        if (news2 == null) {
            news2 = News2Score.calculate(assessment.patient(), vitals, rules.index().spo2Scale2(assessment.patient()));
        }
        return news2;
    }

    @Override
    public boolean news2AtLeast(int points) {
        Integer total = news2().total();
        return total != null && total >= points;
    }

    @Override
    public boolean news2AnyParameterScored3() {
        return news2().anyParameterScored3();
    }

    private News2Score adultNews2() {
        if (adultNews2 == null) {
            adultNews2 = News2Score.calculateAsAdult(vitals, rules.index().spo2Scale2(assessment.patient()));
        }
        return adultNews2;
    }

    @Override
    public boolean adultNews2AtLeast(int points) {
        Integer total = adultNews2().total();
        return total != null && total >= points;
    }

    @Override
    public boolean adultNews2AnyParameterScored3() {
        return adultNews2().anyParameterScored3();
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
    public Proposal referTo(String serviceCode) {
        return propose(rules.index().service(serviceCode).refer(null));
    }

    @Override
    public Proposal referWithinHours(String serviceCode, int hours) {
        return propose(rules.index().service(serviceCode).refer(Duration.ofHours(hours)));
    }

    @Override
    public Proposal referWithinMinutes(String serviceCode, int minutes) {
        return propose(rules.index().service(serviceCode).refer(Duration.ofMinutes(minutes)));
    }
}
