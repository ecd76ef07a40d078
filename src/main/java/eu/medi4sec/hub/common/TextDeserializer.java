package eu.medi4sec.hub.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Reads every JSON string of every request body and refuses the control characters that
 * {@link ControlCharacters} rules out, before the text can reach a service or the database.
 */
class TextDeserializer extends StdScalarDeserializer<String> {

    TextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text == null) {
            return null;
        }
        String field = nearestFieldName(parser);
        var problem = ControlCharacters.problemIn(text, ControlCharacters.isMultiLine(field));
        if (problem.isPresent()) {
            // Jackson adds the JSON path (themes[2], relations[0].to) as the exception travels up.
            throw new UnacceptableText(parser, problem.get());
        }
        return text;
    }

    /** The field that holds this string, also when it is an element of a list. */
    private static String nearestFieldName(JsonParser parser) {
        for (var scope = parser.getParsingContext(); scope != null; scope = scope.getParent()) {
            if (scope.inObject()) {
                return scope.getCurrentName();
            }
        }
        return null;
    }

    /** A string with a character the API does not accept; {@link Problems} answers 422 naming the field. */
    static final class UnacceptableText extends JsonMappingException {
        UnacceptableText(JsonParser parser, String message) {
            super(parser, message);
        }

        String reason() {
            return getOriginalMessage();
        }
    }
}
