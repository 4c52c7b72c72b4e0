package org.hearandtreat.triage;

/**
 * The patient as described on the call. Immutable and thread-safe. {@code ageYears} is null when not known;
 * {@code sex}, {@code pregnancy} and {@code history} are required.
 *
 * @param ageYears  age in completed years, 0–130, or null when not known
 * @param sex       reported sex
 * @param pregnancy pregnancy status
 * @param history   history flags relevant to remote assessment
 */
public record Patient(Integer ageYears, Sex sex, Pregnancy pregnancy, History history) {

    public Patient {
        InvalidFieldException.inRange("ageYears", ageYears, 0, 130, "years");
        InvalidFieldException.required("sex", sex, "one of FEMALE, MALE, OTHER, UNKNOWN");
        InvalidFieldException.required("pregnancy", pregnancy, "a pregnancy status");
        InvalidFieldException.required("history", history, "history flags");
    }

    /**
     * @param ageYears age in years, or null when not known
     * @param sex      reported sex
     * @return a patient with unknown pregnancy status and no known history
     */
    public static Patient of(Integer ageYears, Sex sex) {
        return new Patient(ageYears, sex, Pregnancy.UNKNOWN, History.NONE_KNOWN);
    }

    /** @return a copy with the given pregnancy status */
    public Patient withPregnancy(Pregnancy newPregnancy) {
        return new Patient(ageYears, sex, newPregnancy, history);
    }

    /** @return a copy with the given history */
    public Patient withHistory(History newHistory) {
        return new Patient(ageYears, sex, pregnancy, newHistory);
    }
}
