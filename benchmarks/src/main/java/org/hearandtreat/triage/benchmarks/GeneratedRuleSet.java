package org.hearandtreat.triage.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Pregnancy;
import org.hearandtreat.triage.Sex;

/**
 * Writes a synthetic rule set shaped like the reference protocols: one protocol file per ten complaints, each
 * complaint with ten questions and ten rules of the reference forms: four ambulance rules written on their finding,
 * {@code Finding( code == .. )}, and six hear-and-treat endpoints {@code Call( complaint == .., present(..) )}, plus
 * the five immediate-threat rules every call sees.
 */
final class GeneratedRuleSet {

    static final int QUESTIONS_PER_COMPLAINT = 10;

    private GeneratedRuleSet() {
    }

    /** @return the number of complaints, so that the rule set has about {@code rules} rules */
    static int complaints(int rules) {
        return Math.max(1, (rules - 5) / QUESTIONS_PER_COMPLAINT);
    }

    static Path write(int rules, Path folder) {
        int complaints = complaints(rules);
        StringBuilder vocabulary = new StringBuilder("{\n  \"complaints\": [\n");
        for (int c = 0; c < complaints; c++) {
            vocabulary.append("    { \"code\": \"C").append(c).append("\", \"text\": \"Complaint ").append(c)
                    .append("\" }").append(c + 1 < complaints ? ",\n" : "\n");
        }
        vocabulary.append("  ],\n  \"questions\": [\n");
        for (int i = 0; i < 5; i++) {
            vocabulary.append("    { \"code\": \"IMM").append(i).append("\", \"redFlag\": true, \"appliesTo\": [\"*\"], ")
                    .append("\"text\": \"Immediate threat ").append(i).append("?\" },\n");
        }
        for (int c = 0; c < complaints; c++) {
            for (int q = 0; q < QUESTIONS_PER_COMPLAINT; q++) {
                vocabulary.append("    { \"code\": \"").append(question(c, q)).append("\", \"redFlag\": ")
                        .append(q < 3).append(", \"appliesTo\": [\"C").append(c).append("\"], \"text\": \"Finding ")
                        .append(q).append(" of complaint ").append(c).append("?\" }")
                        .append(c + 1 < complaints || q + 1 < QUESTIONS_PER_COMPLAINT ? ",\n" : "\n");
            }
        }
        vocabulary.append("  ],\n  \"advice\": [ { \"key\": \"WORSE\", \"kind\": \"WORSENING\", ")
                .append("\"text\": \"Call back if worse.\" } ]\n}\n");
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("ruleset.json"), "{ \"id\": \"generated-" + rules
                    + "\", \"version\": \"1\", \"title\": \"Generated rule set\" }\n");
            Files.writeString(folder.resolve("vocabulary.json"), vocabulary);
            StringBuilder immediate = header("immediate");
            for (int i = 0; i < 5; i++) {
                immediate.append(rule("IMM-" + i, "Immediate threat " + i + " is category 1",
                        "Finding( code == \"IMM" + i + "\" )", "category1()"));
            }
            write(folder, "immediate", immediate);
            String[] proposals = {"category2(C2Segment.A)", "category2(C2Segment.B)", "category3()", "category4()",
                    "referWithinHours(\"EMERGENCY_DEPARTMENT\", 1)", "referWithinHours(\"GP\", 6)",
                    "referWithinHours(\"URGENT_TREATMENT_CENTRE\", 4)", "referWithinHours(\"PHARMACY\", 24)",
                    "referTo(\"URGENT_COMMUNITY_RESPONSE\")", "referTo(\"SELF_CARE\")"};
            for (int file = 0; file * 10 < complaints; file++) {
                StringBuilder drl = header("p" + file);
                for (int c = file * 10; c < Math.min(complaints, file * 10 + 10); c++) {
                    for (int q = 0; q < QUESTIONS_PER_COMPLAINT; q++) {
                        // Findings decide: an ambulance rule is written on its finding, which Drools indexes; only
                        // the hear-and-treat endpoints (proposals 4 on) test the complaint.
                        String when = q < 4 ? "Finding( code == \"" + question(c, q) + "\" )"
                                : "Call( complaint == \"C" + c + "\", present(\"" + question(c, q) + "\")"
                                + (q == 9 ? ", absent(\"" + question(c, 8) + "\")" : "") + " )";
                        drl.append(rule("G-" + c + "-" + q, "Finding " + q + " of complaint " + c, when,
                                proposals[q] + (q >= 4 ? ".worseningAdvice(\"WORSE\")" : "")));
                    }
                }
                write(folder, "p" + file, drl);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Calls for the generated set: every applicable question answered NO but one or two findings YES. */
    static List<Assessment> calls(int rules, int count, long seed) {
        int complaints = complaints(rules);
        Random random = new Random(seed);
        List<Assessment> calls = new ArrayList<>(count);
        Patient patient = Patient.builder().ageYears(50).sex(Sex.FEMALE).pregnancy(Pregnancy.NOT_PREGNANT).build();
        for (int n = 0; n < count; n++) {
            int c = random.nextInt(complaints);
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (int i = 0; i < 5; i++) {
                answers.put("IMM" + i, random.nextInt(100) == 0 ? Answer.YES : Answer.NO);
            }
            for (int q = 0; q < QUESTIONS_PER_COMPLAINT; q++) {
                answers.put(question(c, q), Answer.NO);
            }
            for (int k = 0; k < 1 + random.nextInt(2); k++) {
                answers.put(question(c, random.nextInt(QUESTIONS_PER_COMPLAINT)), Answer.YES);
            }
            calls.add(Assessment.builder().patient(patient).complaint("C" + c).answers(answers)
                    .evaluatedAt(Instant.parse("2026-11-23T14:05:00Z")).build());
        }
        return calls;
    }

    private static String question(int complaint, int q) {
        return "Q" + complaint + "_" + q;
    }

    private static StringBuilder header(String pkg) {
        return new StringBuilder("package generated.").append(pkg).append(";\n\n")
                .append("import org.hearandtreat.triage.C2Segment;\n")
                .append("import org.hearandtreat.triage.rules.Call;\nimport org.hearandtreat.triage.rules.Finding;\n\n");
    }

    private static String rule(String id, String name, String when, String then) {
        return "rule \"" + name + "\"\n    @id(\"" + id + "\") @version(\"1\") @source(\"generated\")\n"
                + "    @rationale(\"Generated for benchmarks.\")\nwhen\n    $call : " + when + "\nthen\n"
                + "    $call." + then + ";\nend\n\n";
    }

    private static void write(Path folder, String pkg, CharSequence drl) throws IOException {
        Path dir = folder.resolve(pkg);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(pkg + ".drl"), drl);
    }
}
