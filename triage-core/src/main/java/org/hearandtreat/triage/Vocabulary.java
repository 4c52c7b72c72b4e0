package org.hearandtreat.triage;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The codes a rule set understands, shipped with it as data: presenting complaints, protocol questions (each worded
 * as a clinician asks it on the phone, with YES meaning the finding is present), risk factors (the patient's history,
 * answered like questions), the services hear and treat refers to, advice texts, and the defaults the engine itself
 * uses. Clinicians and organisations add or relabel entries without touching Java. Immutable and thread-safe.
 *
 * <p>{@code complaints}, {@code questions} and {@code advice} are required; {@code riskFactors} may be omitted (none),
 * {@code services} may be omitted ({@link #STANDARD_SERVICES}) and so may {@code defaults} ({@link Defaults#STANDARD}).
 * The order of {@code questions} is the order a clinician asks them in, and next-question guidance keeps it: the
 * immediate threats first, then the general discriminators every call is asked, then the complaint's own questions.
 *
 * @param complaints  presenting complaints
 * @param questions   protocol questions
 * @param riskFactors risk factors, answered in the patient's history
 * @param services    the services a referral can go to
 * @param advice      care and worsening (safety-netting) advice
 * @param defaults    the defaults the engine uses when its safety policy decides
 */
public record Vocabulary(List<Complaint> complaints,
                         List<Question> questions,
                         List<RiskFactor> riskFactors,
                         List<Service> services,
                         List<Advice> advice,
                         Defaults defaults) {

    /** Matches a valid code: upper-case letters, digits and underscores, starting with a letter. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** The {@code appliesTo} entry that makes a question apply to every complaint. */
    public static final String EVERY_COMPLAINT = "*";

    /** Longest time frame any referral may carry. */
    public static final Duration LONGEST_TIMEFRAME = Duration.ofDays(14);

    /** The services used when a vocabulary lists none: today's NHS England hear-and-treat destinations. */
    public static final List<Service> STANDARD_SERVICES = List.of(
            new Service("CLINICAL_CALLBACK", "Clinical callback", ServiceKind.CLINICAL_CALLBACK, null, null),
            new Service("EMERGENCY_DEPARTMENT", "Emergency department by own transport",
                    ServiceKind.EMERGENCY_DEPARTMENT, null, null),
            new Service("MENTAL_HEALTH_JOINT_RESPONSE_CAR", "Mental-health joint response car", ServiceKind.REFERRAL,
                    null, null),
            new Service("MATERNITY_TRIAGE", "Maternity triage", ServiceKind.REFERRAL, null, null),
            new Service("PALLIATIVE_CARE", "Palliative care / end-of-life service", ServiceKind.REFERRAL, null, null),
            new Service("FALLS_RESPONSE", "Falls response / lifting service", ServiceKind.REFERRAL, null, null),
            new Service("URGENT_COMMUNITY_RESPONSE", "Urgent community response (2-hour)", ServiceKind.REFERRAL,
                    Duration.ofHours(2), Duration.ofHours(2)),
            new Service("MENTAL_HEALTH_CRISIS_LINE", "Mental-health crisis line (NHS 111 option 2)",
                    ServiceKind.REFERRAL, null, null),
            new Service("URGENT_TREATMENT_CENTRE", "Urgent treatment centre", ServiceKind.REFERRAL, null, null),
            new Service("GP", "GP", ServiceKind.REFERRAL, null, null),
            new Service("PHARMACY", "Pharmacy", ServiceKind.REFERRAL, null, null),
            new Service("SELF_CARE", "Self-care", ServiceKind.SELF_CARE, null, null));

    /**
     * A presenting complaint. It orders the questions; it decides nothing by itself, except through the findings it
     * states: a call opened as "Fit or seizure" has told us that there was a seizure, so {@code SEIZURE} implies the
     * question {@code HAD_SEIZURE}, and rules read that finding, never the complaint.
     *
     * <p>{@code ages} and {@code sexes} say whom the complaint is written for ("Unwell or feverish child" is for under
     * 16s). They choose nothing at run time: a call opened under a complaint outside them is still triaged on its
     * findings, and the reference rules' completeness test proves that, within them, a call answering every question
     * NO ends on a protocol rule.
     *
     * @param code    code used in assessments
     * @param text    clinician-readable name
     * @param implies question codes this complaint answers YES by being the reason for the call
     * @param ages    the ages the complaint is written for, or null for every age
     * @param sexes   the sexes it is written for, or empty for everyone
     * @param codings the standard codes for the complaint (SNOMED CT), or empty
     */
    public record Complaint(String code, String text, List<String> implies, @Nullable AgeBand ages, List<Sex> sexes,
                            List<Coding> codings) {
        public Complaint(String code, String text, @Nullable List<String> implies, @Nullable AgeBand ages,
                         @Nullable List<Sex> sexes, @Nullable List<Coding> codings) {
            requireCode("code", code);
            requireText("text", text);
            this.code = code;
            this.text = text;
            this.implies = implies == null ? List.of() : List.copyOf(implies);
            this.ages = ages;
            this.sexes = sexes == null ? List.of() : List.copyOf(sexes);
            this.codings = Coding.listOf(codings);
        }

        /** A complaint without codings. */
        public Complaint(String code, String text, @Nullable List<String> implies, @Nullable AgeBand ages,
                         @Nullable List<Sex> sexes) {
            this(code, text, implies, ages, sexes, null);
        }

        /** A complaint for every age and sex. */
        public Complaint(String code, String text, @Nullable List<String> implies) {
            this(code, text, implies, null, null);
        }

        /** A complaint that implies no finding, for every age and sex. */
        public Complaint(String code, String text) {
            this(code, text, null, null, null);
        }

        /** How JSON is read: {@code implies}, {@code ages}, {@code sexes} and {@code codings} are optional. */
        @JsonCreator
        private static Complaint fromJson(@JsonProperty("code") String code, @JsonProperty("text") String text,
                                          @JsonProperty("implies") @Nullable List<String> implies,
                                          @JsonProperty("ages") @Nullable AgeBand ages,
                                          @JsonProperty("sexes") @Nullable List<Sex> sexes,
                                          @JsonProperty("codings") @Nullable List<Coding> codings) {
            return new Complaint(code, text, implies, ages, sexes, codings);
        }

        /** @return true when the complaint is written for this patient (an unknown age or sex fits) */
        public boolean isFor(Patient patient) {
            return fits(ages, sexes, patient);
        }
    }

    /**
     * A protocol question.
     *
     * @param code      code used in assessments and rules
     * @param text      the question as a clinician asks it; YES means the finding is present
     * @param redFlag   true when a YES (or UNKNOWN) answer can mean an emergency: unanswered, it blocks hear and treat
     * @param appliesTo complaint codes under which it is asked, or {@code ["*"]} for every call
     * @param ages      the ages it is asked at, or null for every age
     * @param sexes     the sexes it is asked of, or empty for everyone; a patient of unknown or other sex is asked
     * @param impliedBy vital-sign findings that prove it present whatever the answer
     * @param safeguarding true when a YES (or UNKNOWN) is a safeguarding concern: the result is flagged
     *                     {@link SafetyFlag#SAFEGUARDING_CONCERN} for the clinician to act on, whatever the disposition
     * @param pregnancy    the pregnancy statuses it is asked at (such as {@code POSTPARTUM_WITHIN_6_WEEKS} for a
     *                     question about the birth), or empty for every status; an UNKNOWN status is asked
     * @param codings      the standard codes for the finding a YES states (SNOMED CT), or empty
     */
    public record Question(String code, String text, boolean redFlag, List<String> appliesTo, @Nullable AgeBand ages,
                           List<Sex> sexes, List<VitalSignFinding> impliedBy, boolean safeguarding,
                           List<Pregnancy.Status> pregnancy, List<Coding> codings) {
        public Question(String code, String text, boolean redFlag, List<String> appliesTo, @Nullable AgeBand ages,
                        @Nullable List<Sex> sexes, @Nullable List<VitalSignFinding> impliedBy, boolean safeguarding,
                        @Nullable List<Pregnancy.Status> pregnancy, @Nullable List<Coding> codings) {
            requireCode("code", code);
            requireText("text", text);
            InvalidFieldException.required("appliesTo", appliesTo, "complaint codes or [\"*\"]");
            if (appliesTo.isEmpty()) {
                throw new InvalidFieldException("appliesTo", "[]", "at least one complaint code, or \"*\" for every call");
            }
            this.code = code;
            this.text = text;
            this.redFlag = redFlag;
            this.appliesTo = List.copyOf(appliesTo);
            this.ages = ages;
            this.sexes = sexes == null ? List.of() : List.copyOf(sexes);
            this.impliedBy = impliedBy == null ? List.of() : List.copyOf(impliedBy);
            this.safeguarding = safeguarding;
            this.pregnancy = pregnancy == null ? List.of() : List.copyOf(pregnancy);
            this.codings = Coding.listOf(codings);
        }

        /** A question without codings. */
        public Question(String code, String text, boolean redFlag, List<String> appliesTo, @Nullable AgeBand ages,
                        @Nullable List<Sex> sexes, @Nullable List<VitalSignFinding> impliedBy, boolean safeguarding,
                        @Nullable List<Pregnancy.Status> pregnancy) {
            this(code, text, redFlag, appliesTo, ages, sexes, impliedBy, safeguarding, pregnancy, null);
        }

        /** How JSON is read: {@code safeguarding} defaults to false, {@code pregnancy} to every status. */
        @JsonCreator
        private static Question fromJson(@JsonProperty("code") String code, @JsonProperty("text") String text,
                                         @JsonProperty("redFlag") boolean redFlag,
                                         @JsonProperty("appliesTo") List<String> appliesTo,
                                         @JsonProperty("ages") @Nullable AgeBand ages,
                                         @JsonProperty("sexes") @Nullable List<Sex> sexes,
                                         @JsonProperty("impliedBy") @Nullable List<VitalSignFinding> impliedBy,
                                         @JsonProperty("safeguarding") @Nullable Boolean safeguarding,
                                         @JsonProperty("pregnancy") @Nullable List<Pregnancy.Status> pregnancy,
                                         @JsonProperty("codings") @Nullable List<Coding> codings) {
            return new Question(code, text, redFlag, appliesTo, ages, sexes, impliedBy,
                    Boolean.TRUE.equals(safeguarding), pregnancy, codings);
        }

        /** A question that raises no safeguarding flag. */
        public Question(String code, String text, boolean redFlag, List<String> appliesTo, @Nullable AgeBand ages,
                        @Nullable List<Sex> sexes, @Nullable List<VitalSignFinding> impliedBy) {
            this(code, text, redFlag, appliesTo, ages, sexes, impliedBy, false, null);
        }

        /** A question for the given complaints, at every age, of everyone. */
        public Question(String code, String text, boolean redFlag, List<String> appliesTo) {
            this(code, text, redFlag, appliesTo, null, null, null, false, null);
        }

        /**
         * @param complaint a complaint code
         * @return true when this question is asked under that complaint
         */
        public boolean appliesTo(String complaint) {
            return appliesTo.contains(EVERY_COMPLAINT) || appliesTo.contains(complaint);
        }

        /**
         * @param complaint a complaint code
         * @param patient   the patient
         * @return true when this question is asked of this patient under that complaint
         */
        public boolean appliesTo(String complaint, Patient patient) {
            return appliesTo(complaint) && fits(ages, sexes, patient) && (pregnancy.isEmpty()
                    || patient.pregnancy().status() == Pregnancy.Status.UNKNOWN
                    || pregnancy.contains(patient.pregnancy().status()));
        }

        /** @return true when it is asked on every call, whatever the complaint */
        public boolean universal() {
            return appliesTo.contains(EVERY_COMPLAINT);
        }
    }

    /**
     * A risk factor: part of the patient's history, answered YES / NO / UNKNOWN like a question.
     *
     * @param code                code used in the patient's {@code history} and in rules
     * @param text                the question as a clinician asks it; YES means the risk factor is present
     * @param unknownMeansPresent true when UNKNOWN (or not asked) reads as present: the safer reading for this factor
     * @param ages                the ages it is asked at, or null for every age
     * @param sexes               the sexes it is asked of, or empty for everyone
     * @param news2Scale2         true for the factor that puts SpO2 on NEWS2 scale 2 (a prescribed 88–92 % target);
     *                            scale 2 is used only on a YES
     * @param codings             the standard codes for the risk factor (SNOMED CT), or empty
     */
    public record RiskFactor(String code, String text, boolean unknownMeansPresent, @Nullable AgeBand ages,
                             List<Sex> sexes, boolean news2Scale2, List<Coding> codings) {
        public RiskFactor(String code, String text, boolean unknownMeansPresent, @Nullable AgeBand ages,
                          @Nullable List<Sex> sexes, boolean news2Scale2, @Nullable List<Coding> codings) {
            requireCode("code", code);
            requireText("text", text);
            this.code = code;
            this.text = text;
            this.unknownMeansPresent = unknownMeansPresent;
            this.ages = ages;
            this.sexes = sexes == null ? List.of() : List.copyOf(sexes);
            this.news2Scale2 = news2Scale2;
            this.codings = Coding.listOf(codings);
        }

        /** A risk factor without codings. */
        public RiskFactor(String code, String text, boolean unknownMeansPresent, @Nullable AgeBand ages,
                          @Nullable List<Sex> sexes, boolean news2Scale2) {
            this(code, text, unknownMeansPresent, ages, sexes, news2Scale2, null);
        }

        /** How JSON is read: {@code unknownMeansPresent} must be stated, {@code news2Scale2} defaults to false. */
        @JsonCreator
        private static RiskFactor fromJson(@JsonProperty("code") String code, @JsonProperty("text") String text,
                                           @JsonProperty(value = "unknownMeansPresent", required = true)
                                           boolean unknownMeansPresent,
                                           @JsonProperty("ages") @Nullable AgeBand ages,
                                           @JsonProperty("sexes") @Nullable List<Sex> sexes,
                                           @JsonProperty("news2Scale2") @Nullable Boolean news2Scale2,
                                           @JsonProperty("codings") @Nullable List<Coding> codings) {
            return new RiskFactor(code, text, unknownMeansPresent, ages, sexes, Boolean.TRUE.equals(news2Scale2),
                    codings);
        }

        /** @return true when it is asked of this patient */
        public boolean appliesTo(Patient patient) {
            return fits(ages, sexes, patient);
        }

        /**
         * @param answer the answer in the history, or null when not asked
         * @return true when the risk factor reads as present
         */
        public boolean present(@Nullable Answer answer) {
            return answer == Answer.YES || answer != Answer.NO && unknownMeansPresent;
        }
    }

    /**
     * A service hear and treat refers to. An organisation adds its own (a community respiratory team) or relabels one
     * by editing this data; the engine orders referrals by time frame, then kind, then code.
     *
     * @param code          code used by rules and in disposition codes ({@code GP/PT24H})
     * @param label         clinician-readable name
     * @param kind          what kind of service it is
     * @param defaultWithin time frame used when a rule names none, or null when every rule must state one
     * @param maxWithin     longest time frame a rule may give it, or null for {@link #LONGEST_TIMEFRAME}
     * @param codings       the standard codes for the service (SNOMED CT), or empty; a referral carries them
     */
    public record Service(String code, String label, ServiceKind kind, @Nullable Duration defaultWithin,
                          @Nullable Duration maxWithin, List<Coding> codings) {
        public Service {
            requireCode("code", code);
            requireText("label", label);
            InvalidFieldException.required("kind", kind, "one of CLINICAL_CALLBACK, EMERGENCY_DEPARTMENT, REFERRAL, SELF_CARE");
            if (kind == ServiceKind.SELF_CARE && (defaultWithin != null || maxWithin != null)) {
                throw new InvalidFieldException("defaultWithin", defaultWithin != null ? defaultWithin : maxWithin,
                        "no time frame for a SELF_CARE service");
            }
            checkTimeframe("maxWithin", maxWithin, LONGEST_TIMEFRAME);
            checkTimeframe("defaultWithin", defaultWithin, maxWithin == null ? LONGEST_TIMEFRAME : maxWithin);
            codings = Coding.listOf(codings);
        }

        /** A service without codings. */
        public Service(String code, String label, ServiceKind kind, @Nullable Duration defaultWithin,
                       @Nullable Duration maxWithin) {
            this(code, label, kind, defaultWithin, maxWithin, null);
        }

        /**
         * @param within the proposed time frame, or null for the default
         * @return the referral
         * @throws InvalidFieldException when the time frame is missing, not allowed or too long for this service
         */
        public HearAndTreat refer(@Nullable Duration within) {
            if (kind == ServiceKind.SELF_CARE) {
                if (within != null) {
                    throw new InvalidFieldException("within", within, "no time frame for " + code);
                }
                return new HearAndTreat(code, label, kind, null, codings);
            }
            Duration frame = within != null ? within : defaultWithin;
            InvalidFieldException.required("within", frame, "a time frame (ISO-8601 duration such as PT4H) for " + code);
            checkTimeframe("within", frame, maxWithin == null ? LONGEST_TIMEFRAME : maxWithin);
            return new HearAndTreat(code, label, kind, frame, codings);
        }

        private static void checkTimeframe(String field, @Nullable Duration d, Duration max) {
            if (d != null && (d.compareTo(Duration.ofMinutes(1)) < 0 || d.compareTo(max) > 0)) {
                throw new InvalidFieldException(field, d, "a time frame from PT1M to " + max);
            }
        }
    }

    /**
     * An advice text.
     *
     * @param key  key used by rules
     * @param kind care advice or worsening (safety-netting) advice
     * @param text the advice as the clinician gives it
     * @param ages the ages it may be given at, or null for every age; advice restricted by age is given only when
     *             the patient's age is known and inside the band
     * @param codings the standard codes for the advice as a procedure (SNOMED CT), or empty
     */
    public record Advice(String key, AdviceKind kind, String text, @Nullable AgeBand ages, List<Coding> codings) {
        public Advice {
            requireCode("key", key);
            InvalidFieldException.required("kind", kind, "CARE or WORSENING");
            requireText("text", text);
            codings = Coding.listOf(codings);
        }

        /** Advice without codings. */
        public Advice(String key, AdviceKind kind, String text, @Nullable AgeBand ages) {
            this(key, kind, text, ages, null);
        }

        /** Advice for every age. */
        public Advice(String key, AdviceKind kind, String text) {
            this(key, kind, text, null);
        }

        /** @return true when this advice may be given to this patient */
        public boolean suits(Patient patient) {
            return ages == null || patient.age() != null && ages.contains(patient.age());
        }
    }

    /** Kinds of advice. */
    public enum AdviceKind {
        /** What to do now. */
        CARE,
        /** When and how to seek help again (safety-netting). */
        WORSENING
    }

    /**
     * What the engine uses when its own safety policy decides.
     *
     * @param callbackService the service of kind CLINICAL_CALLBACK the engine defaults to
     * @param callbackWithin  the default callback time frame, and the longest a withheld referral's callback may take
     * @param safetyNetAdvice worsening advice added to a referral whose rules gave none
     */
    public record Defaults(String callbackService, Duration callbackWithin, String safetyNetAdvice) {
        /** Today's values: a clinical callback within 1 hour, and a general safety net. */
        public static final Defaults STANDARD = new Defaults("CLINICAL_CALLBACK", Duration.ofHours(1),
                "If the symptoms get worse, new symptoms appear or you are worried, call back straight away; call 999 "
                        + "in an emergency.");

        public Defaults {
            requireCode("callbackService", callbackService);
            InvalidFieldException.required("callbackWithin", callbackWithin, "an ISO-8601 duration such as PT1H");
            requireText("safetyNetAdvice", safetyNetAdvice);
        }
    }

    public Vocabulary(List<Complaint> complaints, List<Question> questions, @Nullable List<RiskFactor> riskFactors,
                      @Nullable List<Service> services, List<Advice> advice, @Nullable Defaults defaults) {
        this.complaints = List.copyOf(InvalidFieldException.required("complaints", complaints, "a list of complaints"));
        this.questions = List.copyOf(InvalidFieldException.required("questions", questions, "a list of questions"));
        this.riskFactors = riskFactors == null ? List.of() : List.copyOf(riskFactors);
        this.services = services == null ? STANDARD_SERVICES : List.copyOf(services);
        this.advice = List.copyOf(InvalidFieldException.required("advice", advice, "a list of advice entries"));
        this.defaults = defaults == null ? Defaults.STANDARD : defaults;
        Set<String> complaintCodes = unique("complaints", this.complaints.stream().map(Complaint::code).toList());
        Set<String> questionCodes = unique("questions", this.questions.stream().map(Question::code).toList());
        for (String code : unique("riskFactors", this.riskFactors.stream().map(RiskFactor::code).toList())) {
            if (questionCodes.contains(code)) {
                throw new InvalidFieldException("riskFactors", code, "a code not also used by a question");
            }
        }
        unique("services", this.services.stream().map(Service::code).toList());
        unique("advice", this.advice.stream().map(Advice::key).toList());
        for (int i = 0; i < this.questions.size(); i++) {
            for (String target : this.questions.get(i).appliesTo()) {
                if (!target.equals(EVERY_COMPLAINT) && !complaintCodes.contains(target)) {
                    throw new InvalidFieldException("questions[" + i + "].appliesTo", target,
                            "a complaint code defined in complaints, or \"*\"");
                }
            }
        }
        for (int i = 0; i < this.complaints.size(); i++) {
            for (String implied : this.complaints.get(i).implies()) {
                if (!questionCodes.contains(implied)) {
                    throw new InvalidFieldException("complaints[" + i + "].implies", implied,
                            "a question code defined in questions");
                }
            }
        }
        if (this.riskFactors.stream().filter(RiskFactor::news2Scale2).count() > 1) {
            throw new InvalidFieldException("riskFactors", "news2Scale2", "at most one risk factor with news2Scale2");
        }
        Service callback = service(this.defaults.callbackService()).orElseThrow(() -> new InvalidFieldException(
                "defaults.callbackService", this.defaults.callbackService(), "a code defined in services"));
        if (callback.kind() != ServiceKind.CLINICAL_CALLBACK) {
            throw new InvalidFieldException("defaults.callbackService", callback.code(),
                    "a service of kind CLINICAL_CALLBACK");
        }
        callback.refer(this.defaults.callbackWithin());
    }

    /** A vocabulary with no risk factors, the standard services and the standard defaults. */
    public Vocabulary(List<Complaint> complaints, List<Question> questions, List<Advice> advice) {
        this(complaints, questions, null, null, advice, null);
    }

    /** @return the complaint with this code, if any */
    public Optional<Complaint> complaint(String code) {
        return complaints.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** @return the question with this code, if any */
    public Optional<Question> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /** @return the risk factor with this code, if any */
    public Optional<RiskFactor> riskFactor(String code) {
        return riskFactors.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** @return the service with this code, if any */
    public Optional<Service> service(String code) {
        return services.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** @return the advice entry with this key, if any */
    public Optional<Advice> adviceEntry(String key) {
        return advice.stream().filter(a -> a.key().equals(key)).findFirst();
    }

    /** @return the clinical callback the engine defaults to, within the given time frame */
    public HearAndTreat defaultCallback(Duration within) {
        return service(defaults.callbackService()).orElseThrow().refer(within);
    }

    /**
     * Parses a disposition code against this vocabulary's services.
     *
     * @param code a code such as {@code C2B}, {@code SELF_CARE} or {@code EMERGENCY_DEPARTMENT/PT1H}
     * @return the disposition
     * @throws InvalidFieldException naming the code and what was expected
     */
    public Disposition disposition(@Nullable String code) {
        String expected = "C1, C2A, C2B, C2C, C3, C4, or SERVICE/ISO-8601-duration (SERVICE alone for self-care) "
                + "with a service of " + services.stream().map(Service::code).toList();
        if (code == null) {
            throw new InvalidFieldException("disposition", null, expected);
        }
        Dispatch dispatch = Dispatch.parse(code);
        if (dispatch != null) {
            return dispatch;
        }
        int slash = code.indexOf('/');
        Optional<Service> service = service(slash < 0 ? code : code.substring(0, slash));
        if (service.isEmpty()) {
            throw new InvalidFieldException("disposition", code, expected);
        }
        try {
            if (slash < 0 && service.get().kind() != ServiceKind.SELF_CARE) {
                throw new InvalidFieldException("disposition", code, "a time frame after " + service.get().code()
                        + "/, such as " + service.get().code() + "/PT4H");
            }
            return service.get().refer(slash < 0 ? null : Duration.parse(code.substring(slash + 1)));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidFieldException("disposition", code, expected);
        }
    }

    static boolean fits(@Nullable AgeBand ages, List<Sex> sexes, Patient patient) {
        Period age = patient.age();
        boolean ageFits = ages == null || age == null || ages.contains(age);
        boolean sexFits = sexes.isEmpty() || patient.sex() == Sex.UNKNOWN || patient.sex() == Sex.OTHER
                || sexes.contains(patient.sex());
        return ageFits && sexFits;
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

    private static void requireCode(String field, @Nullable String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidFieldException(field, code, "a code of capital letters, digits and _ starting with a letter");
        }
    }

    private static void requireText(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(field, text, "non-blank text");
        }
    }
}
