package dev.rapport.platform.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the API's JSON with the Jackson that Vaadin brings (3.x). Reading is strict, as documented:
 * an unknown field, a number for an enum, a value of the wrong type, or trailing content is refused with a 400 naming
 * the field, so a typo never passes silently as "not sent". A yes/no field left out means no.
 */
@Produces({MediaType.APPLICATION_JSON, ProblemBody.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
final class JsonBodies implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type != String.class && type != byte[].class && type != InputStream.class;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) {
        JavaType target = MAPPER.getTypeFactory().constructType(genericType);
        try {
            Object value = MAPPER.readValue(body, target);
            if (value == null) {
                throw ApiProblem.badField("", "required", "The request needs a JSON body.");
            }
            return value;
        } catch (UnrecognizedPropertyException unknown) {
            throw ApiProblem.badField(path(unknown), "unknown-field", "Unknown field \"" + unknown.getPropertyName()
                    + "\": this API refuses fields it does not know (see the OpenAPI document).");
        } catch (MismatchedInputException wrongType) {
            throw ApiProblem.badField(path(wrongType), "wrong-type", "Not a valid value here: "
                    + wrongType.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (StreamReadException malformed) {
            throw new ApiProblem(400, "malformed-json", "The body is not valid JSON (line "
                    + malformed.getLocation().getLineNr() + ", column " + malformed.getLocation().getColumnNr() + ").");
        } catch (JacksonException other) {
            throw ApiProblem.badField(path(other), "invalid-value", "Not a valid value here.");
        }
    }

    /** The JSON path of the failing field: {@code emails[1].address}. */
    static String path(JacksonException failure) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : failure.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type != String.class && type != byte[].class && !InputStream.class.isAssignableFrom(type)
                && !jakarta.ws.rs.core.StreamingOutput.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream body) {
        MAPPER.writeValue(body, value);
    }
}
