package org.hearandtreat.triage;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.hearandtreat.triage.internal.CompiledRuleSet;
import org.hearandtreat.triage.internal.RuleSetLoader;

/**
 * A built and validated rule set: compiled protocols, their question vocabulary and the rule metadata. Immutable and
 * thread-safe; one rule set can serve any number of engines. Factory arguments must not be null.
 *
 * <p>Every check runs when the rule set is built, never at first use: DRL compile errors, the {@code @id},
 * {@code @source}, {@code @rationale} and {@code @version} every rule must carry, unique rule ids, and every
 * question, complaint and advice code a rule names must be in the vocabulary. A failed build throws one
 * {@link RuleSetBuildException} listing file, line and message for each problem.
 *
 * <p>A rule-set folder holds {@code ruleset.json} (id, version, title; and kieBase for a rules jar),
 * {@code vocabulary.json} and any number of {@code .drl} files in sub-folders, one per protocol.
 */
public final class RuleSet {

    private final CompiledRuleSet compiled;

    private RuleSet(CompiledRuleSet compiled) {
        this.compiled = compiled;
    }

    /**
     * Compiles a folder of DRL files at run time (to the executable model). Takes seconds; use it for clinicians'
     * own protocols and for reloads, off the evaluation path.
     *
     * @param folder the rule-set folder
     * @return the rule set
     * @throws RuleSetBuildException listing every problem with file and line
     */
    public static RuleSet fromDirectory(Path folder) throws RuleSetBuildException {
        return new RuleSet(RuleSetLoader.fromDirectory(Objects.requireNonNull(folder, "folder")));
    }

    /**
     * Loads a rule set prebuilt into a rules jar by kie-maven-plugin (executable model), such as
     * {@code triage-rules}. Fast: nothing is compiled at run time.
     *
     * @param resourceFolder class-path folder holding {@code ruleset.json} and {@code vocabulary.json}
     * @return the rule set
     * @throws RuleSetBuildException listing every problem
     */
    public static RuleSet fromClasspath(String resourceFolder) throws RuleSetBuildException {
        return fromClasspath(resourceFolder, Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : RuleSet.class.getClassLoader());
    }

    /**
     * As {@link #fromClasspath(String)}, with an explicit class loader.
     *
     * @param resourceFolder class-path folder holding {@code ruleset.json} and {@code vocabulary.json}
     * @param classLoader    the class loader that sees the rules jar
     * @return the rule set
     * @throws RuleSetBuildException listing every problem
     */
    public static RuleSet fromClasspath(String resourceFolder, ClassLoader classLoader) throws RuleSetBuildException {
        return new RuleSet(RuleSetLoader.fromClasspath(Objects.requireNonNull(resourceFolder, "resourceFolder"),
                Objects.requireNonNull(classLoader, "classLoader")));
    }

    /** @return id, version and content hash */
    public RuleSetInfo info() {
        return compiled.info();
    }

    /** @return the vocabulary */
    public Vocabulary vocabulary() {
        return compiled.vocabulary();
    }

    /** @return every rule's metadata, in package and id order */
    public List<RuleDescription> rules() {
        return compiled.ruleList();
    }

    /**
     * @return every vocabulary code (question, complaint, advice key) that some rule names; the rest of the
     *         vocabulary is read by no rule (a red flag no rule reads still blocks hear and treat until answered)
     */
    public java.util.Set<String> codesNamedByRules() {
        return compiled.codesNamedByRules();
    }

    CompiledRuleSet compiled() {
        return compiled;
    }

    @Override
    public String toString() {
        return "RuleSet[" + info() + ", " + rules().size() + " rules]";
    }
}
