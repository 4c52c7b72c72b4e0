package org.hearandtreat.triage.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.hearandtreat.triage.ArpCategory;
import org.hearandtreat.triage.C2Segment;
import org.hearandtreat.triage.Coding;
import org.hearandtreat.triage.Dispatch;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.HearAndTreat;
import org.hearandtreat.triage.ServiceKind;

/**
 * JSON for dispositions, and strict ISO-8601 durations. A disposition is written as an object with its {@code type}, its {@code code} and its fields, and read back
 * from that object. A bare code ({@code "GP/PT24H"}) names a service of some rule set, so it is read with
 * {@link org.hearandtreat.triage.Vocabulary#disposition(String)}, never here. Thread-safe.
 */
final class DispositionJson {

    private static final Set<String> DISPATCH_FIELDS = Set.of("type", "code", "category", "segment");
    private static final Set<String> REFERRAL_FIELDS = Set.of("type", "code", "service", "label", "kind", "within",
            "codings");

    private DispositionJson() {
    }

    /** @return the field's text, which must be a non-blank string */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(field + " must be a non-blank string, not " + value);
        }
        return value.asText();
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("dispositions");
        module.addSerializer(Disposition.class, new Writer());
        module.addDeserializer(Disposition.class, new Reader());
        module.addDeserializer(Duration.class, new StrictDuration());
        return module;
    }

    private static final class Writer extends StdSerializer<Disposition> {
        Writer() {
            super(Disposition.class);
        }

        @Override
        public void serialize(Disposition d, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartObject();
            out.writeStringField("type", d.isDispatch() ? "DISPATCH" : "HEAR_AND_TREAT");
            out.writeStringField("code", d.code());
            if (d instanceof Dispatch dispatch) {
                out.writeStringField("category", dispatch.category().name());
                if (dispatch.segment() != null) {
                    out.writeStringField("segment", dispatch.segment().name());
                }
            } else if (d instanceof HearAndTreat referral) {
                out.writeStringField("service", referral.service());
                out.writeStringField("label", referral.label());
                out.writeStringField("kind", referral.kind().name());
                if (referral.within() != null) {
                    out.writeStringField("within", referral.within().toString());
                }
                if (!referral.codings().isEmpty()) {
                    provider.defaultSerializeField("codings", referral.codings(), out);
                }
            }
            out.writeEndObject();
        }
    }

    /** An ISO-8601 duration, as a string only: a bare number would silently be read as seconds. */
    private static final class StrictDuration extends StdDeserializer<Duration> {
        StrictDuration() {
            super(Duration.class);
        }

        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Duration) ctxt.handleUnexpectedToken(Duration.class, p);
            }
            try {
                return Duration.parse(p.getText());
            } catch (DateTimeException e) {
                throw InvalidFormatException.from(p, "not an ISO-8601 duration", p.getText(), Duration.class);
            }
        }
    }

    private static final class Reader extends StdDeserializer<Disposition> {
        Reader() {
            super(Disposition.class);
        }

        @Override
        public Disposition deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (Disposition) ctxt.handleUnexpectedToken(Disposition.class, p);
            }
            JsonNode node = ctxt.readTree(p);
            String type = node.path("type").asText("");
            Set<String> allowed = switch (type) {
                case "DISPATCH" -> DISPATCH_FIELDS;
                case "HEAR_AND_TREAT" -> REFERRAL_FIELDS;
                default -> throw InvalidFormatException.from(p, "type must be DISPATCH or HEAR_AND_TREAT", type,
                        Disposition.class);
            };
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw InvalidFormatException.from(p, "unknown disposition property " + name + "; known: "
                            + allowed, name, Disposition.class);
                }
            }
            Disposition d;
            try {
                d = type.equals("DISPATCH")
                        ? new Dispatch(ArpCategory.valueOf(node.path("category").asText("")),
                        node.hasNonNull("segment") ? C2Segment.valueOf(node.get("segment").asText()) : null)
                        : new HearAndTreat(text(node, "service"), text(node, "label"),
                        ServiceKind.valueOf(text(node, "kind")),
                        node.hasNonNull("within") ? Duration.parse(text(node, "within")) : null,
                        node.hasNonNull("codings") ? codings(ctxt, node.get("codings")) : null);
            } catch (IllegalArgumentException | DateTimeException e) {
                throw InvalidFormatException.from(p, e.getMessage(), node.toString(), Disposition.class);
            }
            if (node.hasNonNull("code") && !node.get("code").asText().equals(d.code())) {
                throw InvalidFormatException.from(p, "code " + node.get("code").asText() + " does not match " + d.code(),
                        node.get("code").asText(), Disposition.class);
            }
            return d;
        }

        private static List<Coding> codings(DeserializationContext ctxt, JsonNode node) throws IOException {
            return ctxt.readTreeAsValue(node, ctxt.getTypeFactory().constructCollectionType(List.class, Coding.class));
        }
    }
}
