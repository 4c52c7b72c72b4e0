package org.hearandtreat.triage;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A code from a standard terminology that a vocabulary entry maps to, such as a SNOMED CT concept for a complaint or a
 * service. It is exported with the entry (in JSON results and FHIR resources) so that receiving systems can read the
 * call in their own terms; the engine never decides on it. Immutable and thread-safe; every component is required.
 *
 * <p>A SNOMED CT code is checked as an identifier: 6 to 18 digits, a concept's partition and a valid Verhoeff check
 * digit, so that a mistyped code fails when the vocabulary is loaded instead of reaching another system as a
 * different concept.
 *
 * @param system  the terminology's URI, such as {@value #SNOMED_CT}
 * @param code    the code in that terminology
 * @param display the terminology's own term for the code
 */
public record Coding(String system, String code, String display) {

    /** The FHIR system URI of SNOMED CT. */
    public static final String SNOMED_CT = "http://snomed.info/sct";

    public Coding {
        InvalidFieldException.required("system", system, "an absolute URI such as " + SNOMED_CT);
        if (!absoluteUri(system)) {
            throw new InvalidFieldException("system", system, "an absolute URI such as " + SNOMED_CT);
        }
        if (code == null || code.isBlank() || !code.strip().equals(code)) {
            throw new InvalidFieldException("code", code, "a code with no surrounding spaces");
        }
        if (system.equals(SNOMED_CT) && !isSnomedConceptId(code)) {
            throw new InvalidFieldException("code", code,
                    "a SNOMED CT concept identifier: 6 to 18 digits, partition 00 or 10, valid Verhoeff check digit");
        }
        if (display == null || display.isBlank()) {
            throw new InvalidFieldException("display", display, "the terminology's term for the code");
        }
    }

    /** A list of codings, or an empty list for null: entries without codings are the usual case. */
    static List<Coding> listOf(@Nullable List<Coding> codings) {
        return codings == null ? List.of() : List.copyOf(codings);
    }

    /**
     * @param id a candidate SNOMED CT identifier
     * @return true when it is well formed as a concept identifier: digits only, no leading zero, 6 to 18 digits, a
     *         concept partition ({@code 00} short format, {@code 10} extension) and a valid Verhoeff check digit
     */
    public static boolean isSnomedConceptId(@Nullable String id) {
        if (id == null || id.length() < 6 || id.length() > 18 || id.charAt(0) == '0'
                || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        String partition = id.substring(id.length() - 3, id.length() - 1);
        return (partition.equals("00") || partition.equals("10")) && Verhoeff.valid(id);
    }

    private static boolean absoluteUri(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && !text.isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The Verhoeff dihedral check digit that SNOMED CT identifiers end with. */
    private static final class Verhoeff {
        private static final int[][] MULTIPLY = {
                {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
                {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
                {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
                {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
        private static final int[][] PERMUTE = {
                {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
                {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
                {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

        static boolean valid(String digits) {
            int check = 0;
            for (int i = 0; i < digits.length(); i++) {
                int digit = digits.charAt(digits.length() - 1 - i) - '0';
                check = MULTIPLY[check][PERMUTE[i % 8][digit]];
            }
            return check == 0;
        }
    }
}
