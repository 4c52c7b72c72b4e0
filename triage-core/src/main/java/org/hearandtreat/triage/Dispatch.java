package org.hearandtreat.triage;

import org.jspecify.annotations.Nullable;

/**
 * An ambulance response in an ARP category. Immutable and thread-safe. {@code category} is required; {@code segment}
 * is required for {@link ArpCategory#C2} and must be null for every other category.
 *
 * @param category the ARP category
 * @param segment  the C2 segment, or null
 */
public record Dispatch(ArpCategory category, @Nullable C2Segment segment) implements Disposition {

    public Dispatch {
        InvalidFieldException.required("category", category, "one of C1, C2, C3, C4");
        if (category == ArpCategory.C2 && segment == null) {
            throw new InvalidFieldException("segment", null, "a C2 segment (A, B or C) for category C2");
        }
        if (category != ArpCategory.C2 && segment != null) {
            throw new InvalidFieldException("segment", segment, "no segment for category " + category);
        }
    }

    /** @return a category 1 dispatch */
    public static Dispatch category1() {
        return new Dispatch(ArpCategory.C1, null);
    }

    /** @return a category 2 dispatch in the given segment */
    public static Dispatch category2(C2Segment segment) {
        return new Dispatch(ArpCategory.C2, segment);
    }

    /** @return a category 3 dispatch */
    public static Dispatch category3() {
        return new Dispatch(ArpCategory.C3, null);
    }

    /** @return a category 4 dispatch */
    public static Dispatch category4() {
        return new Dispatch(ArpCategory.C4, null);
    }

    /**
     * @param code a dispatch code: C1, C2A, C2B, C2C, C3 or C4
     * @return the dispatch, or null when the code is not a dispatch code
     */
    static @Nullable Dispatch parse(String code) {
        return switch (code) {
            case "C1" -> category1();
            case "C2A" -> category2(C2Segment.A);
            case "C2B" -> category2(C2Segment.B);
            case "C2C" -> category2(C2Segment.C);
            case "C3" -> category3();
            case "C4" -> category4();
            default -> null;
        };
    }

    @Override
    public boolean isDispatch() {
        return true;
    }

    @Override
    public String code() {
        return segment == null ? category.name() : category.name() + segment.name();
    }

    @Override
    public String describe() {
        return segment == null ? category.label() : category.label() + ", segment " + segment.label();
    }

    int rank() {
        return switch (category) {
            case C1 -> 0;
            case C2 -> 1 + segment.ordinal();
            case C3 -> 4;
            case C4 -> 5;
        };
    }
}
