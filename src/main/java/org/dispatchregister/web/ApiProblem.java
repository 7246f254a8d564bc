package org.dispatchregister.web;

import java.util.List;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one shape of every refused API request: RFC 9457 problem details, {@code application/problem+json}:
 * {@code {"type":"about:blank","title":"Request not accepted","status":400,"detail":"…","errors":[{"field":"name",
 * "message":"…"}]}}. {@code errors} is an extension member with one entry per refused field, so a client can show
 * each message next to its field; a refusal of the request as a whole has the field "request". Built only by the
 * exception mappers ({@link ErrorPages}, and the report mapper for its own exception) and, for a call without valid
 * credentials, refused before JAX-RS runs, by the API's Basic mechanism.
 */
public record ApiProblem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One refused field. */
    public record FieldError(String field, String message) {
    }

    // Written here rather than by the JSON provider: it must come out the same from exception mappers and from the
    // response filter that fills bodiless errors, whatever media types the provider is registered for.
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Response response(int status, String detail, FormErrors errors) {
        return Response.status(status).type(MEDIA_TYPE).entity(json(status, detail, errors)).build();
    }

    /** The body alone, for a refusal written before JAX-RS runs (the API's 401). */
    public static String json(int status, String detail, FormErrors errors) {
        List<FieldError> fields = errors.asMap().entrySet().stream()
                .map(e -> new FieldError("_form".equals(e.getKey()) ? "request" : e.getKey(), e.getValue())).toList();
        String summary = detail != null ? detail
                : fields.size() == 1 ? fields.get(0).message() : "Some fields were not accepted; see errors.";
        ApiProblem problem = new ApiProblem("about:blank", ErrorPages.titleFor(status), status, summary, fields);
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
