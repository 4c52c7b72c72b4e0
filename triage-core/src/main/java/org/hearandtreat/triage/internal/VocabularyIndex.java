package org.hearandtreat.triage.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.FindingFromVitals;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.VitalSignFinding;
import org.hearandtreat.triage.Vocabulary;

/**
 * Lookups derived once from a vocabulary for the evaluation path: questions and risk factors by code, red flags, the
 * red flags each complaint asks, services and advice by code, the questions vital signs can prove. Immutable and
 * thread-safe.
 */
final class VocabularyIndex {

    private final Map<String, Vocabulary.Question> questions;
    private final Map<String, Vocabulary.RiskFactor> riskFactors;
    private final Set<String> complaints;
    private final Map<String, List<Vocabulary.Question>> redFlagsByComplaint;
    private final Map<String, Vocabulary.Advice> advice;
    private final Map<String, Vocabulary.Service> services;
    private final List<Vocabulary.Question> provableByVitals;
    private final Vocabulary.RiskFactor news2Scale2;
    private final Map<String, Set<String>> impliedByComplaint;
    private final Map<String, List<String>> complaintsStating;

    VocabularyIndex(Vocabulary vocabulary) {
        Map<String, Vocabulary.Question> byCode = new LinkedHashMap<>();
        vocabulary.questions().forEach(q -> byCode.put(q.code(), q));
        questions = Collections.unmodifiableMap(byCode);
        Map<String, Vocabulary.RiskFactor> factors = new LinkedHashMap<>();
        vocabulary.riskFactors().forEach(r -> factors.put(r.code(), r));
        riskFactors = Collections.unmodifiableMap(factors);
        Map<String, List<Vocabulary.Question>> redFlags = new HashMap<>();
        for (Vocabulary.Complaint complaint : vocabulary.complaints()) {
            redFlags.put(complaint.code(), vocabulary.questions().stream()
                    .filter(q -> q.redFlag() && q.appliesTo(complaint.code())).toList());
        }
        redFlagsByComplaint = Map.copyOf(redFlags);
        complaints = Set.copyOf(redFlags.keySet());
        Map<String, Vocabulary.Advice> byKey = new HashMap<>();
        vocabulary.advice().forEach(a -> byKey.put(a.key(), a));
        advice = Map.copyOf(byKey);
        Map<String, Vocabulary.Service> byService = new HashMap<>();
        vocabulary.services().forEach(s -> byService.put(s.code(), s));
        services = Map.copyOf(byService);
        provableByVitals = vocabulary.questions().stream().filter(q -> !q.impliedBy().isEmpty()).toList();
        Map<String, Set<String>> implied = new HashMap<>();
        vocabulary.complaints().forEach(c -> implied.put(c.code(), Set.copyOf(c.implies())));
        impliedByComplaint = Map.copyOf(implied);
        Map<String, List<String>> stating = new HashMap<>();
        vocabulary.complaints().forEach(c -> c.implies().forEach(q ->
                stating.computeIfAbsent(q, k -> new ArrayList<>()).add(c.code())));
        stating.replaceAll((q, complaints) -> List.copyOf(complaints));
        complaintsStating = Map.copyOf(stating);
        news2Scale2 = vocabulary.riskFactors().stream().filter(Vocabulary.RiskFactor::news2Scale2).findFirst()
                .orElse(null);
    }

    /** @return questions by code, in asking order */
    Map<String, Vocabulary.Question> questions() {
        return questions;
    }

    /** @return risk factors by code, in asking order */
    Map<String, Vocabulary.RiskFactor> riskFactors() {
        return riskFactors;
    }

    /** @return the risk factor, or null */
    Vocabulary.RiskFactor riskFactor(String code) {
        return riskFactors.get(code);
    }

    boolean isRedFlag(String code) {
        Vocabulary.Question q = questions.get(code);
        return q != null && q.redFlag();
    }

    boolean hasComplaint(String code) {
        return complaints.contains(code);
    }

    /** @return the red-flag questions asked under the complaint, in asking order, before age and sex are applied */
    List<Vocabulary.Question> redFlagsFor(String complaint) {
        return redFlagsByComplaint.getOrDefault(complaint, List.of());
    }

    /** @return the questions the complaint answers YES by being the reason for the call */
    Set<String> impliedBy(String complaint) {
        return impliedByComplaint.getOrDefault(complaint, Set.of());
    }

    /**
     * The complaints the call is in effect about: its own, and every complaint whose stated finding was answered YES
     * (a head injury reported on an injury call brings in the head-injury questions).
     */
    List<String> complaintsOf(Assessment assessment) {
        List<String> complaints = List.of(assessment.complaint());
        if (complaintsStating.isEmpty()) {
            return complaints;
        }
        for (Map.Entry<String, Answer> answer : assessment.answers().entrySet()) {
            List<String> stating = answer.getValue() == Answer.YES ? complaintsStating.get(answer.getKey()) : null;
            if (stating != null) {
                for (String complaint : stating) {
                    if (!complaints.contains(complaint)) {
                        complaints = new ArrayList<>(complaints);
                        complaints.add(complaint);
                    }
                }
            }
        }
        return complaints;
    }

    /** @return the advice entry, or null */
    Vocabulary.Advice advice(String key) {
        return advice.get(key);
    }

    /** @return the service; the rule-set build guarantees that every service a rule names exists */
    Vocabulary.Service service(String code) {
        Vocabulary.Service s = services.get(code);
        if (s == null) {
            throw new IllegalArgumentException("'" + code + "' is not a service of this rule set");
        }
        return s;
    }

    /** @return true when NEWS2 scores SpO2 on scale 2: the scale-2 risk factor is answered YES */
    boolean spo2Scale2(Patient patient) {
        return news2Scale2 != null && patient.history().get(news2Scale2.code()) == Answer.YES;
    }

    /** @return the questions the assessment's vitals prove, each with what was answered, unless answered YES */
    List<FindingFromVitals> findingsFromVitals(Assessment assessment) {
        if (assessment.vitals().nothingMeasured() || provableByVitals.isEmpty()) {
            return List.of();
        }
        List<FindingFromVitals> found = new ArrayList<>(0);
        for (Vocabulary.Question q : provableByVitals) {
            Answer answer = assessment.answers().get(q.code());
            if (answer == Answer.YES) {
                continue;
            }
            for (VitalSignFinding finding : q.impliedBy()) {
                if (finding.holds(assessment.vitals())) {
                    found.add(new FindingFromVitals(q.code(), answer, finding));
                    break;
                }
            }
        }
        return found;
    }
}
