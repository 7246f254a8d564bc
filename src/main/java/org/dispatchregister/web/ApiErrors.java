package org.dispatchregister.web;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The JSON body of a refused API request: {"status":400,"errors":[{"field":…,"message":…}]}. */
public record ApiErrors(int status, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    public static Response badRequest(FormErrors errors) {
        List<FieldError> list = errors.asMap().entrySet().stream()
                .map(e -> new FieldError(e.getKey().equals("_form") ? null : e.getKey(), e.getValue())).toList();
        return Response.status(400).type(MediaType.APPLICATION_JSON).entity(new ApiErrors(400, list)).build();
    }
}
