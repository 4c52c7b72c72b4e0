package org.hearandtreat.triage.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.drools.model.codegen.ExecutableModelProject;
import org.hearandtreat.triage.RuleDescription;
import org.hearandtreat.triage.RuleSetBuildException;
import org.hearandtreat.triage.RuleSetBuildException.Problem;
import org.hearandtreat.triage.RuleSetInfo;
import org.hearandtreat.triage.ServiceKind;
import org.hearandtreat.triage.Vocabulary;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/**
 * Builds and validates rule sets, from a folder of DRL files (compiled now, to the executable model) or from a rules
 * jar prebuilt by kie-maven-plugin. Every check runs here, at build time, never at first use: DRL errors, required
 * rule metadata, unique rule ids, and vocabulary codes named by rules. Thread-safe: holds no state but a counter.
 */
public final class RuleSetLoader {

    /** File name of the rule-set manifest at the root of a rule-set folder. */
    public static final String MANIFEST = "ruleset.json";
    /** File name of the vocabulary at the root of a rule-set folder. */
    public static final String VOCABULARY = "vocabulary.json";

    private static final List<String> REQUIRED_METADATA = List.of("id", "source", "rationale", "version");
    private static final AtomicLong BUILDS = new AtomicLong();

    private RuleSetLoader() {
    }

    /**
     * Compiles every {@code .drl} file under the folder, with {@code ruleset.json} and {@code vocabulary.json} at its
     * root.
     *
     * @param folder the rule-set folder
     * @return the validated rule set
     * @throws RuleSetBuildException listing every problem with file and line
     */
    public static CompiledRuleSet fromDirectory(Path folder) throws RuleSetBuildException {
        String label = folder.toString();
        if (!Files.isDirectory(folder)) {
            throw new RuleSetBuildException(label, List.of(new Problem(label, 0, "is not a folder")));
        }
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                if (rel.endsWith(".drl") || rel.equals(MANIFEST) || rel.equals(VOCABULARY)) {
                    files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new RuleSetBuildException(label, List.of(new Problem(label, 0, "cannot be read: " + e)));
        }
        Parts parts = parts(label, files);
        List<DrlSource> drls = parts.drls();

        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.hearandtreat.rulesets", "ruleset-" + BUILDS.incrementAndGet(),
                "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> kiePathToFile = new HashMap<>();
        for (DrlSource drl : drls) {
            String pkgPath = drl.packageName().replace('.', '/');
            String kiePath = "src/main/resources/" + (pkgPath.isEmpty() ? "" : pkgPath + "/")
                    + drl.path().replace('/', '_');
            kiePathToFile.put(kiePath, drl.path());
            kiePathToFile.put(kiePath.substring("src/main/resources/".length()), drl.path());
            kfs.write(kiePath, drl.text());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Problem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String file = m.getPath() == null ? label : kiePathToFile.getOrDefault(m.getPath(), m.getPath());
            problems.add(new Problem(file, Math.max(m.getLine(), 0), firstParagraph(m.getText())));
        }
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RuleSetBuildException(label, problems);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        return assemble(label, parts, kieBase);
    }

    /**
     * Loads a rule set prebuilt into a rules jar on the class path (one rule set per jar): {@code ruleset.json} and
     * {@code vocabulary.json} sit in {@code resourceFolder}, the jar's DRL sources below it are read for checks and
     * the content hash, and the KieBase is built straight from the jar's executable-model classes.
     *
     * @param resourceFolder class-path folder such as {@code org/hearandtreat/triage/protocols}
     * @param classLoader    the class loader that sees the rules jar
     * @return the validated rule set
     * @throws RuleSetBuildException listing every problem
     */
    public static CompiledRuleSet fromClasspath(String resourceFolder, ClassLoader classLoader)
            throws RuleSetBuildException {
        String folder = resourceFolder.replaceAll("^/+|/+$", "");
        String label = "classpath:" + folder;
        RulesJar.Contents contents = RulesJar.read(folder, classLoader);
        if (contents == null) {
            throw new RuleSetBuildException(label, List.of(new Problem(folder + "/" + MANIFEST, 0,
                    "not found on the class path")));
        }
        if (contents.modelClasses().isEmpty()) {
            throw new RuleSetBuildException(label, List.of(new Problem("META-INF/kie", 0,
                    "the rules jar holds no executable model: build it with kie-maven-plugin and "
                            + "drools-model-compiler on its classpath")));
        }
        // Building the KieBase and parsing the JSON each take a few hundred milliseconds of class loading on a cold
        // JVM; doing them side by side is most of what keeps start-up short.
        CompletableFuture<KieBase> kieBase = CompletableFuture.supplyAsync(() -> {
            try {
                return RulesJar.kieBase(contents.modelClasses(), classLoader);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }, task -> {
            Thread thread = new Thread(task, "triage-rules-jar-loader");
            thread.setDaemon(true);
            thread.start();
        });
        Map<String, String> files = new LinkedHashMap<>();
        contents.files().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> files.put(e.getKey(), e.getValue()));
        Parts parts = parts(label, files);
        try {
            return assemble(label, parts, kieBase.join());
        } catch (CompletionException e) {
            throw new RuleSetBuildException(label, List.of(new Problem("META-INF/kie", 0,
                    "cannot load the executable model: " + e.getCause())));
        }
    }

