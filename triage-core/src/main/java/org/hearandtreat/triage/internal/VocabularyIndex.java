package org.hearandtreat.triage.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearandtreat.triage.Vocabulary;

/**
 * Lookups derived once from a vocabulary for the evaluation path: questions by code, red flags, the red flags each
 * complaint must have answered, advice by key. Immutable and thread-safe.
 */
final class VocabularyIndex {

    private final Map<String, Vocabulary.Question> questions;
    private final Set<String> complaints;
    private final Map<String, List<String>> redFlagsByComplaint;
    private final Map<String, Vocabulary.Advice> advice;

    VocabularyIndex(Vocabulary vocabulary) {
        Map<String, Vocabulary.Question> byCode = new LinkedHashMap<>();
        vocabulary.questions().forEach(q -> byCode.put(q.code(), q));
        questions = Collections.unmodifiableMap(byCode);
        Map<String, List<String>> redFlags = new HashMap<>();
        for (Vocabulary.Complaint complaint : vocabulary.complaints()) {
            List<String> codes = new ArrayList<>();
            vocabulary.questions().stream().filter(q -> q.redFlag() && q.appliesTo(complaint.code()))
                    .forEach(q -> codes.add(q.code()));
            redFlags.put(complaint.code(), List.copyOf(codes));
        }
        redFlagsByComplaint = Map.copyOf(redFlags);
        complaints = Set.copyOf(redFlags.keySet());
        Map<String, Vocabulary.Advice> byKey = new HashMap<>();
        vocabulary.advice().forEach(a -> byKey.put(a.key(), a));
        advice = Map.copyOf(byKey);
    }

    /** @return questions by code, in asking order */
    Map<String, Vocabulary.Question> questions() {
        return questions;
    }

    boolean isRedFlag(String code) {
        Vocabulary.Question q = questions.get(code);
        return q != null && q.redFlag();
    }

    boolean hasComplaint(String code) {
        return complaints.contains(code);
    }

    /** @return the red-flag questions that apply to the complaint, in asking order */
    List<String> redFlagsFor(String complaint) {
        return redFlagsByComplaint.getOrDefault(complaint, List.of());
    }

    /** @return the advice entry, or null */
    Vocabulary.Advice advice(String key) {
        return advice.get(key);
    }
}
