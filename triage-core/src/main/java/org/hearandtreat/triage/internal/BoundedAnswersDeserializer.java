package org.hearandtreat.triage.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.MapType;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.InvalidFieldException;

/**
 * Reads a map of answers (a call's answers, a patient's history) and stops at the first entry past
 * {@link Assessment#MAX_ANSWERS}, while reading: a hostile document cannot make the reader build a huge map first.
 * Thread-safe: stateless.
 */
final class BoundedAnswersDeserializer extends StdDeserializer<Map<String, Answer>> {

    private static final long serialVersionUID = 1L;

    private BoundedAnswersDeserializer() {
        super(Map.class);
    }

    /** @return a module that reads every {@code Map<String, Answer>} this way */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("bounded-answers");
        module.setDeserializers(new SimpleDeserializers() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonDeserializer<?> findMapDeserializer(MapType type, DeserializationConfig config,
                    BeanDescription beanDesc, KeyDeserializer keyDeserializer, TypeDeserializer elementTypeDeserializer,
                    JsonDeserializer<?> elementDeserializer) {
                return type.getKeyType().getRawClass() == String.class
                        && type.getContentType().getRawClass() == Answer.class ? new BoundedAnswersDeserializer() : null;
            }
        });
        return module;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Answer> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.isExpectedStartObjectToken()) {
            return (Map<String, Answer>) ctxt.handleUnexpectedToken(Map.class, p);
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String code = p.currentName();
            if (answers.size() == Assessment.MAX_ANSWERS) {
                throw new InvalidFieldException("", "more than " + Assessment.MAX_ANSWERS + " answers",
                        "at most " + Assessment.MAX_ANSWERS + " answers");
            }
            p.nextToken();
            try {
                answers.put(code, ctxt.readValue(p, Answer.class));
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, answers, code);
            }
        }
        return answers;
    }
}
