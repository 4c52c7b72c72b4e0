package org.hearandtreat.triage.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearandtreat.triage.Age;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Consciousness;
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
        Vitals vitals = Vitals.NONE;
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
            Answer answer = switch (line.strip().toLowerCase()) {
                case "y", "yes" -> Answer.YES;
                case "n", "no" -> Answer.NO;
                case "u", "unknown" -> Answer.UNKNOWN;
                default -> null;
            };
            if (answer != null && engine.vocabulary().riskFactor(next.code()).isPresent()) {
                patient = patient.toBuilder().history(next.code(), answer).build();
            } else if (answer != null) {
                answers.put(next.code(), answer);
            } else if (line.strip().equalsIgnoreCase("v")) {
                vitals = vitals(vitals);
            } else {
                out.println("Please answer y, n or u (or v for vitals, q to stop).");
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
            Files.writeString(save, TriageJson.write(new TriageCase(description, assessment,
                    result.disposition().code(), result.firedRuleIds())) + System.lineSeparator());
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
        Period age;
        try {
            age = age("Age in years, or for a baby in days, weeks or months such as 10d, 6w or 9m (blank if unknown)",
                    false);
        } catch (EndOfInput e) {
            return null;
        }
        if (age != null && age.isZero()) {
            try {
                age = age("Under a year: age in days, weeks or months, such as 10d, 6w or 9m", true);
            } catch (EndOfInput e) {
                return null;
            }
        }
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
        Pregnancy pregnancy = Pregnancy.UNKNOWN;
        boolean couldBePregnant = sex != Sex.MALE && (age == null
                || Age.inDays(age) >= Patient.PREGNANCY_FROM_YEARS * Age.DAYS_PER_YEAR
                && Age.completedYears(age) <= Patient.PREGNANCY_TO_YEARS);
        if (couldBePregnant) {
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
        } else if (sex == Sex.MALE || age != null) {
            pregnancy = Pregnancy.NOT_PREGNANT;
        }
        return Patient.builder().age(age).sex(sex).pregnancy(pregnancy).build();
    }

    /** Input ended while a question was open. */
    private static final class EndOfInput extends Exception {
        private static final long serialVersionUID = 1L;

        EndOfInput() {
            super(null, null, false, false);
        }
    }

    private static final Pattern AGE = Pattern.compile("(\\d{1,3})\\s*([ydwm]?)");

    /**
     * @param underAYear true to insist on a unit (a bare number would be read as years) and an age under a year
     * @return an age such as 84, 18m, 6w or 10d, or null when left blank
     */
    private Period age(String prompt, boolean underAYear) throws IOException, EndOfInput {
        while (true) {
            String line = ask(prompt);
            if (line == null) {
                throw new EndOfInput();
            }
            if (line.isBlank()) {
                return null;
            }
            Matcher m = AGE.matcher(line.strip().toLowerCase());
            if (m.matches()) {
                int n = Integer.parseInt(m.group(1));
                Period age = switch (m.group(2)) {
                    case "d" -> Period.ofDays(n);
                    case "w" -> Period.ofWeeks(n);
                    case "m" -> Period.ofMonths(n);
                    default -> Period.ofYears(n);
                };
                boolean fits = underAYear ? !m.group(2).isEmpty() && Age.inDays(age) < Age.DAYS_PER_YEAR
                        : Age.inDays(age) <= Age.inDays(Age.OLDEST);
                if (fits) {
                    return age;
                }
            }
            out.println(underAYear ? "Please give the age with its unit, under a year: such as 10d, 6w or 9m."
                    : "Please give an age such as 84, 18m, 6w or 10d, up to 130 years, or leave it blank.");
        }
    }

    private Vitals vitals(Vitals v) throws IOException {
        out.println("Vital signs: press enter to leave one unchanged.");
        Integer rr = number("Respiration rate /min", 0, 100);
        Integer spo2 = number("SpO2 %", 1, 100);
        String oxygen = ask("On oxygen? (y/n)");
        Integer sbp = number("Systolic BP mmHg", 20, 300);
        Integer dbp = number("Diastolic BP mmHg", 5, 200);
        Integer pulse = number("Pulse /min", 0, 300);
        String acvpu = ask("Consciousness (a=alert, c=new confusion, v=voice, p=pain, u=unresponsive)");
        String temp = ask("Temperature C");
        String glucose = ask("Blood glucose mmol/L");
        String refill = ask("Capillary refill seconds");
        Consciousness level = acvpu == null ? null : switch (acvpu.strip().toLowerCase()) {
            case "a" -> Consciousness.ALERT;
            case "c" -> Consciousness.NEW_CONFUSION;
            case "v" -> Consciousness.VOICE;
            case "p" -> Consciousness.PAIN;
            case "u" -> Consciousness.UNRESPONSIVE;
            default -> null;
        };
        try {
            Vitals.Builder b = v.toBuilder();
            if (rr != null) {
                b.respirationRate(rr);
            }
            if (spo2 != null) {
                b.spo2(spo2);
            }
            if (oxygen != null && !oxygen.isBlank()) {
                b.onOxygen(oxygen.strip().equalsIgnoreCase("y"));
            }
            if (sbp != null) {
                b.systolicBp(sbp);
            }
            if (dbp != null) {
                b.diastolicBp(dbp);
            }
            if (pulse != null) {
                b.pulse(pulse);
            }
            if (level != null) {
                b.consciousness(level);
            }
            Double temperature = decimal(temp);
            if (temperature != null) {
                b.temperatureCelsius(temperature);
            }
            Double mmolL = decimal(glucose);
            if (mmolL != null) {
                b.bloodGlucoseMmolL(mmolL);
            }
            Double seconds = decimal(refill);
            if (seconds != null) {
                b.capillaryRefillSeconds(seconds);
            }
            return b.build();
        } catch (NumberFormatException | InvalidFieldException e) {
            out.println("Not recorded: " + e.getMessage());
            return v;
        }
    }

    private static Double decimal(String line) {
        return line == null || line.isBlank() ? null : Double.valueOf(line.strip());
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
