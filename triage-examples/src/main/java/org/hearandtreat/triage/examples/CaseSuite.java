package org.hearandtreat.triage.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.hearandtreat.triage.Dispatch;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.Guidance;
import org.hearandtreat.triage.HearAndTreat;
import org.hearandtreat.triage.InvalidAssessmentException;
import org.hearandtreat.triage.InvalidFieldException;
import org.hearandtreat.triage.TriageCase;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageJson;
import org.hearandtreat.triage.TriageResult;

/**
 * Runs every case file under a folder against an engine and compares each disposition with the expected one. The
 * results are immutable; running is confined to the calling thread.
 */
final class CaseSuite {

    /**
     * What happened to one case file; {@code expected} is the case's expected code read against the engine's
     * services, null when the case states none.
     */
    record Outcome(String path, TriageCase triageCase, Disposition expected, TriageResult result, String error) {

        boolean invalid() {
            return error != null;
        }

        boolean checked() {
            return !invalid() && expected != null;
        }

        boolean dispositionMatches() {
            return checked() && expected.equals(result.disposition());
        }

        List<String> missingRules() {
            return invalid() ? List.of() : triageCase.expectedRules().stream()
                    .filter(id -> !result.firedRuleIds().contains(id)).toList();
        }

        boolean passed() {
            return !invalid() && (!checked() || dispositionMatches()) && missingRules().isEmpty();
        }

        boolean underTriage() {
            return checked() && expected.needsCareSoonerThan(result.disposition());
        }

        boolean overTriage() {
            return checked() && result.disposition().needsCareSoonerThan(expected);
        }
    }

    /** Everything a report shows, computed once. */
    record Report(List<Outcome> outcomes) {

        long count(java.util.function.Predicate<Outcome> test) {
            return outcomes.stream().filter(test).count();
        }

        long checked() {
            return count(Outcome::checked);
        }

        long passed() {
            return count(Outcome::passed);
        }

        long failed() {
            return outcomes.size() - passed();
        }

        long underTriage() {
            return count(Outcome::underTriage);
        }

        long overTriage() {
            return count(Outcome::overTriage);
        }

        long invalid() {
            return count(Outcome::invalid);
        }

        boolean green() {
            return failed() == 0 && underTriage() == 0;
        }

        /** @return expected level, then actual level, then the outcomes in that cell */
        Map<String, Map<String, List<Outcome>>> confusion() {
            Map<String, Map<String, List<Outcome>>> matrix = new TreeMap<>(CaseSuite::compareLevels);
            outcomes.stream().filter(Outcome::checked).forEach(o -> matrix
                    .computeIfAbsent(level(o.expected()), k -> new TreeMap<>(CaseSuite::compareLevels))
                    .computeIfAbsent(level(o.result().disposition()), k -> new ArrayList<>()).add(o));
            return matrix;
        }

        /** @return the levels that appear as a row or a column, most urgent first */
        List<String> levels() {
            java.util.TreeSet<String> all = new java.util.TreeSet<>(CaseSuite::compareLevels);
            confusion().forEach((row, cols) -> {
                all.add(row);
                all.addAll(cols.keySet());
            });
            return List.copyOf(all);
        }

        /** @return how cases without an expected disposition were triaged, by level */
        Map<String, Long> untestedTally() {
            Map<String, Long> tally = new TreeMap<>(CaseSuite::compareLevels);
            outcomes.stream().filter(o -> !o.invalid() && !o.checked())
                    .forEach(o -> tally.merge(level(o.result().disposition()), 1L, Long::sum));
            return tally;
        }

        long hearAndTreat() {
            return count(o -> !o.invalid() && !o.result().disposition().isDispatch() && !o.result().flagged());
        }

        long triaged() {
            return outcomes.size() - invalid();
        }
    }

    private CaseSuite() {
    }

    static List<Path> caseFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param engine   the engine to run against
     * @param folder   the case folder
     * @param progress told the number of cases done after each one
     * @return the report
     */
    static Report run(TriageEngine engine, Path folder, IntConsumer progress) {
        List<Path> files = caseFiles(folder);
        List<Outcome> outcomes = new ArrayList<>(files.size());
        for (Path file : files) {
            outcomes.add(run(engine, folder, file));
            progress.accept(outcomes.size());
        }
        return new Report(List.copyOf(outcomes));
    }

    static Outcome run(TriageEngine engine, Path folder, Path file) {
        String rel = folder.relativize(file).toString().replace('\\', '/');
        try {
            TriageCase c = TriageJson.readCase(Files.readString(file));
            Disposition expected = c.expected() == null ? null : engine.vocabulary().disposition(c.expected());
            return new Outcome(rel, c, expected, engine.evaluate(c.assessment(), Guidance.NONE), null);
        } catch (InvalidAssessmentException e) {
            return new Outcome(rel, null, null, null, e.getMessage());
        } catch (InvalidFieldException e) {
            return new Outcome(rel, null, null, null, "$.expected: " + e.getMessage());
        } catch (IOException e) {
            return new Outcome(rel, null, null, null, "cannot be read: " + e.getMessage());
        }
    }

    /** Problems of a report as one line per failing case, for a reload check. */
    static List<String> problems(Report report) {
        List<String> problems = new ArrayList<>();
        for (Outcome o : report.outcomes()) {
            if (o.invalid()) {
                problems.add(o.path() + ": " + o.error());
            } else if (!o.passed()) {
                problems.add(o.path() + ": expected " + o.expected().code() + ", got "
                        + o.result().disposition().code() + (o.missingRules().isEmpty() ? ""
                        : "; rules not fired " + o.missingRules()));
            }
        }
        return problems;
    }

    /** The level a disposition counts at in the confusion matrix: its category, or its referral service. */
    static String level(Disposition d) {
        return d instanceof Dispatch ? d.code() : ((HearAndTreat) d).service();
    }

    /** Dispatch categories first, most urgent first; then services in alphabetical order. */
    static int compareLevels(String a, String b) {
        int byRank = Integer.compare(rank(a), rank(b));
        return byRank != 0 ? byRank : a.compareTo(b);
    }

    private static final List<String> CATEGORIES = List.of("C1", "C2A", "C2B", "C2C", "C3", "C4");

    private static int rank(String level) {
        int i = CATEGORIES.indexOf(level);
        return i < 0 ? CATEGORIES.size() : i;
    }
}
