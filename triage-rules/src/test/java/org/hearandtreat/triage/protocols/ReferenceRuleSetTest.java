package org.hearandtreat.triage.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearandtreat.triage.RuleSet;
import org.junit.jupiter.api.Test;

class ReferenceRuleSetTest {

    @Test
    void rulesJarHoldsTheExecutableModel() {
        assertThat(getClass().getClassLoader().getResource("META-INF/kie/org.hearandtreat/triage-rules/drools-model"))
                .as("kie-maven-plugin wrote the executable model index (it silently skips it without "
                        + "drools-model-compiler)").isNotNull();
    }

    /**
     * kie-maven-plugin names the generated classes of each protocol after a fresh random id on every build and never
     * deletes the last build's: without the clean step in the pom, a working tree's rules jar grew by a full copy of
     * the executable model per build (180 MB after a day's work), every copy but one dead weight.
     */
    @Test
    void buildOutputHoldsOneExecutableModelPerProtocol_noStaleCopies() throws Exception {
        java.nio.file.Path compiled = java.nio.file.Path.of(getClass().getClassLoader()
                .getResource("org/hearandtreat/triage/protocols/ruleset.json").toURI()).getParent();
        try (var folders = java.nio.file.Files.list(compiled)) {
            var protocols = folders.filter(java.nio.file.Files::isDirectory).toList();
            assertThat(protocols).hasSizeGreaterThan(30);
            for (java.nio.file.Path folder : protocols) {
                try (var files = java.nio.file.Files.list(folder)) {
                    assertThat(files.map(f -> f.getFileName().toString())
                            .filter(name -> name.matches("Rules[0-9a-f]{32}\\.class")))
                            .as("generated rule classes in %s", folder).hasSize(1);
                }
            }
        }
    }

    @Test
    void rulesJarAndItsSourceFolder_buildTheSameRuleSet() throws Exception {
        RuleSet fromSource = RuleSet.fromDirectory(ReferenceProtocols.SOURCE_FOLDER);

        assertThat(fromSource.info()).isEqualTo(ReferenceProtocols.ruleSet().info());
        assertThat(fromSource.rules()).isEqualTo(ReferenceProtocols.ruleSet().rules());
    }

    @Test
    void identifiesItself() {
        assertThat(ReferenceProtocols.ruleSet().info().id()).isEqualTo("reference-protocols");
        assertThat(ReferenceProtocols.ruleSet().info().contentHash()).matches("[0-9a-f]{64}");
    }

    @Test
    void everyRuleCitesASourceAndExplainsItself() {
        assertThat(ReferenceProtocols.ruleSet().rules()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.source()).as(rule.id()).hasSizeGreaterThan(10);
            assertThat(rule.rationale()).as(rule.id()).endsWith(".");
        });
    }

    @Test
    void oneDrlFilePerProtocol_inAFolderMatchingItsPackage() throws Exception {
        try (var folders = java.nio.file.Files.list(ReferenceProtocols.SOURCE_FOLDER)) {
            for (java.nio.file.Path folder : folders.filter(java.nio.file.Files::isDirectory).toList()) {
                try (var files = java.nio.file.Files.list(folder)) {
                    var drls = files.filter(p -> p.toString().endsWith(".drl")).toList();
                    assertThat(drls).as("DRL files in %s", folder).hasSize(1);
                    assertThat(java.nio.file.Files.readString(drls.get(0)))
                            .contains("package org.hearandtreat.triage.protocols." + folder.getFileName() + ";");
                }
            }
        }
    }
}
