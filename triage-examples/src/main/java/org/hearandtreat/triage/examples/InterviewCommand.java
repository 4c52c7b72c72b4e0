package org.hearandtreat.triage.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Consciousness;
import org.hearandtreat.triage.History;
import org.hearandtreat.triage.InvalidFieldException;
import org.hearandtreat.triage.NextQuestion;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Pregnancy;
import org.hearandtreat.triage.Sex;
import org.hearandtreat.triage.TriageCase;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageJson;
import org.hearandtreat.triage.TriageResult;
import org.hearandtreat.triage.Vitals;
import org.hearandtreat.triage.Vocabulary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code triage interview}: asks the question the engine says matters next, one at a time, shows the provisional
 * disposition whenever it changes, and stops when no unanswered question can change it. Reads answers line by line,
 * so it can be driven by a script as well as a person.
 */
@Command(name = "interview", mixinStandardHelpOptions = true,
        description = "Interactive triage: answer the next question that matters (y/n/u), enter vitals with v, stop "
                + "with q; ends when no unanswered question can change the disposition.")
final class InterviewCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    RulesOption rulesOption;

    @Option(names = "--save", paramLabel = "FILE", description = "Save the assessment as a case file at the end.")
    Path save;

    @Option(names = "--at", paramLabel = "INSTANT",
            description = "Evaluation instant (ISO-8601); default: now. Set it to replay a past call exactly.")
    Instant at;

    private PrintWriter out;
    private BufferedReader in;

    @Override
    public Integer call() throws IOException {
        out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        in = new BufferedReader(new InputStreamReader(TriageCli.environment.in(), StandardCharsets.UTF_8));
        TriageEngine engine = TriageCli.engine(rulesOption.rules, err);
        if (engine == null) {
            return TriageCli.EXIT_BAD_RULES;
        }
        Instant instant = at != null ? at : TriageCli.environment.clock().instant();
        out.println("Triage interview (" + engine.ruleSetInfo() + "). Decision support for trained clinicians.");
        List<Vocabulary.Complaint> complaints = engine.vocabulary().complaints();
        for (int i = 0; i < complaints.size(); i++) {
            out.printf("%3d  %s%n", i + 1, complaints.get(i).text());
        }
        String complaint = choose("Presenting complaint (number)", complaints);
        if (complaint == null) {
            return stopped();
        }
        Patient patient = patient();
        if (patient == null) {
            return stopped();
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        Vitals vitals = null;
        String shown = null;
        while (true) {
            Assessment assessment = new Assessment(patient, complaint, answers, vitals, instant);
            TriageResult result = engine.evaluate(assessment);
            String provisional = result.disposition().describe() + " [" + result.disposition().code() + "]";
            if (!provisional.equals(shown)) {
                out.println("Provisional: " + provisional);
                result.flags().forEach(f -> out.println("  ! " + f.description()));
                shown = provisional;
            }
            if (result.nextQuestions().isEmpty()) {
                out.println("No unanswered question can change this disposition.");
                return finish(result, assessment);
            }
            NextQuestion next = result.nextQuestions().get(0);
            out.print(next.text() + (next.redFlag() ? " [red flag]" : "") + " (y/n/u, v=vitals, q=stop) ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equalsIgnoreCase("q")) {
                out.println();
                out.println("Stopped with questions unanswered: the disposition is provisional.");
                return finish(result, assessment);
            }
            switch (line.strip().toLowerCase()) {
                case "y", "yes" -> answers.put(next.code(), Answer.YES);
                case "n", "no" -> answers.put(next.code(), Answer.NO);
                case "u", "unknown" -> answers.put(next.code(), Answer.UNKNOWN);
                case "v" -> vitals = vitals(vitals);
                default -> out.println("Please answer y, n or u (or v for vitals, q to stop).");
            }
        }
    }

    private int stopped() {
        out.println("Interview stopped.");
        return TriageCli.EXIT_BAD_INPUT;
    }

    private int finish(TriageResult result, Assessment assessment) throws IOException {
        out.print(result.explain());
        if (save != null) {
            out.print("Description for the saved case: ");
            out.flush();
            String description = in.readLine();
            if (description == null || description.isBlank()) {
                description = "Interview of " + assessment.evaluatedAt();
            }
            Files.writeString(save, TriageJson.write(new TriageCase(description, assessment, result.disposition(),
                    result.firedRuleIds())) + System.lineSeparator());
            out.println("Saved " + save);
        }
        return 0;
    }

    private String choose(String prompt, List<Vocabulary.Complaint> complaints) throws IOException {
        while (true) {
            out.print(prompt + ": ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                return null;
            }
            try {
                int n = Integer.parseInt(line.strip());
                if (n >= 1 && n <= complaints.size()) {
                    return complaints.get(n - 1).code();
                }
            } catch (NumberFormatException e) {
                var byCode = complaints.stream().filter(c -> c.code().equalsIgnoreCase(line.strip())).findFirst();
                if (byCode.isPresent()) {
                    return byCode.get().code();
                }
            }
            out.println("Please give a number from 1 to " + complaints.size() + ".");
        }
    }

    private Patient patient() throws IOException {
        Integer age = number("Age in years (blank if unknown)", 0, 130);
        String sexLine = ask("Sex (f/m/o, blank if unknown)");
        if (sexLine == null) {
            return null;
        }
        Sex sex = switch (sexLine.strip().toLowerCase()) {
            case "f" -> Sex.FEMALE;
            case "m" -> Sex.MALE;
            case "o" -> Sex.OTHER;
            default -> Sex.UNKNOWN;
        };
        Pregnancy pregnancy = Pregnancy.NOT_PREGNANT;
        if (sex != Sex.MALE) {
            String p = ask("Pregnant? (y/n/u, p = gave birth in the last 6 weeks)");
            if (p == null) {
                return null;
            }
            pregnancy = switch (p.strip().toLowerCase()) {
                case "y" -> Pregnancy.pregnant(number("Weeks of gestation (blank if unknown)", 0, 45));
                case "p" -> Pregnancy.POSTPARTUM;
                case "n" -> Pregnancy.NOT_PREGNANT;
                default -> Pregnancy.UNKNOWN;
            };
        }
        String anticoagulated = ask("Takes a blood thinner or has a bleeding disorder? (y/n/u)");
        if (anticoagulated == null) {
            return null;
        }
        Answer anticoagulation = switch (anticoagulated.strip().toLowerCase()) {
            case "y" -> Answer.YES;
            case "n" -> Answer.NO;
            default -> Answer.UNKNOWN;
        };
        return new Patient(age, sex, pregnancy, new History(anticoagulation, false, false, null));
    }

    private Vitals vitals(Vitals current) throws IOException {
        Vitals v = current == null ? Vitals.NONE : current;
        out.println("Vital signs: press enter to leave one unchanged.");
        Integer rr = number("Respiration rate /min", 0, 100);
        Integer spo2 = number("SpO2 %", 1, 100);
        String oxygen = ask("On oxygen? (y/n)");
        Integer sbp = number("Systolic BP mmHg", 20, 300);
        Integer pulse = number("Pulse /min", 0, 300);
        String acvpu = ask("Consciousness (a=alert, c=new confusion, v=voice, p=pain, u=unresponsive)");
        String temp = ask("Temperature C");
        Consciousness level = acvpu == null ? null : switch (acvpu.strip().toLowerCase()) {
            case "a" -> Consciousness.ALERT;
            case "c" -> Consciousness.NEW_CONFUSION;
            case "v" -> Consciousness.VOICE;
            case "p" -> Consciousness.PAIN;
            case "u" -> Consciousness.UNRESPONSIVE;
            default -> null;
        };
        Double temperature = null;
        try {
            temperature = temp == null || temp.isBlank() ? null : Double.valueOf(temp.strip());
            v = new Vitals(rr != null ? rr : v.respirationRate(), spo2 != null ? spo2 : v.spo2(),
                    oxygen == null || oxygen.isBlank() ? v.onOxygen() : oxygen.strip().equalsIgnoreCase("y"),
                    sbp != null ? sbp : v.systolicBp(), pulse != null ? pulse : v.pulse(),
                    level != null ? level : v.consciousness(), temperature != null ? temperature : v.temperatureCelsius());
        } catch (NumberFormatException | InvalidFieldException e) {
            out.println("Not recorded: " + e.getMessage());
        }
        return v.equals(Vitals.NONE) ? null : v;
    }

    private Integer number(String prompt, int min, int max) throws IOException {
        while (true) {
            String line = ask(prompt);
            if (line == null || line.isBlank()) {
                return null;
            }
            try {
                int n = Integer.parseInt(line.strip());
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
            out.println("Please give a whole number from " + min + " to " + max + ", or leave it blank.");
        }
    }

    private String ask(String prompt) throws IOException {
        out.print(prompt + ": ");
        out.flush();
        return in.readLine();
    }
}
