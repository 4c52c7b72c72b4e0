package org.hearandtreat.triage;

/**
 * A rule as its metadata describes it. Immutable and thread-safe; all components are required.
 *
 * @param id          the {@code @id}, unique in its rule set
 * @param name        the rule name, a clinical statement
 * @param packageName the DRL package (one per protocol)
 * @param rationale   the {@code @rationale}: one clinician-readable sentence
 * @param source      the {@code @source}: the guideline or page the rule rests on
 * @param version     the {@code @version}
 */
public record RuleDescription(String id, String name, String packageName, String rationale, String source,
                              String version) {
    public RuleDescription {
        InvalidFieldException.required("id", id, "a rule id");
        InvalidFieldException.required("name", name, "a rule name");
        InvalidFieldException.required("packageName", packageName, "a package");
        InvalidFieldException.required("rationale", rationale, "a rationale");
        InvalidFieldException.required("source", source, "a source");
        InvalidFieldException.required("version", version, "a version");
    }
}
