package org.hearandtreat.triage.internal;

import java.time.Duration;

/**
 * The text of one DRL file of a rule set. Immutable and thread-safe.
 *
 * @param path path relative to the rule-set folder, with '/' separators
 * @param text file content with line endings normalised to '\n'
 */
record DrlSource(String path, String text) {

    /**
     * A vocabulary code named by a rule, with the kind of vocabulary entry it must be, and for a referral with a
     * literal time frame, that time frame (else null).
     */
    record CodeUse(String code, Kind kind, int line, Duration timeframe) {
        CodeUse(String code, Kind kind, int line) {
            this(code, kind, line, null);
        }

        enum Kind { QUESTION_PRESENT, QUESTION_ABSENT, QUESTION_ANSWERED, COMPLAINT, CARE_ADVICE, WORSENING_ADVICE,
            RISK_FACTOR, SERVICE_WITH_DEFAULT_TIMEFRAME, SERVICE_WITH_TIMEFRAME,
            /** The question a {@code Finding( code == ... )} pattern is written on. */
            FINDING;

            boolean question() {
                return this == QUESTION_PRESENT || this == QUESTION_ABSENT || this == QUESTION_ANSWERED
                        || this == FINDING;
            }
        }
    }

    DrlSource {
        text = text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** @return the 1-based line of a character offset */
    int lineAt(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** @return the character offset where a 1-based line starts (the end of the text past the last line) */
    int offsetOfLine(int line) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = text.indexOf('\n', offset);
            offset = offset < 0 ? -1 : offset + 1;
        }
        return offset < 0 ? text.length() : offset;
    }
}
