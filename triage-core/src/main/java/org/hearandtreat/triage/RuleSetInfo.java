package org.hearandtreat.triage;

/**
 * Identifies the exact rule content behind a result. Immutable and thread-safe; all components are required.
 *
 * @param id          rule-set id
 * @param version     rule-set version as its authors number it
 * @param contentHash SHA-256 (hex) over every DRL file and the rule set's JSON, in path order, with line endings
 *                    normalised, so that two rule sets with the same hash hold the same rules
 */
public record RuleSetInfo(String id, String version, String contentHash) {
    public RuleSetInfo {
        InvalidFieldException.required("id", id, "a rule-set id");
        InvalidFieldException.required("version", version, "a rule-set version");
        InvalidFieldException.required("contentHash", contentHash, "a content hash");
    }

    @Override
    public String toString() {
        return id + " " + version + " (sha256:" + contentHash.substring(0, Math.min(12, contentHash.length())) + ")";
    }
}
