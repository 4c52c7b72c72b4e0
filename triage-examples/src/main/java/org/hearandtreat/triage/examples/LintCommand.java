package org.hearandtreat.triage.examples;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.hearandtreat.triage.AdvanceCarePlan;
import org.hearandtreat.triage.Age;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Consciousness;
import org.hearandtreat.triage.Guidance;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Pregnancy;
import org.hearandtreat.triage.Reason;
import org.hearandtreat.triage.RuleDescription;
import org.hearandtreat.triage.RuleSet;
import org.hearandtreat.triage.RuleSetBuildException;
import org.hearandtreat.triage.Sex;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageResult;
import org.hearandtreat.triage.Vitals;
import org.hearandtreat.triage.Vocabulary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code triage lint RULES}: checks a rule folder without any case. The build reports errors (DRL, metadata,
 * vocabulary codes) with file and line; then the vocabulary is checked for entries no rule reads, and a seeded sample
 * of generated calls finds rules that never fire or never win, naming the rule that shadows them.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check a rule-set folder: build errors with file:line, missing metadata, unknown codes, unused "
                + "vocabulary, and rules that never fire or are always outranked in generated calls.")
final class LintCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RULES", description = "Rule-set folder, or 'builtin'.")
    String rules;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "400",
            description = "Generated calls per complaint (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated calls (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--strict", description = "Exit 1 when there is any warning.")
    boolean strict;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleSet ruleSet;
        try {
            ruleSet = TriageCli.loadRules(rules);
        } catch (RuleSetBuildException e) {
            return TriageCli.rulesFailed(err, e);
        }
        List<String> warnings = new ArrayList<>();
        Vocabulary vocabulary = ruleSet.vocabulary();
        Set<String> named = ruleSet.codesNamedByRules();
        for (Vocabulary.Question q : vocabulary.questions()) {
            if (!named.contains(q.code())) {
                warnings.add("vocabulary.json: question " + q.code() + " is read by no rule"
                        + (q.redFlag() ? " (as a red flag it still blocks hear and treat until answered)" : ""));
            }
        }
        vocabulary.advice().stream().filter(a -> !named.contains(a.key()))
                .forEach(a -> warnings.add("vocabulary.json: advice " + a.key() + " is given by no rule"));
        vocabulary.complaints().stream().filter(c -> !named.contains(c.code()))
                .forEach(c -> warnings.add("vocabulary.json: complaint " + c.code()
                        + " is named by no rule; only rules for every complaint apply to it"));
        warnings.addAll(sample(ruleSet, vocabulary));
        warnings.forEach(w -> out.println("warning: " + w));
        out.printf("%s: %d rules, %d questions (%d red flags), %d complaints; %d warnings%n", ruleSet.info(),
                ruleSet.rules().size(), vocabulary.questions().size(),
                vocabulary.questions().stream().filter(Vocabulary.Question::redFlag).count(),
                vocabulary.complaints().size(), warnings.size());
        return strict && !warnings.isEmpty() ? TriageCli.EXIT_CHECK_FAILED : 0;
    }

    /** Triages generated calls and reports rules that never fired, or fired but never decided the outcome. */
    private List<String> sample(RuleSet ruleSet, Vocabulary vocabulary) {
        TriageEngine engine = TriageEngine.create(ruleSet);
        Random random = new Random(seed);
        Map<String, Integer> fired = new HashMap<>();
        Map<String, Integer> decided = new HashMap<>();
        Map<String, Map<String, Integer>> outrankedBy = new HashMap<>();
        int calls = 0;
        for (Vocabulary.Complaint complaint : vocabulary.complaints()) {
            for (int i = 0; i < samples; i++) {
                TriageResult result = engine.evaluate(call(random, complaint.code(), vocabulary), Guidance.NONE);
                calls++;
                String winner = result.decidingReason().ruleId();
                for (Reason r : result.reasons()) {
                    fired.merge(r.ruleId(), 1, Integer::sum);
                    if (r.role() == Reason.Role.SELECTED || r.role() == Reason.Role.CONCURRING
                            || r.role() == Reason.Role.NOTED) {
                        decided.merge(r.ruleId(), 1, Integer::sum);
                    } else if (r.role() == Reason.Role.OUTRANKED || r.role() == Reason.Role.WITHHELD) {
                        outrankedBy.computeIfAbsent(r.ruleId(), k -> new HashMap<>()).merge(winner, 1, Integer::sum);
                    }
                }
            }
        }
        List<String> warnings = new ArrayList<>();
        for (RuleDescription rule : ruleSet.rules()) {
            String where = rule.packageName() + " " + rule.id() + " \"" + rule.name() + "\"";
            if (!fired.containsKey(rule.id())) {
                warnings.add(where + " never fired in " + calls + " generated calls: check that its conditions "
                        + "can hold together");
            } else if (!decided.containsKey(rule.id())) {
                String shadow = outrankedBy.getOrDefault(rule.id(), Map.of()).entrySet().stream()
                        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
                warnings.add(where + " fired " + fired.get(rule.id()) + " times but never decided the outcome; "
                        + "most often shadowed by " + shadow);
            }
        }
        return warnings;
    }

    /**
     * A call with one complaint, shaped like real ones so that each rule's conditions hold now and then without
     * every call being category 1: its questions mostly answered NO (a few unasked), then up to two findings turned
     * YES or UNKNOWN (half the time only among the non-red-flag questions), observations on some calls and mostly
     * normal, pregnancy only for women of child-bearing age
     * (and usually on maternity calls), care plans more often on end-of-life calls.
     */
    private static Assessment call(Random random, String complaint, Vocabulary vocabulary) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<Vocabulary.Question> applicable = vocabulary.questions().stream().filter(q -> q.appliesTo(complaint))
                .toList();
        for (Vocabulary.Question q : applicable) {
            if (random.nextInt(40) != 0) {
                answers.put(q.code(), Answer.NO);
            }
        }
        boolean onlyNonRed = random.nextBoolean();
        List<Vocabulary.Question> candidates = applicable.stream().filter(q -> !onlyNonRed || !q.redFlag()).toList();
        int findings = candidates.isEmpty() ? 0 : random.nextInt(4);
        for (int i = 0; i < findings; i++) {
            answers.put(candidates.get(random.nextInt(candidates.size())).code(),
                    random.nextInt(4) == 0 ? Answer.UNKNOWN : Answer.YES);
        }
        boolean maternity = complaint.startsWith("PREGNANCY");
        Period age = maternity ? Period.ofYears(16 + random.nextInt(30)) : randomAge(random);
        Sex sex = maternity ? Sex.FEMALE : Sex.values()[random.nextInt(Sex.values().length)];
        boolean childBearing = sex == Sex.FEMALE && age != null && Age.completedYears(age) >= 16
                && Age.completedYears(age) <= 45;
        int p = random.nextInt(20);
        Pregnancy pregnancy = !childBearing ? (p == 0 || sex == Sex.MALE ? Pregnancy.UNKNOWN : Pregnancy.NOT_PREGNANT)
                : p < (maternity ? 16 : 4) ? Pregnancy.pregnant(random.nextBoolean() ? null : 4 + random.nextInt(38))
                : p < (maternity ? 19 : 5) ? Pregnancy.POSTPARTUM : Pregnancy.NOT_PREGNANT;
        AdvanceCarePlan plan = random.nextInt(complaint.startsWith("END_OF_LIFE") ? 2 : 6) != 0 ? null : new AdvanceCarePlan(
                Set.of(AdvanceCarePlan.Document.RESPECT),
                AdvanceCarePlan.CprRecommendation.values()[random.nextInt(3)]);
        Patient.Builder patient = Patient.builder().age(age).sex(sex).pregnancy(pregnancy).advanceCarePlan(plan);
        for (Vocabulary.RiskFactor factor : vocabulary.riskFactors()) {
            if (random.nextInt(3) != 0) {
                patient.history(factor.code(), random.nextInt(5) == 0 ? Answer.YES
                        : random.nextInt(8) == 0 ? Answer.UNKNOWN : Answer.NO);
            }
        }
        Vitals vitals = random.nextInt(10) < 7 ? Vitals.NONE : Vitals.builder()
                .respirationRate(vital(random, 12, 20, 4, 40)).spo2(vital(random, 95, 100, 80, 100))
                .onOxygen(random.nextInt(8) == 0).systolicBp(vital(random, 110, 150, 70, 200))
                .pulse(vital(random, 55, 95, 35, 160))
                .consciousness(random.nextInt(8) == 0 ? Consciousness.values()[1 + random.nextInt(4)] : Consciousness.ALERT)
                .temperatureCelsius(vital(random, 362, 378, 340, 410) / 10.0)
                .bloodGlucoseMmolL(random.nextInt(4) == 0 ? vital(random, 40, 80, 15, 300) / 10.0 : null)
                .capillaryRefillSeconds(random.nextInt(4) == 0 ? (double) vital(random, 1, 2, 0, 6) : null)
                .build();
        return Assessment.builder().patient(patient.build()).complaint(complaint).answers(answers).vitals(vitals)
                .evaluatedAt(Instant.parse("2026-01-01T00:00:00Z")).build();
    }

    /** Unknown now and then; otherwise any age, from a few days old, with infants and children well represented. */
    private static Period randomAge(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> null;
            case 1 -> Period.ofDays(random.nextInt(90));
            case 2 -> Period.ofMonths(3 + random.nextInt(21));
            default -> Period.ofYears(random.nextInt(100));
        };
    }

    /** Mostly within the normal range, sometimes anywhere in the wider one. */
    private static int vital(Random random, int normalLow, int normalHigh, int low, int high) {
        return random.nextInt(7) == 0 ? low + random.nextInt(high - low + 1)
                : normalLow + random.nextInt(normalHigh - normalLow + 1);
    }
}
