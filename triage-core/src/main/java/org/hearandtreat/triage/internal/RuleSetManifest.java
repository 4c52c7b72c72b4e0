package org.hearandtreat.triage.internal;

import org.hearandtreat.triage.InvalidFieldException;

/**
 * The {@code ruleset.json} at the root of a rule-set folder. Immutable and thread-safe.
 *
 * @param id      rule-set id
 * @param version rule-set version
 * @param title   human-readable title
 * @param kieBase optional: the kbase name in {@code META-INF/kmodule.xml} of a prebuilt rules jar, for readers
 */
public record RuleSetManifest(String id, String version, String title, String kieBase) {
    public RuleSetManifest {
        requireText("id", id);
        requireText("version", version);
        requireText("title", title);
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, value, "non-blank text");
        }
    }
}
