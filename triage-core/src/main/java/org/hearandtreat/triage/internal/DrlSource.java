package org.hearandtreat.triage.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one DRL file and what can be read from it without compiling: its package, where each rule starts and
 * which vocabulary codes its helper calls name. Immutable and thread-safe.
 *
 * @param path path relative to the rule-set folder, with '/' separators
 * @param text file content with line endings normalised to '\n'
 */
record DrlSource(String path, String text) {

    /**
     * A vocabulary code named in a helper call, with the kind of vocabulary entry it must be, and for a referral with
     * a literal time frame, that time frame (else null).
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

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern HELPER_CALL = Pattern.compile(
            "\\b(present|absent|answered|complaintIs|careAdvice|worseningAdvice|hasRisk|referTo|referWithinHours"
                    + "|referWithinMinutes)\\s*\\(([^()]*)\\)");
    private static final Pattern RULE_BLOCK = Pattern.compile(
            "^\\s*rule\\s+(\"[^\"]*\"|\\S+)(.*?)^\\s*when\\b(.*?)^\\s*then\\b(.*?)^\\s*end\\b",
            Pattern.MULTILINE | Pattern.DOTALL);
    /** Any mention of the complaint in a condition, whatever the operator ({@code ==}, {@code in}, {@code matches}). */
    private static final Pattern TESTS_COMPLAINT = Pattern.compile("\\b(complaint|complaintIs|getComplaint)\\b");
    private static final Pattern PROPOSES_DISPATCH = Pattern.compile("\\bcategory[1-4]\\s*\\(");
    private static final Pattern COMPLAINT_EQUALS = Pattern.compile("\\bcomplaint\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern FINDING_CODE_EQUALS = Pattern.compile("\\bcode\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern LITERAL_TIMEFRAME = Pattern.compile("\\s*\"[^\"]*\"\\s*,\\s*(\\d{1,6})\\s*");
    private static final Pattern FINDING_PATTERN = Pattern.compile("\\bFinding\\s*\\(");
    private static final Pattern FINDING_PATTERN_START = Pattern.compile("\\s*code\\s*==\\s*\"[^\"]+\"\\s*[,)|]");
    private static final Pattern RULE_EXTENDS = Pattern.compile("^\\s*rule\\s+(\"[^\"]*\"|\\S+)\\s+extends\\b",
            Pattern.MULTILINE);
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** A construct the house rules forbid in protocol files, with its line. */
    record Forbidden(int line, String message) {
    }

    private static final Pattern PRINTING = Pattern.compile("\\bSystem\\s*\\.\\s*(out|err)\\b|\\.printStackTrace\\s*\\(");
    private static final Pattern NON_JAVA_DIALECT = Pattern.compile("\\bdialect\\s+\"(?!java\")[^\"]*\"");
    private static final Pattern WALL_CLOCK = Pattern.compile(
            "\\bSystem\\s*\\.\\s*(currentTimeMillis|nanoTime)\\b|\\b(Instant|LocalDate|LocalDateTime|ZonedDateTime|OffsetDateTime|LocalTime)\\s*\\.\\s*now\\s*\\(|\\bnew\\s+(java\\.util\\.)?Date\\s*\\(\\s*\\)");

    DrlSource {
        text = text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** @return the declared package, or the empty string when there is none */
    String packageName() {
        Matcher m = PACKAGE.matcher(withoutComments());
        return m.find() ? m.group(1) : "";
    }

    /** @return the 1-based line where the named rule is declared, or 0 when not found */
    int lineOfRule(String ruleName) {
        Matcher m = Pattern.compile("^\\s*rule\\s+(\"" + Pattern.quote(ruleName) + "\"|" + Pattern.quote(ruleName)
                + "\\b)", Pattern.MULTILINE).matcher(withoutComments());
        return m.find() ? lineAt(m.start(1)) : 0;
    }

    /** @return every vocabulary code named by a helper call, outside comments */
    List<CodeUse> codeUses() {
        String code = withoutComments();
        List<CodeUse> uses = new ArrayList<>();
        Matcher call = HELPER_CALL.matcher(code);
        while (call.find()) {
            CodeUse.Kind kind = switch (call.group(1)) {
                case "complaintIs" -> CodeUse.Kind.COMPLAINT;
                case "careAdvice" -> CodeUse.Kind.CARE_ADVICE;
                case "worseningAdvice" -> CodeUse.Kind.WORSENING_ADVICE;
                case "hasRisk" -> CodeUse.Kind.RISK_FACTOR;
                case "referTo" -> CodeUse.Kind.SERVICE_WITH_DEFAULT_TIMEFRAME;
                case "referWithinHours", "referWithinMinutes" -> CodeUse.Kind.SERVICE_WITH_TIMEFRAME;
                case "present" -> CodeUse.Kind.QUESTION_PRESENT;
                case "absent" -> CodeUse.Kind.QUESTION_ABSENT;
                default -> CodeUse.Kind.QUESTION_ANSWERED;
            };
            Matcher literal = STRING_LITERAL.matcher(call.group(2));
            Matcher timeframe = LITERAL_TIMEFRAME.matcher(call.group(2));
            Duration within = kind != CodeUse.Kind.SERVICE_WITH_TIMEFRAME || !timeframe.matches() ? null
                    : call.group(1).equals("referWithinHours") ? Duration.ofHours(Long.parseLong(timeframe.group(1)))
                    : Duration.ofMinutes(Long.parseLong(timeframe.group(1)));
            while (literal.find()) {
                uses.add(new CodeUse(literal.group(1), kind, lineAt(call.start(2) + literal.start()), within));
            }
        }
        Matcher complaint = COMPLAINT_EQUALS.matcher(code);
        while (complaint.find()) {
            uses.add(new CodeUse(complaint.group(1), CodeUse.Kind.COMPLAINT, lineAt(complaint.start(1))));
        }
        Matcher finding = FINDING_CODE_EQUALS.matcher(code);
        while (finding.find()) {
            uses.add(new CodeUse(finding.group(1), CodeUse.Kind.FINDING, lineAt(finding.start(1))));
        }
        return uses;
    }

    /**
     * @return printing (consequences must not print: the result carries the explanation), a dialect other than Java,
     *         wall-clock reads (the evaluation instant is an input, so any past triage replays exactly), and a rule
     *         proposing an ambulance that tests the complaint (a finding must mean the same under every complaint)
     */
    List<Forbidden> forbiddenUses() {
        String code = withoutComments();
        List<Forbidden> found = new ArrayList<>();
        Matcher m = PRINTING.matcher(code);
        while (m.find()) {
            found.add(new Forbidden(lineAt(m.start()), "rules must not print; the result carries the explanation"));
        }
        m = NON_JAVA_DIALECT.matcher(code);
        while (m.find()) {
            found.add(new Forbidden(lineAt(m.start()), "rules use the Java dialect, not " + m.group()));
        }
        m = WALL_CLOCK.matcher(code);
        while (m.find()) {
            found.add(new Forbidden(lineAt(m.start()), "rules must not read the clock; use evaluatedAt()"));
        }
        m = FINDING_PATTERN.matcher(code);
        while (m.find()) {
            if (!FINDING_PATTERN_START.matcher(code).region(m.end(), code.length()).lookingAt()) {
                found.add(new Forbidden(lineAt(m.start()), "a Finding pattern starts with code == \"CODE\" (a literal "
                        + "question code): the engine adds only the findings some rule names that way"));
            }
        }
        m = RULE_EXTENDS.matcher(code);
        while (m.find()) {
            found.add(new Forbidden(lineAt(m.start(1)), "rule " + m.group(1) + " extends another rule; write each rule's "
                    + "conditions in full, so that every check sees them"));
        }
        m = RULE_BLOCK.matcher(code);
        while (m.find()) {
            if (PROPOSES_DISPATCH.matcher(m.group(4)).find() && TESTS_COMPLAINT.matcher(m.group(3)).find()) {
                found.add(new Forbidden(lineAt(m.start(1)), "rule " + m.group(1) + " proposes an ambulance but tests "
                        + "the complaint: findings decide, whatever complaint the call was opened under; only "
                        + "hear-and-treat endpoints may test the complaint"));
            }
        }
        return found;
    }

    private int lineAt(int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Blanks comments but keeps every offset and line break, so positions still match the original text. */
    private String withoutComments() {
        StringBuilder out = new StringBuilder(text);
        boolean inString = false;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '/') {
                while (i < out.length() && out.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '*') {
                while (i < out.length() && !(out.charAt(i) == '*' && i + 1 < out.length() && out.charAt(i + 1) == '/')) {
                    if (out.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                    i++;
                }
                if (i < out.length()) {
                    out.setCharAt(i, ' ');
                    if (i + 1 < out.length()) {
                        out.setCharAt(++i, ' ');
                    }
                }
            }
        }
        return out.toString();
    }
}
