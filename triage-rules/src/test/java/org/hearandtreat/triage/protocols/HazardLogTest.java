package org.hearandtreat.triage.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every control in docs/safety/hazard-log.md names a test that exists, so the log cannot cite vanished evidence. */
class HazardLogTest {

    private static final Path ROOT = Path.of("..");
    private static final Path LOG = ROOT.resolve("docs/safety/hazard-log.md");
    private static final Pattern REFERENCE = Pattern.compile("`([\\w/.-]+\\.java)#(\\w+)`");

    @Test
    void everyControlNamesATestThatExists() throws IOException {
        Matcher m = REFERENCE.matcher(Files.readString(LOG));
        int references = 0;
        while (m.find()) {
            Path file = ROOT.resolve(m.group(1));
            String member = m.group(2);
            assertThat(file).as("test file named in the hazard log").exists();
            assertThat(Files.readString(file)).as("%s#%s", m.group(1), member)
                    .containsPattern("(void " + Pattern.quote(member) + "\\(|ArchRule " + Pattern.quote(member) + " =)");
            references++;
        }
        assertThat(references).isGreaterThan(20);
    }

    @Test
    void everyHazardHasATestedControlAndARisk() throws IOException {
        List<String> hazards = Files.readAllLines(LOG).stream().filter(l -> l.matches("\\| H\\d+ \\|.*")).toList();

        assertThat(hazards).hasSizeGreaterThanOrEqualTo(12).allSatisfy(row -> {
            assertThat(REFERENCE.matcher(row).find()).as(row.substring(0, 12)).isTrue();
            assertThat(row.split("\\|")).as("seven columns").hasSize(8);
        });
    }
}
