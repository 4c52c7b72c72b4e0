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
import java.util.Iterator;
import java.util.Set;
import org.hearandtreat.triage.Dispatch;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.HearAndTreat;
import org.hearandtreat.triage.InvalidFieldException;

/**
 * JSON for dispositions. Written as an object with its {@code type}, its {@code code} and its fields; read from
 * that object or from the bare code string ({@code "C2A"}, {@code "GP/PT24H"}), which is how case files state what
 * they expect. Thread-safe.
 */
final class DispositionJson {

    private static final Set<String> DISPATCH_FIELDS = Set.of("type", "code", "category", "segment");
    private static final Set<String> REFERRAL_FIELDS = Set.of("type", "code", "pathway", "within");

    private DispositionJson() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("dispositions");
        module.addSerializer(Disposition.class, new Writer());
        module.addDeserializer(Disposition.class, new Reader());
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
                out.writeStringField("pathway", referral.pathway().name());
                if (referral.within() != null) {
                    out.writeStringField("within", referral.within().toString());
                }
            }
            out.writeEndObject();
        }
    }

    private static final class Reader extends StdDeserializer<Disposition> {
        Reader() {
            super(Disposition.class);
        }

        @Override
        public Disposition deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return parse(p, p.getText());
            }
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
            String code = type.equals("DISPATCH")
                    ? node.path("category").asText("") + node.path("segment").asText("")
                    : node.path("pathway").asText("") + (node.hasNonNull("within") ? "/" + node.get("within").asText() : "");
            Disposition d = parse(p, code);
            if (node.hasNonNull("code") && !node.get("code").asText().equals(d.code())) {
                throw InvalidFormatException.from(p, "code " + node.get("code").asText() + " does not match " + d.code(),
                        node.get("code").asText(), Disposition.class);
            }
            return d;
        }

        private static Disposition parse(JsonParser p, String code) throws IOException {
            try {
                return Disposition.parse(code);
            } catch (InvalidFieldException e) {
                throw InvalidFormatException.from(p, e.getMessage(), code, Disposition.class);
            }
        }
    }
}
