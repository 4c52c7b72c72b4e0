package org.hearandtreat.triage.internal;

import java.time.Instant;
import org.hearandtreat.triage.C2Segment;
import org.hearandtreat.triage.News2Score;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Vitals;
import org.hearandtreat.triage.rules.Finding;
import org.hearandtreat.triage.rules.Proposal;

/**
 * One {@link Finding} fact: a present finding's code, reading and proposing through the call it belongs to. It is a
 * separate type from the call, not a subtype, so a {@code Call( ... )} pattern never matches it and no rule fires
 * twice. Confined to the evaluating thread.
 */
final class FindingFact implements Finding {

    private final String code;
    private final CallFact call;

    FindingFact(String code, CallFact call) {
        this.code = code;
        this.call = call;
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
    public boolean present(String questionCode) {
        return call.present(questionCode);
    }

    @Override
    public boolean absent(String questionCode) {
        return call.absent(questionCode);
    }

    @Override
    public boolean answered(String questionCode) {
        return call.answered(questionCode);
    }

    @Override
    public boolean hasRisk(String riskFactorCode) {
        return call.hasRisk(riskFactorCode);
    }

    @Override
    public Patient patient() {
        return call.patient();
    }

    @Override
    public boolean ageKnown() {
        return call.ageKnown();
    }

    @Override
    public boolean ageUnderDays(int days) {
        return call.ageUnderDays(days);
    }

    @Override
    public boolean ageUnderWeeks(int weeks) {
        return call.ageUnderWeeks(weeks);
    }

    @Override
    public boolean ageUnderMonths(int months) {
        return call.ageUnderMonths(months);
    }

    @Override
    public boolean ageUnderYears(int years) {
        return call.ageUnderYears(years);
    }

    @Override
    public boolean ageAtLeastDays(int days) {
        return call.ageAtLeastDays(days);
    }

    @Override
    public boolean ageAtLeastWeeks(int weeks) {
        return call.ageAtLeastWeeks(weeks);
    }

    @Override
    public boolean ageAtLeastMonths(int months) {
        return call.ageAtLeastMonths(months);
    }

    @Override
    public boolean ageAtLeastYears(int years) {
        return call.ageAtLeastYears(years);
    }

    @Override
    public boolean pregnantOrRecentlyPregnant() {
        return call.pregnantOrRecentlyPregnant();
    }

    @Override
    public boolean pregnantAtLeastWeeks(int weeks) {
        return call.pregnantAtLeastWeeks(weeks);
    }

    @Override
    public boolean pregnant() {
        return call.pregnant();
    }

    @Override
    public boolean recentlyGaveBirth() {
        return call.recentlyGaveBirth();
    }

    @Override
    public boolean gaveBirthWithinWeeks(int weeks) {
        return call.gaveBirthWithinWeeks(weeks);
    }

    @Override
    public boolean hasAdvanceCarePlan() {
        return call.hasAdvanceCarePlan();
    }

    @Override
    public boolean noCprRecommended() {
        return call.noCprRecommended();
    }

    @Override
    public boolean planLimitsEscalation() {
        return call.planLimitsEscalation();
    }

    @Override
    public boolean female() {
        return call.female();
    }

    @Override
    public boolean respirationRateAtLeast(int perMinute) {
        return call.respirationRateAtLeast(perMinute);
    }

    @Override
    public boolean respirationRateBelow(int perMinute) {
        return call.respirationRateBelow(perMinute);
    }

    @Override
    public boolean spo2AtLeast(int percent) {
        return call.spo2AtLeast(percent);
    }

    @Override
    public boolean spo2Below(int percent) {
        return call.spo2Below(percent);
    }

    @Override
    public boolean systolicAtLeast(int mmHg) {
        return call.systolicAtLeast(mmHg);
    }

    @Override
    public boolean systolicBelow(int mmHg) {
        return call.systolicBelow(mmHg);
    }

    @Override
    public boolean diastolicAtLeast(int mmHg) {
        return call.diastolicAtLeast(mmHg);
    }

    @Override
    public boolean diastolicBelow(int mmHg) {
        return call.diastolicBelow(mmHg);
    }

    @Override
    public boolean pulseAtLeast(int perMinute) {
        return call.pulseAtLeast(perMinute);
    }

    @Override
    public boolean pulseBelow(int perMinute) {
        return call.pulseBelow(perMinute);
    }

    @Override
    public boolean temperatureAtLeast(double celsius) {
        return call.temperatureAtLeast(celsius);
    }

    @Override
    public boolean temperatureBelow(double celsius) {
        return call.temperatureBelow(celsius);
    }

    @Override
    public boolean temperatureMeasured() {
        return call.temperatureMeasured();
    }

    @Override
    public boolean bloodGlucoseAtLeast(double mmolL) {
        return call.bloodGlucoseAtLeast(mmolL);
    }

    @Override
    public boolean bloodGlucoseBelow(double mmolL) {
        return call.bloodGlucoseBelow(mmolL);
    }

    @Override
    public boolean capillaryRefillAtLeast(double seconds) {
        return call.capillaryRefillAtLeast(seconds);
    }

    @Override
    public boolean capillaryRefillBelow(double seconds) {
        return call.capillaryRefillBelow(seconds);
    }

    @Override
    public boolean notAlert() {
        return call.notAlert();
    }

    @Override
    public Vitals vitals() {
        return call.vitals();
    }

    @Override
    public News2Score news2() {
        return call.news2();
    }

    @Override
    public boolean news2AtLeast(int points) {
        return call.news2AtLeast(points);
    }

    @Override
    public boolean news2AnyParameterScored3() {
        return call.news2AnyParameterScored3();
    }

    @Override
    public boolean adultNews2AtLeast(int points) {
        return call.adultNews2AtLeast(points);
    }

    @Override
    public boolean adultNews2AnyParameterScored3() {
        return call.adultNews2AnyParameterScored3();
    }

    @Override
    public Instant evaluatedAt() {
        return call.evaluatedAt();
    }

    @Override
    public Proposal category1() {
        return call.category1();
    }

    @Override
    public Proposal category2(C2Segment segment) {
        return call.category2(segment);
    }

    @Override
    public Proposal category3() {
        return call.category3();
    }

    @Override
    public Proposal category4() {
        return call.category4();
    }

    @Override
    public Proposal referTo(String serviceCode) {
        return call.referTo(serviceCode);
    }

    @Override
    public Proposal referWithinHours(String serviceCode, int hours) {
        return call.referWithinHours(serviceCode, hours);
    }

    @Override
    public Proposal referWithinMinutes(String serviceCode, int minutes) {
        return call.referWithinMinutes(serviceCode, minutes);
    }
}
