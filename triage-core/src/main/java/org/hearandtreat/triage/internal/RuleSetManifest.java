package org.hearandtreat.triage.internal;

import java.util.regex.Pattern;
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
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+_-]{0,31}");

    /**
     * The id and version are printed on every result and compared by reload and diff, so they are short plain
     * tokens; the title is one line of text.
     */
    public RuleSetManifest {
        require("id", id, ID, "letters, digits, '.', '_' or '-', at most 64, starting with a letter or digit");
        require("version", version, VERSION, "letters, digits, '.', '+', '_' or '-', at most 32, starting with a "
                + "letter or digit");
        if (title == null || title.isBlank() || title.length() > 200 || title.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException("title", title, "one line of text, at most 200 characters");
        }
        if (kieBase != null) {
            require("kieBase", kieBase, ID, "a kbase name: letters, digits, '.', '_' or '-'");
        }
    }

    private static void require(String field, String value, Pattern pattern, String expected) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new InvalidFieldException(field, value, expected);
        }
    }
}
