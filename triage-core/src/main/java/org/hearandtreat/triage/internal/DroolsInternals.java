package org.hearandtreat.triage.internal;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.MvelParser;
import org.drools.mvel.parser.Providers;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.kie.api.KieBase;
import org.kie.api.builder.KieBuilder;
import org.kie.api.runtime.KieSession;

/**
 * Every Drools internal the engine relies on beyond the public KIE API, in one place, so that a Drools upgrade has one
 * class to re-verify and {@code DroolsInternalsTest} fails loudly if any of them changes:
 * <ul>
 *   <li>resetting a stateful session, which empties it fully (the session pool reuses sessions);</li>
 *   <li>the executable-model index kie-maven-plugin writes into a rules jar, and building a KieBase from its model
 *       classes without compiling anything;</li>
 *   <li>building a folder to the executable model;</li>
 *   <li>Drools' DRL parser and constraint parser, which the rule-language check reads protocol files with.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class DroolsInternals {

    /** The Drools release these internals were verified against; {@code DroolsInternalsTest} checks it is in use. */
    static final String VERIFIED_WITH = "10.1.0";

    /** Name of the model index kie-maven-plugin writes under {@code META-INF/kie/}, one model class per line. */
    static final String MODEL_INDEX = "drools-model";

    private DroolsInternals() {
    }

    /** @return the Drools version on the class path, from its jar manifest, or "unknown" */
    static String droolsVersion() {
        String version = StatefulKnowledgeSessionImpl.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    /**
     * Empties a session fully (facts, agenda, and the bookkeeping deleted facts leave behind). A reset also removes
     * the session's event listeners; the caller adds them again.
     */
    static void resetSession(KieSession session) {
        if (!(session instanceof StatefulKnowledgeSessionImpl impl)) {
            throw new IllegalStateException("Drools " + droolsVersion() + " returned a " + session.getClass().getName()
                    + " session, not the StatefulKnowledgeSessionImpl this engine can reset (verified with Drools "
                    + VERIFIED_WITH + ")");
        }
        impl.reset();
    }

    /** @return whether a rules-jar entry is an executable-model index */
    static boolean isModelIndex(String entryName) {
        return entryName.startsWith("META-INF/kie/") && entryName.endsWith("/" + MODEL_INDEX);
    }

    /** @return the model class names an index lists */
    static List<String> modelClasses(String index) {
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version"))
                .toList();
    }

    /**
     * Builds the KieBase from the generated model classes.
     *
     * @throws ReflectiveOperationException when a listed class cannot be loaded or created
     */
    static KieBase kieBaseFromModels(List<String> modelClasses, ClassLoader classLoader)
            throws ReflectiveOperationException {
        List<Model> models = new ArrayList<>(modelClasses.size());
        for (String name : modelClasses) {
            models.add((Model) Class.forName(name, true, classLoader).getConstructor().newInstance());
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    /** Compiles a KIE file system to the executable model. */
    static KieBuilder buildExecutableModel(KieBuilder builder) {
        return builder.buildAll(ExecutableModelProject.class);
    }

    /** A DRL file as Drools' parser reads it: the package, or the syntax errors with their lines. */
    record ParsedDrl(PackageDescr pkg, List<SyntaxError> errors) {
    }

    /** One syntax error. */
    record SyntaxError(int line, String message) {
    }

    /** Parses a DRL file with the parser the compiler uses. */
    static ParsedDrl parseDrl(String text) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException e) {
            return new ParsedDrl(null, List.of(new SyntaxError(0, "cannot be parsed: " + e.getMessage())));
        }
        List<SyntaxError> errors = new ArrayList<>();
        for (DroolsError error : parser.getErrors()) {
            int line = error instanceof ParserError p ? p.getRow() : error.getLines().length > 0
                    ? error.getLines()[0] : 0;
            errors.add(new SyntaxError(Math.max(line, 0), error.getMessage()));
        }
        if (pkg == null && errors.isEmpty()) {
            errors.add(new SyntaxError(0, "cannot be parsed"));
        }
        return new ParsedDrl(errors.isEmpty() ? pkg : null, List.copyOf(errors));
    }

    /** @return a pattern constraint as the executable-model compiler parses it, or empty when it does not parse */
    static Optional<DrlxExpression> parseConstraint(String expression) {
        try {
            ParseResult<DrlxExpression> result = new MvelParser(new ParserConfiguration())
                    .parse(DrlxParser.buildDrlxParserWithArguments(List.of()),
                            Providers.provider(new StringReader(expression)));
            return result.isSuccessful() ? result.getResult() : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
