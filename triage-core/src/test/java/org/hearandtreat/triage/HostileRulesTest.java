package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hearandtreat.triage.RuleSetBuildException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-rules suite: one rule folder per attack a careless or malicious author could try, under
 * {@code src/test/resources/hostile/}. Each attack file marks the lines that must be rejected with
 * {@code // expect: <part of the message>}; the build must reject exactly those lines, with file and line, before
 * anything is compiled. Attacks on how a folder is loaded (links, collisions, the manifest) are built here.
 */
class HostileRulesTest {

    private static final Pattern EXPECT = Pattern.compile("//.*expect: (.+)$");
    private static final String ATTACK = "hostile/attack.drl";

    @TempDir
    Path dir;

    static Stream<String> attacks() throws IOException, URISyntaxException {
        try (Stream<Path> folders = Files.list(suite())) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static Path suite() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(HostileRulesTest.class.getResource("/hostile/ruleset.json")).toURI())
                .getParent();
    }

    /** @return the attack folder with the suite's manifest and vocabulary, as a complete rule-set folder */
    private Path ruleSet(String attack) throws IOException, URISyntaxException {
        Path folder = RuleFolders.copy(suite().resolve(attack), dir.resolve(attack));
        Files.copy(suite().resolve("ruleset.json"), folder.resolve("ruleset.json"));
        Files.copy(suite().resolve("vocabulary.json"), folder.resolve("vocabulary.json"));
        return folder;
    }

    private static List<Problem> problemsOf(Path folder) {
        try {
            RuleSet.fromDirectory(folder);
        } catch (RuleSetBuildException e) {
            return e.problems();
        }
        throw new AssertionError("expected the build of " + folder + " to be rejected");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void everyAttack_isRejectedAtBuild_atExactlyTheLinesItMarks(String attack) throws Exception {
        Path folder = ruleSet(attack);
        List<String> lines = Files.readAllLines(folder.resolve(ATTACK));
        List<Integer> marked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (EXPECT.matcher(lines.get(i)).find()) {
                marked.add(i + 1);
            }
        }
        assertThat(marked).as("the attack file marks what must be rejected").isNotEmpty();

        List<Problem> problems = problemsOf(folder);

        for (int line : marked) {
            Matcher expect = EXPECT.matcher(lines.get(line - 1));
            assertThat(expect.find()).isTrue();
            assertThat(problems).as("%s:%d", attack, line)
                    .anySatisfy(p -> {
                        assertThat(p.file()).isEqualTo(ATTACK);
                        assertThat(p.line()).isEqualTo(line);
                        assertThat(p.message()).contains(expect.group(1).strip());
                    });
        }
        assertThat(problems).as("every problem is at a marked line of the attack file")
                .allSatisfy(p -> assertThat(p.file() + ":" + p.line()).isIn(marked.stream()
                        .map(l -> ATTACK + ":" + l).toList()));
    }

    private Path withoutAttack() throws Exception {
        Path folder = ruleSet("system-exit");
        Files.writeString(folder.resolve(ATTACK), Files.readString(folder.resolve(ATTACK))
                .replace("System.exit(42); // expect: 'System' is not allowed", "$call.category4();"));
        assertThat(RuleSet.fromDirectory(folder).rules()).hasSize(1);
        return folder;
    }

    @Test
    void aSymbolicallyLinkedProtocolFolder_isRejected_notSkipped() throws Exception {
        Path folder = withoutAttack();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/more"));
        Files.writeString(elsewhere.resolve("more.drl"), "package more;");
        Files.createSymbolicLink(folder.resolve("more"), elsewhere);

        assertThat(problemsOf(folder)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("more");
            assertThat(p.message()).startsWith("is a symbolic link");
        });
    }

    @Test
    void aRuleFileLinkedFromOutsideTheFolder_isRejected_notRead() throws Exception {
        Path folder = withoutAttack();
        Path outside = Files.writeString(dir.resolve("outside.drl"), "package hostile;");
        Files.createSymbolicLink(folder.resolve("hostile/outside.drl"), outside);

        assertThat(problemsOf(folder)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("hostile/outside.drl");
            assertThat(p.message()).startsWith("is a symbolic link");
        });
    }

    @Test
    void filesWhoseFlattenedPathsWouldCollide_areBothBuilt() throws Exception {
        Path folder = withoutAttack();
        String rule = Files.readString(folder.resolve(ATTACK));
        Files.createDirectories(folder.resolve("falls"));
        Files.writeString(folder.resolve("falls/extra.drl"), rule.replace("package hostile;", "package falls;")
                .replace("H-1", "H-2"));
        Files.writeString(folder.resolve("falls_extra.drl"), rule.replace("package hostile;", "package falls;")
                .replace("H-1", "H-3").replace("Attack: system exit", "Another rule"));

        assertThat(RuleSet.fromDirectory(folder).rules()).extracting(RuleDescription::id)
                .containsExactlyInAnyOrder("H-1", "H-2", "H-3");
    }

    @Test
    void theSameRuleNameTwiceInOnePackage_isRejected_becauseOneWouldReplaceTheOther() throws Exception {
        Path folder = withoutAttack();
        Files.writeString(folder.resolve("hostile/again.drl"), Files.readString(folder.resolve(ATTACK))
                .replace("H-1", "H-2"));

        assertThat(problemsOf(folder)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(ATTACK);
            assertThat(p.message()).contains("is also defined in hostile/again.drl");
        });
    }

    @Test
    void aRuleSetIdWithANewline_isRejected_soItCannotForgeAnOutputLine() throws Exception {
        Path folder = withoutAttack();
        Files.writeString(folder.resolve("ruleset.json"),
                "{ \"id\": \"fine\\nRule set: forged 9.9.9\", \"version\": \"1\", \"title\": \"t\" }");

        assertThatThrownBy(() -> RuleSet.fromDirectory(folder))
                .isInstanceOf(RuleSetBuildException.class)
                .hasMessageContaining("ruleset.json")
                .hasMessageContaining("id: 'fine\\u000aRule set: forged 9.9.9' is not valid")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\nRule set: forged"));
    }

    @Test
    void anUpperCaseRuleFile_isRejected_notSilentlyIgnored() throws Exception {
        Path folder = withoutAttack();
        Files.writeString(folder.resolve("hostile/more.DRL"), "package hostile;");

        assertThat(problemsOf(folder)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("rule files end in .drl, in lower case"));
    }
}