    private record Parts(RuleSetManifest manifest, Vocabulary vocabulary, List<DrlSource> drls, String hash) {
    }

    private static Parts parts(String label, Map<String, String> files) throws RuleSetBuildException {
        for (String required : List.of(MANIFEST, VOCABULARY)) {
            if (!files.containsKey(required)) {
                throw new RuleSetBuildException(label, List.of(new Problem(required, 0, "is missing")));
            }
        }
        RuleSetManifest manifest = parseManifest(label, files.get(MANIFEST));
        Vocabulary vocabulary;
        try {
            vocabulary = Json.MAPPER.readValue(files.get(VOCABULARY), Vocabulary.class);
        } catch (JsonProcessingException e) {
            throw new RuleSetBuildException(label, List.of(jsonProblem(VOCABULARY, e)));
        }
        List<DrlSource> drls = files.entrySet().stream().filter(e -> e.getKey().endsWith(".drl"))
                .map(e -> new DrlSource(e.getKey(), e.getValue())).toList();
        if (drls.isEmpty()) {
            throw new RuleSetBuildException(label, List.of(new Problem(label, 0, "holds no .drl file")));
        }
        return new Parts(manifest, vocabulary, drls, hash(files));
    }

    private static RuleSetManifest parseManifest(String label, String json) throws RuleSetBuildException {
        try {
            return Json.MAPPER.readValue(json, RuleSetManifest.class);
        } catch (JsonProcessingException e) {
            throw new RuleSetBuildException(label, List.of(jsonProblem(MANIFEST, e)));
        }
    }

    private static Problem jsonProblem(String file, JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return new Problem(file, line, Json.violation(e).toString());
    }

