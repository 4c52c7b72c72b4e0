package org.hearandtreat.triage.internal;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;
import org.hearandtreat.triage.AdvanceCarePlan;
import org.hearandtreat.triage.Age;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.C2Segment;
import org.hearandtreat.triage.Consciousness;
import org.hearandtreat.triage.News2Score;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Pregnancy;
import org.hearandtreat.triage.Sex;
import org.hearandtreat.triage.Vitals;
import org.hearandtreat.triage.internal.DrlSource.CodeUse;
import org.hearandtreat.triage.rules.Call;
import org.hearandtreat.triage.rules.CallContext;
import org.hearandtreat.triage.rules.Finding;
import org.hearandtreat.triage.rules.Proposal;

/**
 * The rule language of a protocol folder, checked from the parsed DRL before anything is compiled: a rule may only
 * read the call through the engine's helper methods and propose a disposition. Everything else (inserting or changing
 * facts, functions, globals, queries, declared types, imports outside the rule API, any other class, reflection,
 * threads, I/O, the clock, attributes that change whether a rule fires) is rejected with its file and line. Drools'
 * own DRL parser reads the file; constraints are parsed with Drools' constraint parser and consequences with
 * JavaParser, so the checks see the syntax tree, never the text. The checks allow what is listed and reject anything
 * else, so a construct nobody thought of is rejected too. Every code a rule names, in any form, is collected for the
 * vocabulary check. Stateless and thread-safe.
 */
final class RuleLanguage {

    /** One rule as parsed, with its metadata values unquoted. */
    record ParsedRule(String name, int line, Map<String, String> metadata) {
    }

    /** A construct the rule language does not allow, with its line. */
    record Forbidden(int line, String message) {
    }

    /** What the check found in one file. */
    record Checked(String packageName, List<ParsedRule> rules, List<CodeUse> codeUses, List<Forbidden> problems) {
    }

