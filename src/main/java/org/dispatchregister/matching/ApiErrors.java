package org.dispatchregister.matching;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The JSON refusal of a text the API cannot read: empty (400) or too long (413). */
final class ApiErrors {

    private ApiErrors() {
    }

    static Response refuse(String text) {
        String problem = TextInput.problem(text);
        if (problem == null) {
            return null;
        }
        int status = text != null && text.length() > TextInput.MAX_CHARS ? 413 : 400;
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("status", status, "error", problem)).build();
    }
}
