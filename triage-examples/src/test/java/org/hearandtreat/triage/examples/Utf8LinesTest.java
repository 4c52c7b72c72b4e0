package org.hearandtreat.triage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines are read strictly: a bad line is reported as bad and the next one reads as usual. */
class Utf8LinesTest {

    private static List<Utf8Lines.Line> read(byte[] bytes, int maxBytes) throws IOException {
        Utf8Lines lines = new Utf8Lines(new ByteArrayInputStream(bytes), maxBytes);
        List<Utf8Lines.Line> all = new ArrayList<>();
        for (Utf8Lines.Line line; (line = lines.next()) != null; ) {
            all.add(line);
        }
        return all;
    }

    @Test
    void crlfAndAMissingFinalNewline_readAsLines() throws IOException {
        assertThat(read("a\r\nbé\n\nlast".getBytes(java.nio.charset.StandardCharsets.UTF_8), 100))
                .extracting(Utf8Lines.Line::text).containsExactly("a", "bé", "", "last");
        assertThat(read(new byte[0], 100)).isEmpty();
    }

    @Test
    void malformedUtf8_isABadLine_andTheNextLineReads() throws IOException {
        byte[] bytes = {'o', 'k', '\n', 'x', (byte) 0xC3, '(', '\n', 'n', 'e', 'x', 't', '\n'};

        List<Utf8Lines.Line> lines = read(bytes, 100);

        assertThat(lines).extracting(Utf8Lines.Line::text).containsExactly("ok", null, "next");
        assertThat(lines.get(1).problem()).isEqualTo("not UTF-8 text");
    }

    @Test
    void aLineLongerThanTheLimit_isABadLine_withoutBeingKept() throws IOException {
        byte[] bytes = ("short\n" + "y".repeat(200_000) + "\nafter\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        List<Utf8Lines.Line> lines = read(bytes, 1000);

        assertThat(lines).extracting(Utf8Lines.Line::text).containsExactly("short", null, "after");
        assertThat(lines.get(1).problem()).startsWith("longer than 1000 bytes");
    }
}
