package org.dispatchregister.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Refused JSON input: answered as {@code {"status":400,"errors":[{"field","message"}]}} so API clients can show
 * each message next to its field. The "_form" key of the page forms becomes the field "request".
 */
public class ApiValidationException extends RuntimeException {

    private final transient FormErrors errors;

    public ApiValidationException(FormErrors errors) {
        super("validation failed");
        this.errors = errors;
    }

    /** One refused field. */
    public record FieldError(String field, String message) {
    }

    /** The JSON body of a 400. */
    public record Body(int status, List<FieldError> errors) {
    }

    public static void throwIfPresent(FormErrors errors) {
        if (errors.isPresent()) {
            throw new ApiValidationException(errors);
        }
    }

    /** Maps the exception to its 400 response. */
    public static class Mapper {
        @ServerExceptionMapper
        public Response toResponse(ApiValidationException e) {
            List<FieldError> fields = e.errors.asMap().entrySet().stream()
                    .map((Map.Entry<String, String> m) -> new FieldError("_form".equals(m.getKey()) ? "request" : m.getKey(), m.getValue()))
                    .toList();
            return Response.status(400).type(MediaType.APPLICATION_JSON).entity(new Body(400, fields)).build();
        }
    }
}
