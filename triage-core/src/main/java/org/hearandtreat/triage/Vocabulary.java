package org.hearandtreat.triage;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The codes a rule set understands, shipped with it as data: presenting complaints, protocol questions (each worded
 * as a clinician asks it on the phone, with YES meaning the finding is present) and advice texts. Clinicians add
 * entries without touching Java. Immutable and thread-safe; every component is required.
 *
 * <p>The order of {@code questions} is the order a clinician asks them in, and next-question guidance keeps it.
 *
 * @param complaints presenting complaints
 * @param questions  protocol questions
 * @param advice     care and worsening (safety-netting) advice
 */
public record Vocabulary(List<Complaint> complaints, List<Question> questions, List<Advice> advice) {

    /** Matches a valid code: upper-case letters, digits and underscores, starting with a letter. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** The {@code appliesTo} entry that makes a question apply to every complaint. */
    public static final String EVERY_COMPLAINT = "*";

    /**
     * A presenting complaint.
     *
     * @param code code used in assessments and rules
     * @param text clinician-readable name
     */
    public record Complaint(String code, String text) {
        public Complaint {
            requireCode("code", code);
            requireText("text", text);
        }
    }

    /**
     * A protocol question.
     *
     * @param code      code used in assessments and rules
     * @param text      the question as a clinician asks it; YES means the finding is present
     * @param redFlag   true when a YES (or UNKNOWN) answer can mean an emergency: unanswered, it blocks hear and treat
     * @param appliesTo complaint codes this question belongs to, or {@code ["*"]} for every call
     */
    public record Question(String code, String text, boolean redFlag, List<String> appliesTo) {
        public Question {
            requireCode("code", code);
            requireText("text", text);
            InvalidFieldException.required("appliesTo", appliesTo, "complaint codes or [\"*\"]");
            if (appliesTo.isEmpty()) {
                throw new InvalidFieldException("appliesTo", "[]", "at least one complaint code, or \"*\" for every call");
            }
            appliesTo = List.copyOf(appliesTo);
        }

        /**
         * @param complaint a complaint code
         * @return true when this question belongs to calls with that complaint
         */
        public boolean appliesTo(String complaint) {
            return appliesTo.contains(EVERY_COMPLAINT) || appliesTo.contains(complaint);
        }
    }

    /**
     * An advice text.
     *
     * @param key  key used by rules
     * @param kind care advice or worsening (safety-netting) advice
     * @param text the advice as the clinician gives it
     */
    public record Advice(String key, AdviceKind kind, String text) {
        public Advice {
            requireCode("key", key);
            InvalidFieldException.required("kind", kind, "CARE or WORSENING");
            requireText("text", text);
        }
    }

    /** Kinds of advice. */
    public enum AdviceKind {
        /** What to do now. */
        CARE,
        /** When and how to seek help again (safety-netting). */
        WORSENING
    }

    public Vocabulary {
        complaints = List.copyOf(InvalidFieldException.required("complaints", complaints, "a list of complaints"));
        questions = List.copyOf(InvalidFieldException.required("questions", questions, "a list of questions"));
        advice = List.copyOf(InvalidFieldException.required("advice", advice, "a list of advice entries"));
        Set<String> complaintCodes = unique("complaints", complaints.stream().map(Complaint::code).toList());
        unique("questions", questions.stream().map(Question::code).toList());
        unique("advice", advice.stream().map(Advice::key).toList());
        for (int i = 0; i < questions.size(); i++) {
            for (String target : questions.get(i).appliesTo()) {
                if (!target.equals(EVERY_COMPLAINT) && !complaintCodes.contains(target)) {
                    throw new InvalidFieldException("questions[" + i + "].appliesTo", target,
                            "a complaint code defined in complaints, or \"*\"");
                }
            }
        }
    }

    /** @return the complaint with this code, if any */
    public Optional<Complaint> complaint(String code) {
        return complaints.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** @return the question with this code, if any */
    public Optional<Question> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /** @return the advice entry with this key, if any */
    public Optional<Advice> adviceEntry(String key) {
        return advice.stream().filter(a -> a.key().equals(key)).findFirst();
    }

    private static Set<String> unique(String field, List<String> codes) {
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (!seen.add(code)) {
                throw new InvalidFieldException(field, code, "each code defined once");
            }
        }
        return seen;
    }

    private static void requireCode(String field, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidFieldException(field, code, "a code of capital letters, digits and _ starting with a letter");
        }
    }

    private static void requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(field, text, "non-blank text");
        }
    }
}
