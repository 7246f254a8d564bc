package org.dispatchregister.web;

import java.util.Deque;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * The one mechanism against double submits ({@link OnceOnly}): a form's one-time token, or an API call's
 * {@code Idempotency-Key}, is claimed before the method runs; a second request with it (double click, back and
 * submit again, a second tab, a parallel request) gets the first request's answer (the same redirect, the same
 * page, the same 201 and body) and creates nothing. A request without a token is served as before (a script
 * posting a form, an API client that sends no key). Runs outside the method's transaction, so the result is
 * recorded only after the work committed.
 */
@OnceOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class OnceOnlyInterceptor {

    public static final String HEADER = "Idempotency-Key";

    /** Tells an API client that the answer is the stored one of its first request. */
    static final String REPLAYED = "Idempotent-Replayed";

    private static final int MAX_KEY = 200;

    @Inject
    Submissions submissions;

    @Inject
    SecurityIdentity identity;

    @Inject
    Flash flash;

    @Inject
    ObjectMapper json;

    @Inject
    RoutingContext routing;

    @AroundInvoke
    Object once(InvocationContext call) throws Exception {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        if (request == null || identity.isAnonymous()) {
            return call.proceed();
        }
        boolean api = ErrorPages.isApi(routing.request());
        String token = api ? apiKey(request) : formToken(request);
        if (token == null) {
            return call.proceed();
        }
        String user = identity.getPrincipal().getName();
        String requestLine = abbreviate(request.getMethod() + " " + request.getPath());
        Submissions.Result first = submissions.claim(user, token, requestLine);
        if (first != null) {
            return answer(first, requestLine, api);
        }
        Object result;
        try {
            result = call.proceed();
        } catch (Exception | Error e) {
            submissions.release(user, token);
            throw e;
        }
        if (!(result instanceof Response response) || response.getStatus() < 200 || response.getStatus() >= 400) {
            submissions.release(user, token);
            return result;
        }
        return recorded(user, token, response);
    }

    /** Keeps the answer for the next request with this token; a page is rendered once, here, so both get the same. */
    private Response recorded(String user, String token, Response response) throws Exception {
        Object entity = response.getEntity();
        String type = null;
        String body = null;
        if (entity instanceof TemplateInstance page) {
            body = page.render();
            type = MediaType.TEXT_HTML + ";charset=UTF-8";
        } else if (entity instanceof String text) {
            body = text;
            type = response.getMediaType() == null ? MediaType.TEXT_PLAIN : response.getMediaType().toString();
        } else if (entity != null) {
            body = json.writeValueAsString(entity);
            type = MediaType.APPLICATION_JSON;
        }
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        submissions.finish(user, token, response.getStatus(), location, type, body);
        return entity == null || entity instanceof String ? response : Response.fromResponse(response).entity(body).type(type).build();
    }

    private Response answer(Submissions.Result first, String requestLine, boolean api) {
        if (!first.requestLine().equals(requestLine)) {
            return refusal(422, api, "This " + (api ? HEADER + " was already used for another request (" + first.requestLine()
                    + "); send a new key with each new request." : "form was already used for another action; open the form again."));
        }
        if (!first.finished()) {
            return refusal(409, api, api ? "The first request with this " + HEADER + " is still being processed; send it again in a "
                    + "moment to get its result." : "This form was already sent and is still being saved; nothing is saved twice. "
                    + "Open the list in a moment to see the result.");
        }
        Response.ResponseBuilder replay = Response.status(first.status());
        if (first.location() != null) {
            replay.header(HttpHeaders.LOCATION, first.location());
        }
        if (first.body() != null) {
            replay.entity(first.body()).type(first.type());
        }
        if (api) {
            replay.header(REPLAYED, "true");
        } else if (first.status() >= 300) {
            flash.set(Messages.notices().already_saved());
        }
        return replay.build();
    }

    private Response refusal(int status, boolean api, String message) {
        if (api) {
            return ApiProblem.response(status, message, new FormErrors().add(HEADER, message));
        }
        return ErrorPages.respond(routing.request(), status, status == 409 ? "Already being saved" : ErrorPages.titleFor(status), message);
    }

    /** The client's key; one that cannot be a key is refused (400) rather than silently ignored. */
    private static String apiKey(ResteasyReactiveRequestContext request) {
        String key = request.getHttpHeaders().getHeaderString(HEADER);
        if (key == null) {
            return null;
        }
        if (key.isEmpty() || key.length() > MAX_KEY || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new ApiValidationException(new FormErrors().add(HEADER, "Send at most " + MAX_KEY
                    + " visible ASCII characters (for example a UUID), a new one for each new request"));
        }
        return key;
    }

    /** The form's one-time token, or null for a form without one (or with a value the form tag never issues). */
    private static String formToken(ResteasyReactiveRequestContext request) {
        FormData form = request.getFormData();
        Deque<FormValue> values = form == null ? null : form.get(Submissions.FIELD);
        String token = values == null || values.isEmpty() || values.getFirst().isFileItem() ? null : values.getFirst().getValue();
        return token != null && Submissions.FORM_TOKEN.matcher(token).matches() ? token : null;
    }

    private static String abbreviate(String line) {
        return line.length() <= 300 ? line : line.substring(0, 300);
    }
}
