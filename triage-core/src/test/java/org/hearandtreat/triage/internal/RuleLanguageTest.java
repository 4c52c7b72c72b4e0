package org.hearandtreat.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.hearandtreat.triage.rules.Call;
import org.hearandtreat.triage.rules.Finding;
import org.hearandtreat.triage.rules.Proposal;
import org.junit.jupiter.api.Test;

/** The rule-language check keeps up with the rule API it guards. */
class RuleLanguageTest {

    @Test
    void everyHelperThatTakesText_hasItsCodeCheckedAgainstTheVocabulary() {
        List<String> takingText = Stream.of(Call.class, Finding.class, Proposal.class)
                .flatMap(type -> Arrays.stream(type.getMethods()))
                .filter(m -> Arrays.asList(m.getParameterTypes()).contains(String.class))
                .map(Method::getName).distinct().toList();

        assertThat(takingText).isNotEmpty();
        assertThat(RuleLanguage.CODE_ARGUMENTS.keySet())
                .as("a helper taking text the build does not check would let a typo silently never fire")
                .containsAll(takingText);
    }

    @Test
    void everyTypeARuleMayName_isImmutableValueOrRuleApi() {
        assertThat(RuleLanguage.TYPES.values()).allSatisfy(type -> assertThat(type.isEnum()
                || type.getPackageName().equals("org.hearandtreat.triage.rules")).isTrue());
    }

    @Test
    void aConsequenceStartingOnTheThenLine_isReportedAtItsOwnLine() {
        DrlSource source = new DrlSource("p/p.drl", """
                package p;
                import org.hearandtreat.triage.rules.Call;
                rule "r"
                    @id("R") @version("1") @source("s") @rationale("r")
                when
                    $call : Call( present("Q") )
                then $call.category4();
                    System.exit(1);
                end
                """);

        assertThat(RuleLanguage.check(source).problems()).extracting(RuleLanguage.Forbidden::line)
                .containsExactly(8);
    }
}
