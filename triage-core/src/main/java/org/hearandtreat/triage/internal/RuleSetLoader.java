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
        return fromDirectory(folder, true);
    }

    /**
     * @param checkLanguage false only for tests of the run-time defences, which need rules the rule-language check
     *                      would reject (a rule that inserts a fact, or re-triggers itself)
     */
    static CompiledRuleSet fromDirectory(Path folder, boolean checkLanguage) throws RuleSetBuildException {
        String label = folder.toString();
        if (!Files.isDirectory(folder)) {
            throw new RuleSetBuildException(label, List.of(new Problem(label, 0, "is not a folder")));
        }
        Map<String, String> files = readFolder(label, folder);
        Parts parts = parts(label, files, checkLanguage);
        List<DrlSource> drls = parts.drls();

        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.hearandtreat.rulesets", "ruleset-" + BUILDS.incrementAndGet(),
                "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> kiePathToFile = new HashMap<>();
        int index = 0;
        for (DrlSource drl : drls) {
            // Numbered, so that no two files can map to the same resource and one silently replace the other.
            String pkgPath = parts.checked().get(drl.path()).packageName().replace('.', '/');
            String fileName = drl.path().substring(drl.path().lastIndexOf('/') + 1);
            String resource = (pkgPath.isEmpty() ? "" : pkgPath + "/") + (index++) + "_" + fileName;
            kiePathToFile.put("src/main/resources/" + resource, drl.path());
            kiePathToFile.put(resource, drl.path());
            kfs.write("src/main/resources/" + resource, drl.text());
        }
        KieBuilder builder = DroolsInternals.buildExecutableModel(ks.newKieBuilder(kfs));
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
     * Checks a rule-set folder without compiling it: the rule language, metadata and every code against the
     * vocabulary. The build of a rules jar runs this before kie-maven-plugin compiles anything, because Drools'
     * compiler evaluates parts of a rule file (annotation values) while it builds.
     *
     * @param args one argument: the rule-set folder
     * @throws RuleSetBuildException listing every problem with file and line
     */
    public static void main(String[] args) throws RuleSetBuildException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RuleSetLoader RULE_SET_FOLDER");
        }
        Path folder = Path.of(args[0]);
        parts(folder.toString(), readFolder(folder.toString(), folder), true);
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
                return DroolsInternals.kieBaseFromModels(contents.modelClasses(), classLoader);
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
        Parts parts = parts(label, files, true);
        try {
            return assemble(label, parts, kieBase.join());
        } catch (CompletionException e) {
            throw new RuleSetBuildException(label, List.of(new Problem("META-INF/kie", 0,
                    "cannot load the executable model: " + e.getCause())));
        }
    }

    private record Parts(RuleSetManifest manifest, Vocabulary vocabulary, List<DrlSource> drls,
            Map<String, RuleLanguage.Checked> checked, String hash, RuleUse use) {
    }

    /** What the rules read: the sets the engine needs to ask questions and add findings. */
    private record RuleUse(Set<String> readByPresent, Set<String> readOtherwise, Set<String> riskFactorsRead,
            Set<String> findingTriggers, Set<String> named) {
    }

    /**
     * Reads the rule-set files of a folder. Symbolic links are refused: they can point outside the folder or change
     * what the content hash covers, and the rule set built must be exactly the files reviewed.
     */
    private static Map<String, String> readFolder(String label, Path folder) throws RuleSetBuildException {
        Map<String, String> files = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder.toRealPath())) {
            Path root = folder.toRealPath();
            for (Path p : walk.sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (Files.isSymbolicLink(p)) {
                    problems.add(new Problem(rel, 0, "is a symbolic link: a rule-set folder holds its own files only, "
                            + "so that what is built is exactly what was reviewed and hashed"));
                } else if (rel.toLowerCase(java.util.Locale.ROOT).endsWith(".drl") && !rel.endsWith(".drl")) {
                    problems.add(new Problem(rel, 0, "is not read: rule files end in .drl, in lower case"));
                } else if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && (rel.endsWith(".drl") || rel.equals(MANIFEST) || rel.equals(VOCABULARY))) {
                    files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new RuleSetBuildException(label, List.of(new Problem(label, 0, "cannot be read: " + e)));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetBuildException(label, problems);
        }
        return files;
    }

    private static Parts parts(String label, Map<String, String> files, boolean checkLanguage)
            throws RuleSetBuildException {
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
        Map<String, RuleLanguage.Checked> checked = new LinkedHashMap<>();
        for (DrlSource drl : drls) {
            checked.put(drl.path(), RuleLanguage.check(drl));
        }
        List<Problem> problems = new ArrayList<>();
        RuleUse use = checkRules(label, vocabulary, checked, checkLanguage, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetBuildException(label, problems);
        }
        return new Parts(manifest, vocabulary, drls, Map.copyOf(checked), hash(files), use);
    }

    /**
     * The checks made before anything is compiled, so that no rule the language rejects ever reaches the compiler:
     * the rule language, required metadata, unique ids and names, and every code named against the vocabulary.
     */
    private static RuleUse checkRules(String label, Vocabulary vocabulary, Map<String, RuleLanguage.Checked> checked,
            boolean checkLanguage, List<Problem> problems) {
        Map<String, String> idToRule = new HashMap<>();
        Map<String, String> nameToFile = new HashMap<>();
        Set<String> readByPresent = new LinkedHashSet<>();
        Set<String> readOtherwise = new LinkedHashSet<>();
        Set<String> named = new LinkedHashSet<>();
        Set<String> riskFactorsRead = new LinkedHashSet<>();
        Set<String> findingTriggers = new LinkedHashSet<>();
        int ruleCount = 0;
        for (Map.Entry<String, RuleLanguage.Checked> entry : checked.entrySet()) {
            String path = entry.getKey();
            RuleLanguage.Checked file = entry.getValue();
            if (checkLanguage || file.rules().isEmpty()) {
                file.problems().forEach(f -> problems.add(new Problem(path, f.line(), f.message())));
            }
            for (RuleLanguage.ParsedRule rule : file.rules()) {
                ruleCount++;
                for (String key : REQUIRED_METADATA) {
                    String value = rule.metadata().get(key);
                    if (value == null || value.isBlank()) {
                        problems.add(new Problem(path, rule.line(), "rule \"" + rule.name() + "\" has no @" + key
                                + "(...)"));
                    }
                }
                String id = rule.metadata().get("id");
                if (id != null && !id.isBlank()) {
                    String clash = idToRule.putIfAbsent(id, rule.name());
                    if (clash != null) {
                        problems.add(new Problem(path, rule.line(), "rule \"" + rule.name() + "\" reuses @id(\"" + id
                                + "\") of rule \"" + clash + "\""));
                    }
                }
                String otherFile = nameToFile.putIfAbsent(file.packageName() + "/" + rule.name(), path);
                if (otherFile != null) {
                    problems.add(new Problem(path, rule.line(), "rule \"" + rule.name() + "\" is also defined in "
                            + otherFile + " in the same package; one would replace the other"));
                }
            }
            for (DrlSource.CodeUse use : file.codeUses()) {
                String missing = missingFromVocabulary(vocabulary, use);
                if (missing != null) {
                    problems.add(new Problem(path, use.line(), "'" + use.code() + "' is not a " + missing + " in "
                            + VOCABULARY));
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
        if (ruleCount == 0 && problems.isEmpty()) {
            problems.add(new Problem(label, 0, "defines no rule"));
        }
        return new RuleUse(Set.copyOf(readByPresent), Set.copyOf(readOtherwise), Set.copyOf(riskFactorsRead),
                Set.copyOf(findingTriggers), Set.copyOf(named));
    }

    /** @return what the code should have been, or null when the vocabulary has it */
    private static String missingFromVocabulary(Vocabulary vocabulary, DrlSource.CodeUse use) {
        return switch (use.kind()) {
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

    /**
     * Pairs every compiled rule with the rule parsed from its file, and fails unless the two agree one to one: a rule
     * of a file missing from the built rule base, or a rule nobody wrote, is an error, never a silent change.
     */
    private static CompiledRuleSet assemble(String label, Parts parts, KieBase kieBase) throws RuleSetBuildException {
        Map<String, RuleDescription> parsed = new HashMap<>();
        Map<String, String> fileOf = new HashMap<>();
        for (Map.Entry<String, RuleLanguage.Checked> file : parts.checked().entrySet()) {
            for (RuleLanguage.ParsedRule rule : file.getValue().rules()) {
                String key = file.getValue().packageName() + "/" + rule.name();
                Map<String, String> meta = rule.metadata();
                parsed.put(key, new RuleDescription(meta.get("id"), rule.name(), file.getValue().packageName(),
                        meta.get("rationale"), meta.get("source"), meta.get("version")));
                fileOf.put(key, file.getKey() + ":" + rule.line());
            }
        }
        List<Problem> problems = new ArrayList<>();
        Map<Rule, RuleDescription> byRule = new HashMap<>();
        Set<String> built = new LinkedHashSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String key = rule.getPackageName() + "/" + rule.getName();
                built.add(key);
                RuleDescription d = parsed.get(key);
                if (d == null) {
                    problems.add(new Problem(label, 0, "the built rule base holds rule \"" + rule.getName()
                            + "\" of package " + rule.getPackageName() + ", which no file of the rule set defines"));
                } else {
                    byRule.put(rule, d);
                }
            }
        }
        for (String key : parsed.keySet()) {
            if (!built.contains(key)) {
                String where = fileOf.get(key);
                problems.add(new Problem(where.substring(0, where.lastIndexOf(':')),
                        Integer.parseInt(where.substring(where.lastIndexOf(':') + 1)), "rule \""
                        + parsed.get(key).name() + "\" is missing from the built rule base"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetBuildException(label, problems);
        }
        SessionPool sessions = new SessionPool(kieBase, new FiringListener());
        RuleSetManifest m = parts.manifest();
        Vocabulary vocabulary = parts.vocabulary();
        RuleUse use = parts.use();
        List<RuleDescription> ordered = byRule.values().stream()
                .sorted(Comparator.comparing(RuleDescription::packageName).thenComparing(RuleDescription::id)).toList();
        return new CompiledRuleSet(new RuleSetInfo(m.id(), m.version(), parts.hash()), vocabulary, sessions,
                Map.copyOf(byRule), ordered, use.readByPresent(), use.readOtherwise(), use.riskFactorsRead(),
                use.findingTriggers(), new VocabularyIndex(vocabulary), use.named());
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

    /** Drools appends parser stack traces to some messages; the clinician needs only what precedes them. */
    private static String firstParagraph(String text) {
        int trace = text.indexOf("Problem stacktrace");
        return (trace < 0 ? text : text.substring(0, trace)).strip().replaceAll("\\s+", " ");
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
