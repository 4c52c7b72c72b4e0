package org.hearandtreat.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Fails loudly when a Drools upgrade changes an internal the engine relies on. When the first test fails after an
 * upgrade, re-verify every behaviour below (and the class comment of {@link DroolsInternals}), then raise
 * {@link DroolsInternals#VERIFIED_WITH}.
 */
class DroolsInternalsTest {

    @Test
    void theDroolsOnTheClassPath_isTheReleaseTheseInternalsWereVerifiedWith() {
        assertThat(DroolsInternals.droolsVersion())
                .as("Drools changed: re-verify session reset, the rules-jar model index and the DRL and constraint "
                        + "parsers the rule-language check reads (DroolsInternalsTest), then update VERIFIED_WITH")
                .isEqualTo(DroolsInternals.VERIFIED_WITH);
    }

    private static KieBase kieBase() {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("org.hearandtreat.test", "drools-internals", "1.0.0");
        kfs.generateAndWritePomXML(id);
        kfs.write("src/main/resources/probe/probe.drl", """
                package probe;
                rule "any text"
                when
                    String()
                then
                end
                """);
        assertThat(DroolsInternals.buildExecutableModel(ks.newKieBuilder(kfs)).getResults()
                .getMessages(Message.Level.ERROR)).isEmpty();
        KieBase kieBase = ks.newKieContainer(id).getKieBase();
        ks.getRepository().removeKieModule(id);
        return kieBase;
    }

    @Test
    void resettingASession_emptiesIt_andRemovesItsListeners() {
        KieSession session = kieBase().newKieSession();
        session.addEventListener(new DefaultAgendaEventListener());
        session.insert("left behind");
        assertThat(session.fireAllRules()).isEqualTo(1);

        DroolsInternals.resetSession(session);

        assertThat(session.getFactCount()).isZero();
        assertThat(session.getAgendaEventListeners()).as("the session pool re-adds its listener after a reset")
                .isEmpty();
        session.insert("next call");
        assertThat(session.fireAllRules()).as("a reset session still fires").isEqualTo(1);
        session.dispose();
    }

    @Test
    void theModelIndexKieMavenPluginWrites_listsOneModelClassPerLine_afterItsVersionHeader() {
        String index = "Drools-Model-Version:10.1.0\norg.example.protocols.falls.Rules0a1b\norg.example.Rules2c3d\n";

        assertThat(DroolsInternals.isModelIndex("META-INF/kie/org.hearandtreat/triage-rules/drools-model")).isTrue();
        assertThat(DroolsInternals.isModelIndex("META-INF/kmodule.xml")).isFalse();
        assertThat(DroolsInternals.modelClasses(index))
                .containsExactly("org.example.protocols.falls.Rules0a1b", "org.example.Rules2c3d");
    }

    @Test
    void theDrlParser_keepsConstraintsAsWritten_andTheConstraintParserReadsInAsAnOperator() {
        DroolsInternals.ParsedDrl parsed = DroolsInternals.parseDrl("""
                package p;
                rule "r"
                when
                    $call : Call( complaint in ("A", "B"), present("Q") )
                then
                end
                """);

        assertThat(parsed.errors()).isEmpty();
        PatternDescr pattern = (PatternDescr) parsed.pkg().getRules().get(0).getLhs().getDescrs().get(0);
        assertThat(pattern.getIdentifier()).isEqualTo("$call");
        assertThat(pattern.getDescrs()).extracting(d -> ((ExprConstraintDescr) d).getExpression())
                .containsExactly("complaint in (\"A\", \"B\")", "present(\"Q\")");
        assertThat(DroolsInternals.parseConstraint("complaint in (\"A\", \"B\")")).get()
                .satisfies(e -> assertThat(e.getExpr()).isInstanceOf(PointFreeExpr.class));
        assertThat(DroolsInternals.parseDrl("package p;\nrule \"r\" when then").errors()).isNotEmpty();
    }

    @Test
    void aParseErrorCarriesItsLine() {
        List<DroolsInternals.SyntaxError> errors = DroolsInternals.parseDrl(
                "package p;\n\nrule \"r\"\nwhen\n    Call( present(\"Q\" \nthen\nend\n").errors();

        assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e.line()).isBetween(5, 7));
    }
}