    private static CompiledRuleSet assemble(String label, Parts parts, KieBase kieBase) throws RuleSetBuildException {
        List<Problem> problems = new ArrayList<>();
        Map<Rule, RuleDescription> byRule = new HashMap<>();
        Map<String, RuleDescription> byId = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            rules.addAll(pkg.getRules());
        }
        for (Rule rule : rules) {
            DrlSource file = fileOf(parts.drls(), rule);
            String where = file == null ? label : file.path();
            int line = file == null ? 0 : file.lineOfRule(rule.getName());
            Map<String, String> meta = new HashMap<>();
            for (String key : REQUIRED_METADATA) {
                String value = unquote(rule.getMetaData().get(key));
                if (value == null || value.isBlank()) {
                    problems.add(new Problem(where, line, "rule \"" + rule.getName() + "\" has no @" + key + "(...)"));
                } else {
                    meta.put(key, value);
                }
            }
            if (meta.size() == REQUIRED_METADATA.size()) {
                RuleDescription d = new RuleDescription(meta.get("id"), rule.getName(), rule.getPackageName(),
                        meta.get("rationale"), meta.get("source"), meta.get("version"));
                RuleDescription clash = byId.putIfAbsent(d.id(), d);
                if (clash != null) {
                    problems.add(new Problem(where, line, "rule \"" + rule.getName() + "\" reuses @id(\"" + d.id()
                            + "\") of rule \"" + clash.name() + "\""));
                }
                byRule.put(rule, d);
            }
        }
        if (rules.isEmpty()) {
            problems.add(new Problem(label, 0, "defines no rule"));
        }
        Set<String> readByPresent = new LinkedHashSet<>();
        Set<String> readOtherwise = new LinkedHashSet<>();
        Set<String> named = new LinkedHashSet<>();
        Set<String> riskFactorsRead = new LinkedHashSet<>();
        Set<String> findingTriggers = new LinkedHashSet<>();
        Vocabulary vocabulary = parts.vocabulary();
        for (DrlSource drl : parts.drls()) {
            drl.forbiddenUses().forEach(f -> problems.add(new Problem(drl.path(), f.line(), f.message())));
            for (DrlSource.CodeUse use : drl.codeUses()) {
                String missing = switch (use.kind()) {
                    case QUESTION_PRESENT, QUESTION_ABSENT, QUESTION_ANSWERED, FINDING ->
                            vocabulary.question(use.code()).isPresent() ? null : "question code";
                    case COMPLAINT -> vocabulary.complaint(use.code()).isPresent() ? null : "complaint code";
                    case CARE_ADVICE -> vocabulary.adviceEntry(use.code())
                            .filter(a -> a.kind() == Vocabulary.AdviceKind.CARE).isPresent() ? null : "CARE advice key";
                    case WORSENING_ADVICE -> vocabulary.adviceEntry(use.code())
                            .filter(a -> a.kind() == Vocabulary.AdviceKind.WORSENING).isPresent()
                            ? null : "WORSENING advice key";
                    case RISK_FACTOR -> vocabulary.riskFactor(use.code()).isPresent() ? null : "risk-factor code";
                    case SERVICE_WITH_TIMEFRAME -> vocabulary.service(use.code()).isEmpty() ? "service code"
                            : timeframeProblem(vocabulary.service(use.code()).get(), use.timeframe());
                    case SERVICE_WITH_DEFAULT_TIMEFRAME -> vocabulary.service(use.code())
                            .filter(sv -> sv.kind() == ServiceKind.SELF_CARE || sv.defaultWithin() != null).isPresent()
                            ? null : "service with a default time frame (use referWithinHours or referWithinMinutes)";
                };
                if (missing != null) {
                    problems.add(new Problem(drl.path(), use.line(), "'" + use.code() + "' is not a " + missing
                            + " in " + VOCABULARY));
                }
                named.add(use.code());
                if (use.kind() == DrlSource.CodeUse.Kind.FINDING) {
                    readByPresent.add(use.code());
                    findingTriggers.add(use.code());
                } else if (use.kind() == DrlSource.CodeUse.Kind.QUESTION_PRESENT) {
                    readByPresent.add(use.code());
                } else if (use.kind().question()) {
                    readOtherwise.add(use.code());
                } else if (use.kind() == DrlSource.CodeUse.Kind.RISK_FACTOR) {
                    riskFactorsRead.add(use.code());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetBuildException(label, problems);
        }
        SessionPool sessions = new SessionPool(kieBase, new FiringListener());
        RuleSetManifest m = parts.manifest();
        List<RuleDescription> ordered = byRule.values().stream()
                .sorted(Comparator.comparing(RuleDescription::packageName).thenComparing(RuleDescription::id)).toList();
        return new CompiledRuleSet(new RuleSetInfo(m.id(), m.version(), parts.hash()), vocabulary, sessions,
                Map.copyOf(byRule), ordered, Set.copyOf(readByPresent), Set.copyOf(readOtherwise),
                Set.copyOf(riskFactorsRead), Set.copyOf(findingTriggers), new VocabularyIndex(vocabulary),
                Set.copyOf(named));
    }

    /** @return why the service cannot take the literal time frame, or null when it can (or none is literal) */
    private static String timeframeProblem(Vocabulary.Service service, java.time.Duration within) {
        if (within == null) {
            return null;
        }
        try {
            service.refer(within);
            return null;
        } catch (org.hearandtreat.triage.InvalidFieldException e) {
            return "service that takes a referral within " + within + " (" + e.expected() + ")";
        }
    }

    private static DrlSource fileOf(List<DrlSource> drls, Rule rule) {
        return drls.stream().filter(d -> d.packageName().equals(rule.getPackageName()))
                .filter(d -> d.lineOfRule(rule.getName()) > 0).findFirst().orElse(null);
    }

    /** Drools appends parser stack traces to some messages; the clinician needs only what precedes them. */
    private static String firstParagraph(String text) {
        int trace = text.indexOf("Problem stacktrace");
        return (trace < 0 ? text : text.substring(0, trace)).strip().replaceAll("\\s+", " ");
    }

    private static String unquote(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static String hash(Map<String, String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.keySet().stream().sorted().forEach(name -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(files.get(name).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
