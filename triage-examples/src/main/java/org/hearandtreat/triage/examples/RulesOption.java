package org.hearandtreat.triage.examples;

import picocli.CommandLine.Option;

/** The {@code --rules DIR} option shared by the commands that triage against one rule set. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule-set folder to compile instead of the built-in reference protocols.")
    String rules;
}