    /** The types a rule may name: its facts and the value types the helpers take or return. */
    static final Map<String, Class<?>> TYPES = types(Call.class, Finding.class, C2Segment.class, Sex.class,
            Answer.class, Consciousness.class);
    /** The types whose public instance methods a rule may call: the facts, a proposal, and immutable records. */
    private static final Set<Class<?>> RECEIVERS = Set.of(Call.class, Finding.class, CallContext.class,
            Proposal.class, Patient.class, Vitals.class, News2Score.class, Pregnancy.class, AdvanceCarePlan.class,
            Age.class);
    /** The fact property a pattern may compare with a code, and the kind of code it holds. */
    private static final Map<Class<?>, Map<String, CodeUse.Kind>> CODE_PROPERTIES = Map.of(
            Call.class, Map.of("complaint", CodeUse.Kind.COMPLAINT, "getComplaint", CodeUse.Kind.COMPLAINT),
            Finding.class, Map.of("code", CodeUse.Kind.QUESTION_ANSWERED, "getCode", CodeUse.Kind.QUESTION_ANSWERED));
    /** Helper methods that take a vocabulary code as their first argument, and the kind of code. */
    static final Map<String, CodeUse.Kind> CODE_ARGUMENTS = Map.of(
            "present", CodeUse.Kind.QUESTION_PRESENT, "absent", CodeUse.Kind.QUESTION_ABSENT,
            "answered", CodeUse.Kind.QUESTION_ANSWERED, "complaintIs", CodeUse.Kind.COMPLAINT,
            "hasRisk", CodeUse.Kind.RISK_FACTOR, "careAdvice", CodeUse.Kind.CARE_ADVICE,
            "worseningAdvice", CodeUse.Kind.WORSENING_ADVICE, "referTo", CodeUse.Kind.SERVICE_WITH_DEFAULT_TIMEFRAME,
            "referWithinHours", CodeUse.Kind.SERVICE_WITH_TIMEFRAME,
            "referWithinMinutes", CodeUse.Kind.SERVICE_WITH_TIMEFRAME);
    private static final Set<String> DISPATCH = Set.of("category1", "category2", "category3", "category4");
    private static final Set<String> COMPLAINT_READS = Set.of("complaint", "getComplaint", "complaintIs");
    private static final Set<String> FACT_CHANGES = Set.of("insert", "insertLogical", "update", "modify", "delete",
            "retract");
    private static final Set<String> METADATA = Set.of("id", "version", "source", "rationale");
    /** A double-quoted string with no quote or backslash inside: nothing an expression evaluator could run. */
    private static final Pattern LITERAL_TEXT = Pattern.compile("\"[^\"\\\\]*\"");
    /** Bindings start with $, so a binding can never shadow a property of the call such as complaint or code. */
    private static final Pattern BINDING = Pattern.compile("\\$[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern MODIFY_BLOCK = Pattern.compile("\\b(modify|with)\\s*\\(");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\+u");

    private RuleLanguage() {
    }

    private static Map<String, Class<?>> types(Class<?>... types) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> type : types) {
            byName.put(type.getSimpleName(), type);
            byName.put(type.getName(), type);
        }
        return Map.copyOf(byName);
    }

    /**
     * @param source one DRL file
     * @return its package, rules, the codes its rules name and every construct the rule language does not allow
     */
    static Checked check(DrlSource source) {
        List<Forbidden> problems = new ArrayList<>();
        Matcher escape = UNICODE_ESCAPE.matcher(source.text());
        while (escape.find()) {
            // The Java compiler decodes \\uXXXX before it reads the code, even inside strings and comments, so an
            // escape can hide code from every check below.
            problems.add(new Forbidden(source.lineAt(escape.start()), "unicode escapes (\\u) are not allowed in "
                    + "rules: write the character itself"));
        }
        DroolsInternals.ParsedDrl parsed = DroolsInternals.parseDrl(source.text());
        if (parsed.pkg() == null) {
            parsed.errors().forEach(e -> problems.add(new Forbidden(e.line(), e.message())));
            return new Checked("", List.of(), List.of(), problems);
        }
        PackageDescr pkg = parsed.pkg();
        FileCheck file = new FileCheck(source, problems);
        file.packageLevel(pkg);
        List<ParsedRule> rules = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            rules.add(file.rule(rule));
        }
        return new Checked(pkg.getName() == null ? "" : pkg.getName(), List.copyOf(rules), List.copyOf(file.codes),
                List.copyOf(problems));
    }

    /** The checks of one file; collects problems and codes. */
    private static final class FileCheck {
        private final DrlSource source;
        private final List<Forbidden> problems;
        private final List<CodeUse> codes = new ArrayList<>();
        private final Map<String, Class<?>> imported = new HashMap<>();

        FileCheck(DrlSource source, List<Forbidden> problems) {
            this.source = source;
            this.problems = problems;
        }

        void problem(int line, String message) {
            Forbidden problem = new Forbidden(Math.max(line, 0), message);
            if (!problems.contains(problem)) {
                // once: a package-level attribute is seen again on every rule that inherits it
                problems.add(problem);
            }
        }

        void packageLevel(PackageDescr pkg) {
            for (ImportDescr imp : pkg.getImports()) {
                Class<?> type = TYPES.get(imp.getTarget());
                if (type == null || !imp.getTarget().contains(".")) {
                    problem(imp.getLine(), "import " + imp.getTarget() + " is not allowed: rules import only "
                            + allowedImports());
                } else {
                    imported.put(type.getSimpleName(), type);
                }
            }
            pkg.getFunctionImports().forEach(d -> problem(d.getLine(), "import function is not allowed: rules call "
                    + "only the engine's helper methods"));
            pkg.getAccumulateImports().forEach(d -> problem(d.getLine(), "import accumulate is not allowed"));
            pkg.getFunctions().forEach(d -> problem(d.getLine(), "function " + d.getName() + " is not allowed: rules "
                    + "call only the engine's helper methods"));
            pkg.getGlobals().forEach(d -> problem(d.getLine(), "global " + d.getIdentifier() + " is not allowed: a "
                    + "rule reads only the call"));
            pkg.getTypeDeclarations().forEach(d -> problem(d.getLine(), "declare " + d.getTypeName()
                    + " is not allowed: a rule reads only the call"));
            pkg.getEnumDeclarations().forEach(d -> problem(d.getLine(), "declare enum " + d.getTypeName()
                    + " is not allowed: a rule reads only the call"));
            pkg.getEntryPointDeclarations().forEach(d -> problem(d.getLine(), "entry points are not allowed"));
            pkg.getWindowDeclarations().forEach(d -> problem(d.getLine(), "windows are not allowed"));
            if (pkg.getUnit() != null) {
                problem(pkg.getUnit().getLine(), "rule units are not allowed");
            }
            for (AttributeDescr attribute : pkg.getAttributes()) {
                attribute(attribute);
            }
        }

        private static String allowedImports() {
            return TYPES.keySet().stream().filter(n -> n.contains(".")).sorted().reduce((a, b) -> a + ", " + b)
                    .orElse("");
        }

        void attribute(AttributeDescr attribute) {
            String name = attribute.getName();
            String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
            switch (name) {
                case "dialect" -> {
                    if (!value.replace("\"", "").equals("java")) {
                        problem(attribute.getLine(), "rules use the Java dialect, not dialect \"" + value.replace("\"", "")
                                + "\"");
                    }
                }
                case "salience" -> {
                    if (!value.matches("-?\\d{1,6}")) {
                        problem(attribute.getLine(), "salience is a whole number, not " + value);
                    }
                }
                case "no-loop" -> {
                    // harmless: a rule never changes a fact, so it cannot loop
                }
                default -> problem(attribute.getLine(), "attribute " + name + " is not allowed: it changes whether "
                        + "or when a rule fires, and every rule whose conditions hold must fire");
            }
        }

        ParsedRule rule(RuleDescr rule) {
            int line = rule.getLine();
            String quoted = "\"" + rule.getName() + "\"";
            Map<String, String> metadata = new LinkedHashMap<>();
            for (AnnotationDescr annotation : rule.getAnnotations()) {
                Map<String, Object> values = annotation.getValueMap();
                Object value = values.size() == 1 ? annotation.getSingleValue() : null;
                String text = value == null ? "" : value.toString().strip();
                int at = annotationLine(line, annotation.getName());
                if (!METADATA.contains(annotation.getName())) {
                    // Drools evaluates other annotation values as expressions while it builds (MVEL, then Java).
                    problem(at, "@" + annotation.getName() + " is not allowed: a rule carries only @id, @version, "
                            + "@source and @rationale");
                    continue;
                }
                if (!LITERAL_TEXT.matcher(text).matches()) {
                    problem(at, "@" + annotation.getName() + " takes one literal text in double quotes, as @"
                            + annotation.getName() + "(\"...\")");
                }
                metadata.put(annotation.getName(), unquote(text));
            }
            if (rule.isQuery()) {
                problem(line, "query " + quoted + " is not allowed: the engine asks the questions");
                return new ParsedRule(rule.getName(), line, metadata);
            }
            if (rule.getParentName() != null) {
                problem(line, "rule " + quoted + " extends another rule; write each rule's conditions in full, so "
                        + "that every check sees them");
            }
            rule.getAttributes().values().forEach(this::attribute);
            if (!rule.getNamedConsequences().isEmpty()) {
                problem(line, "rule " + quoted + " has named consequences; write one consequence per rule");
            }
            Scope scope = new Scope();
            lhs(rule.getLhs(), scope);
            Object consequence = rule.getConsequence();
            consequence(rule, consequence == null ? "" : consequence.toString(), scope);
            if (scope.readsComplaint && scope.proposesDispatch) {
                problem(line, "rule " + quoted + " proposes an ambulance but tests the complaint: findings decide, "
                        + "whatever complaint the call was opened under; only hear-and-treat endpoints may test the "
                        + "complaint");
            }
            return new ParsedRule(rule.getName(), line, metadata);
        }

        /**
         * Records the bindings of a condition already rejected, so that the consequence's use of them is not reported
         * a second time.
         */
        private void bindQuietly(BaseDescr element, Scope scope) {
            if (element instanceof PatternDescr p && p.getIdentifier() != null) {
                Class<?> type = p.getObjectType() == null ? null : imported.get(p.getObjectType());
                scope.bindings.put(p.getIdentifier(), type == null ? Call.class : type);
            }
        }

        /** @return the line of {@code @name} in the rule starting at {@code ruleLine} (Drools keeps no line for it) */
        private int annotationLine(int ruleLine, String name) {
            Matcher m = Pattern.compile("@" + Pattern.quote(name) + "\\b").matcher(source.text());
            return m.find(source.offsetOfLine(Math.max(ruleLine, 1))) ? source.lineAt(m.start()) : ruleLine;
        }

        private void lhs(BaseDescr element, Scope scope) {
            if (element instanceof AndDescr and) {
                and.getDescrs().forEach(d -> lhs(d, scope));
            } else if (element instanceof OrDescr or) {
                problem(element.getLine(), "or between patterns is not allowed: write one rule for each alternative, "
                        + "or use || inside one pattern");
                or.getDescrs().forEach(d -> bindQuietly(d, scope));
            } else if (element instanceof NotDescr not) {
                not.getDescrs().forEach(d -> lhs(d, scope));
            } else if (element instanceof ExistsDescr exists) {
                exists.getDescrs().forEach(d -> lhs((BaseDescr) d, scope));
            } else if (element instanceof PatternDescr pattern) {
                pattern(pattern, scope);
            } else {
                String kind = element.getClass().getSimpleName().replace("Descr", "").toLowerCase(java.util.Locale.ROOT);
                problem(element.getLine(), kind + " is not allowed in a condition: match Call or Finding patterns, "
                        + "combined with and, or, not and exists");
            }
        }

        private void pattern(PatternDescr pattern, Scope scope) {
            if (pattern.getObjectType() == null) {
                problem(pattern.getLine(), "OOPath and other pattern forms are not allowed: match Call(...) or "
                        + "Finding(...)");
                bindQuietly(pattern, scope);
                return;
            }
            if (!pattern.getAnnotations().isEmpty()) {
                problem(pattern.getLine(), "annotations on a pattern are not allowed");
            }
            if (pattern.getIdentifier() != null && !BINDING.matcher(pattern.getIdentifier()).matches()) {
                problem(pattern.getLine(), "binding " + pattern.getIdentifier() + " must start with $, as $call, so "
                        + "that it can never be read as a property of the call");
            }
            Class<?> type = imported.getOrDefault(pattern.getObjectType(), pattern.getObjectType().contains(".")
                    ? TYPES.get(pattern.getObjectType()) : null);
            if (type != Call.class && type != Finding.class) {
                problem(pattern.getLine(), "pattern " + pattern.getObjectType() + " is not allowed: rules match "
                        + "Call or Finding (imported from org.hearandtreat.triage.rules)");
                return;
            }
            if (pattern.getSource() != null) {
                problem(pattern.getLine(), "from, collect and accumulate are not allowed: match the call itself");
            }
            if (pattern.isQuery() || !pattern.getBehaviors().isEmpty()) {
                problem(pattern.getLine(), "queries and windows are not allowed in a pattern");
            }
            if (pattern.getIdentifier() != null) {
                scope.bindings.put(pattern.getIdentifier(), type);
            }
            List<? extends BaseDescr> constraints = pattern.getDescrs();
            boolean literalStart = type == Finding.class && startsWithLiteralCode(constraints);
            if (type == Finding.class && !literalStart) {
                problem(pattern.getLine(), "a Finding pattern starts with code == \"CODE\" (a literal question code): "
                        + "the engine adds only the findings some rule names that way");
            }
            for (int i = 0; i < constraints.size(); i++) {
                BaseDescr constraint = constraints.get(i);
                if (!(constraint instanceof ExprConstraintDescr expr)
                        || expr.getType() != ExprConstraintDescr.Type.NAMED) {
                    problem(constraint.getLine(), "write each constraint as an expression on the pattern");
                    continue;
                }
                Optional<Expression> parsed = parseConstraint(expr);
                if (parsed.isEmpty()) {
                    continue;
                }
                Expression e = parsed.get();
                if (literalStart && i == 0 && e instanceof BinaryExpr b) {
                    codes.add(new CodeUse(((StringLiteralExpr) b.getRight()).getValue(), CodeUse.Kind.FINDING,
                            expr.getLine()));
                    continue;
                }
                new Expressions(this, scope, type, expr.getLine(), true).check(e);
            }
        }

        private boolean startsWithLiteralCode(List<? extends BaseDescr> constraints) {
            if (constraints.isEmpty() || !(constraints.get(0) instanceof ExprConstraintDescr first)) {
                return false;
            }
            Optional<Expression> parsed = parse(first.getExpression());
            return parsed.isPresent() && parsed.get() instanceof BinaryExpr b
                    && b.getOperator() == BinaryExpr.Operator.EQUALS && b.getLeft() instanceof NameExpr n
                    && n.getNameAsString().equals("code") && b.getRight() instanceof StringLiteralExpr;
        }

        private Optional<Expression> parseConstraint(ExprConstraintDescr constraint) {
            Optional<DrlxExpression> parsed = parseDrlx(constraint.getExpression());
            if (parsed.isEmpty()) {
                problem(constraint.getLine(), "constraint cannot be parsed: " + constraint.getExpression());
                return Optional.empty();
            }
            if (parsed.get().getBind() != null) {
                // A binding inside a constraint would carry a value past the checks into the consequence.
                problem(constraint.getLine(), "bindings inside a constraint are not allowed: bind the pattern only, "
                        + "as $call : Call(...)");
                return Optional.empty();
            }
            return Optional.of(parsed.get().getExpr());
        }

        private static Optional<Expression> parse(String expression) {
            return parseDrlx(expression).filter(d -> d.getBind() == null).map(DrlxExpression::getExpr);
        }

        private static Optional<DrlxExpression> parseDrlx(String expression) {
            return DroolsInternals.parseConstraint(expression);
        }

        private void consequence(RuleDescr rule, String text, Scope scope) {
            int firstLine = consequenceLine(rule, text);
            ParseResult<BlockStmt> parsed = new JavaParser(new ParserConfiguration()
                    .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)).parseBlock("{" + text + "\n}");
            if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
                problem(firstLine, MODIFY_BLOCK.matcher(text).find()
                        ? "modify and with blocks are not allowed: a rule never changes a fact"
                        : "the consequence is not plain Java calls of the call's proposal methods");
                return;
            }
            for (Statement statement : parsed.getResult().get().getStatements()) {
                int line = firstLine + lineIn(statement) - 1;
                if (!(statement instanceof ExpressionStmt es)) {
                    problem(line, "a consequence only calls proposal methods, as $call.category3().careAdvice(\"X\"); "
                            + "not " + describe(statement));
                    continue;
                }
                new Expressions(this, scope, null, line, false).check(es.getExpression());
            }
        }

        /** @return the DRL line of the consequence text's first line (the line of {@code then} when it starts there) */
        private int consequenceLine(RuleDescr rule, String text) {
            int lead = 0;
            while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
                lead++;
            }
            int fallback = Math.max(rule.getConsequenceLine(), rule.getLine());
            if (lead == text.length()) {
                return fallback;
            }
            int eol = text.indexOf('\n', lead);
            String first = text.substring(lead, eol < 0 ? text.length() : eol);
            int at = source.text().indexOf(first, source.offsetOfLine(fallback));
            return at < 0 ? fallback
                    : source.lineAt(at) - (int) text.substring(0, lead).chars().filter(c -> c == '\n').count();
        }
    }

    private static int lineIn(Node node) {
        return node.getBegin().map(p -> p.line).orElse(1);
    }

    private static String describe(Node node) {
        String kind = node.getClass().getSimpleName().replaceAll("(Stmt|Expr)$", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return kind.isEmpty() ? "this" : kind;
    }

    private static String unquote(String value) {
        String s = value.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** The type of an expression a problem has been reported for, so that no second problem is reported on it. */
    private static final Class<?> REJECTED = Void.class;

    /** What a rule has bound and read so far. */
    private static final class Scope {
        final Map<String, Class<?>> bindings = new HashMap<>();
        boolean readsComplaint;
        boolean proposesDispatch;
    }

    /**
     * Checks one expression against the allow-list and collects its codes: literals, operators, the pattern's helper
     * methods and code property, bound facts, enum constants of the rule API and methods of immutable value types.
     */
    private static final class Expressions {
        private final FileCheck file;
        private final Scope scope;
        private final Class<?> pattern;
        private final int line;
        private final boolean condition;

        Expressions(FileCheck file, Scope scope, Class<?> pattern, int line, boolean condition) {
            this.file = file;
            this.scope = scope;
            this.pattern = pattern;
            this.line = line;
            this.condition = condition;
        }

        private void reject(String message) {
            file.problem(line, message);
        }

        /**
         * @return the type the expression evaluates to (a primitive or {@code String} for values), or
         *         {@link #REJECTED} once a problem has been reported for it
         */
        Class<?> check(Expression e) {
            if (e instanceof EnclosedExpr enclosed) {
                return check(enclosed.getInner());
            }
            if (e instanceof StringLiteralExpr || e instanceof CharLiteralExpr) {
                return String.class;
            }
            if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr || e instanceof DoubleLiteralExpr
                    || e instanceof BooleanLiteralExpr) {
                return double.class;
            }
            if (e instanceof BinaryExpr binary) {
                if (!codeComparison(binary)) {
                    check(binary.getLeft());
                    check(binary.getRight());
                }
                return boolean.class;
            }
            if (e instanceof PointFreeExpr pointFree) {
                inList(pointFree);
                return boolean.class;
            }
            if (e instanceof UnaryExpr unary) {
                return check(unary.getExpression());
            }
            if (e instanceof ConditionalExpr conditional) {
                check(conditional.getCondition());
                check(conditional.getThenExpr());
                check(conditional.getElseExpr());
                return double.class;
            }
            if (e instanceof ThisExpr && condition && pattern != null) {
                return pattern;
            }
            if (e instanceof NameExpr name) {
                return name(name.getNameAsString());
            }
            if (e instanceof FieldAccessExpr field) {
                return field(field);
            }
            if (e instanceof MethodCallExpr call) {
                return call(call);
            }
            reject(describe(e) + " is not allowed in a rule: a rule reads the call through its helper methods and "
                    + "proposes a disposition");
            return REJECTED;
        }

        private Class<?> name(String name) {
            Class<?> bound = scope.bindings.get(name);
            if (bound != null) {
                return bound;
            }
            if (condition && pattern != null && codeKind(pattern, name) != null) {
                readCode(name);
                reject("the " + name + " is compared only with literal codes, as " + name + " == \"X\" or " + name
                        + " in (\"X\", \"Y\")");
                return REJECTED;
            }
            reject("'" + name + "' is not allowed in a rule: a rule names only its bound facts ($call), the helper "
                    + "methods and the values of C2Segment, Sex, Answer and Consciousness");
            return REJECTED;
        }

        private Class<?> field(FieldAccessExpr field) {
            String scopeName = qualifiedName(field.getScope());
            Class<?> type = scopeName == null ? null : file.imported.getOrDefault(scopeName,
                    scopeName.contains(".") ? TYPES.get(scopeName) : null);
            if (type != null && type.isEnum()) {
                boolean constant = Arrays.stream(type.getEnumConstants())
                        .anyMatch(c -> ((Enum<?>) c).name().equals(field.getNameAsString()));
                if (!constant) {
                    reject(type.getSimpleName() + " has no value " + field.getNameAsString());
                }
                return type;
            }
            if (scopeName == null) {
                if (check(field.getScope()) != REJECTED) {
                    reject("'" + field.getNameAsString() + "' is not allowed in a rule: read the call through its "
                            + "helper methods");
                }
                return REJECTED;
            }
            reject("'" + scopeName + "." + field.getNameAsString() + "' is not allowed in a rule: read the call "
                    + "through its helper methods");
            return REJECTED;
        }

        private static String qualifiedName(Expression e) {
            if (e instanceof NameExpr n) {
                return n.getNameAsString();
            }
            if (e instanceof FieldAccessExpr f) {
                String scope = qualifiedName(f.getScope());
                return scope == null ? null : scope + "." + f.getNameAsString();
            }
            return null;
        }

        private Class<?> call(MethodCallExpr call) {
            String name = call.getNameAsString();
            Class<?> receiver;
            if (call.getScope().isPresent()) {
                receiver = check(call.getScope().get());
            } else if (condition) {
                receiver = pattern;
            } else {
                reject(FACT_CHANGES.contains(name) ? name + " is not allowed: a rule never changes the facts, it "
                        + "proposes on the call, as $call.category3()" : "a consequence calls only methods of its "
                        + "bound call, as $call.category3(); not " + name + "(...)");
                call.getArguments().forEach(this::check);
                return REJECTED;
            }
            if (receiver == REJECTED) {
                return REJECTED;
            }
            if (!RECEIVERS.contains(receiver)) {
                reject(name + "(...) on a " + receiver.getSimpleName() + " value is not allowed: call only the "
                        + "engine's helper methods");
                call.getArguments().forEach(this::check);
                return REJECTED;
            }
            List<Method> methods = Arrays.stream(receiver.getMethods())
                    .filter(m -> m.getName().equals(name) && !Modifier.isStatic(m.getModifiers())
                            && m.getDeclaringClass() != Object.class && !m.getName().equals("toString")
                            && !m.getName().equals("hashCode") && !m.getName().equals("equals")
                            && m.getParameterCount() == call.getArguments().size())
                    .toList();
            if (methods.isEmpty()) {
                reject(receiver.getSimpleName() + " has no helper method " + name + " taking "
                        + call.getArguments().size() + " argument(s)");
                call.getArguments().forEach(this::check);
                return REJECTED;
            }
            if (condition && methods.stream().anyMatch(m -> m.getReturnType() == Proposal.class)) {
                reject(name + "(...) proposes a disposition: propose in the consequence, after then");
            }
            if (!condition && methods.stream().anyMatch(m -> m.getReturnType() != Proposal.class)) {
                // reading the call belongs in the conditions, where every check sees it
                reject(name + "(...) does not propose: a consequence only proposes, as $call.category3(); test the "
                        + "call in the conditions, before then");
                return REJECTED;
            }
            if (condition && codeKind(receiver, name) != null) {
                readCode(name);
            }
            if (COMPLAINT_READS.contains(name)) {
                scope.readsComplaint |= condition;
            }
            if (DISPATCH.contains(name) && !condition) {
                scope.proposesDispatch = true;
            }
            CodeUse.Kind kind = CODE_ARGUMENTS.get(name);
            for (int i = 0; i < call.getArguments().size(); i++) {
                Expression argument = unwrap(call.getArguments().get(i));
                if (!condition && !(argument instanceof StringLiteralExpr || argument instanceof IntegerLiteralExpr
                        || argument instanceof FieldAccessExpr)) {
                    reject(name + "(...) in a consequence takes literal values only (a code, a whole number or an "
                            + "enum value such as C2Segment.A): any decision belongs in the conditions");
                    continue;
                }
                if (kind != null && i == 0) {
                    if (argument instanceof StringLiteralExpr literal) {
                        codes.add(literal.getValue(), kind, timeframe(call, name));
                    } else {
                        reject(name + "(...) takes its code as a literal string, as " + name + "(\"CODE\"), so the "
                                + "build can check it against the vocabulary");
                    }
                } else if (kind == CodeUse.Kind.SERVICE_WITH_TIMEFRAME && !(argument instanceof IntegerLiteralExpr)) {
                    reject(name + "(...) takes its time frame as a whole number, so the build can check it");
                } else {
                    check(argument);
                }
            }
            Class<?> returned = methods.get(0).getReturnType();
            return methods.stream().allMatch(m -> m.getReturnType() == returned) ? returned : Object.class;
        }

        private final CodeSink codes = new CodeSink();

        /** Adds codes to the file's list at this expression's line. */
        private final class CodeSink {
            void add(String code, CodeUse.Kind kind, Duration timeframe) {
                file.codes.add(new CodeUse(code, kind, line, timeframe));
            }
        }

        private static Duration timeframe(MethodCallExpr call, String name) {
            if (call.getArguments().size() < 2 || !(unwrap(call.getArguments().get(1)) instanceof IntegerLiteralExpr n)) {
                return null;
            }
            long amount = n.asNumber().longValue();
            return name.equals("referWithinHours") ? Duration.ofHours(amount)
                    : name.equals("referWithinMinutes") ? Duration.ofMinutes(amount) : null;
        }

        private void readCode(String name) {
            if (COMPLAINT_READS.contains(name)) {
                scope.readsComplaint = true;
            }
        }

        private static CodeUse.Kind codeKind(Class<?> type, String name) {
            for (Map.Entry<Class<?>, Map<String, CodeUse.Kind>> e : CODE_PROPERTIES.entrySet()) {
                if (e.getKey().isAssignableFrom(type) && e.getValue().containsKey(name)) {
                    return e.getValue().get(name);
                }
            }
            return null;
        }

        /** @return the code kind when the expression reads the pattern's code property ({@code complaint}, ...) */
        private CodeUse.Kind codeProperty(Expression e) {
            Expression x = unwrap(e);
            if (!condition || pattern == null) {
                return null;
            }
            if (x instanceof NameExpr n && !scope.bindings.containsKey(n.getNameAsString())) {
                return codeKind(pattern, n.getNameAsString());
            }
            if (x instanceof MethodCallExpr m && m.getArguments().isEmpty()
                    && (m.getScope().isEmpty() || m.getScope().get() instanceof ThisExpr)) {
                return codeKind(pattern, m.getNameAsString());
            }
            if (x instanceof MethodCallExpr m && m.getArguments().isEmpty() && m.getScope().isPresent()
                    && m.getScope().get() instanceof NameExpr bound && scope.bindings.containsKey(bound.getNameAsString())) {
                // $other.getComplaint() == "X": the code of another bound fact is checked the same way
                return codeKind(scope.bindings.get(bound.getNameAsString()), m.getNameAsString());
            }
            return null;
        }

        /** {@code complaint == "X"}, {@code "X" != complaint}, ...: true when handled as a code comparison. */
        private boolean codeComparison(BinaryExpr binary) {
            CodeUse.Kind left = codeProperty(binary.getLeft());
            CodeUse.Kind right = codeProperty(binary.getRight());
            if (left == null && right == null) {
                return false;
            }
            Expression property = left != null ? binary.getLeft() : binary.getRight();
            Expression other = unwrap(left != null ? binary.getRight() : binary.getLeft());
            readCode(property instanceof NameExpr n ? n.getNameAsString()
                    : ((MethodCallExpr) unwrap(property)).getNameAsString());
            boolean equality = binary.getOperator() == BinaryExpr.Operator.EQUALS
                    || binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS;
            if (!equality || !(other instanceof StringLiteralExpr literal)) {
                reject("a code is compared only with a literal code, as == \"X\", != \"X\" or in (\"X\", \"Y\")");
                return true;
            }
            codes.add(literal.getValue(), left != null ? left : right, null);
            return true;
        }

        private void inList(PointFreeExpr pointFree) {
            CodeUse.Kind kind = codeProperty(pointFree.getLeft());
            String operator = pointFree.getOperator().asString();
            if (kind == null || !operator.equals("in")) {
                if (kind != null) {
                    readCode(pointFree.getLeft() instanceof NameExpr n ? n.getNameAsString() : "getComplaint");
                }
                reject("operator " + operator + " is not allowed: write codes out in full, with == or in (...)");
                return;
            }
            readCode(pointFree.getLeft() instanceof NameExpr n ? n.getNameAsString() : "getComplaint");
            for (Expression element : pointFree.getRight()) {
                if (unwrap(element) instanceof StringLiteralExpr literal) {
                    codes.add(literal.getValue(), kind, null);
                } else {
                    reject("in (...) lists literal codes only");
                }
            }
        }

        private static Expression unwrap(Expression e) {
            Expression x = e;
            while (x instanceof EnclosedExpr enclosed) {
                x = enclosed.getInner();
            }
            return x;
        }
    }
}
