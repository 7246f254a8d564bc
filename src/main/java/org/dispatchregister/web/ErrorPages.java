package org.dispatchregister.web;

import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleStateException;
import org.hibernate.exception.DataException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Error pages: every failure becomes a styled HTML page for the browser (JSON under /api/),
 * never a stack trace. Unexpected errors are logged with an incident id the page shows.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "errors")
    public static class Templates {
        public static native TemplateInstance page(int status, String title, String message);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpServerRequest request) {
        // JAX-RS answers 404 when a query parameter is not a number ("page=abc"): the address exists, the value is wrong.
        if (e.getCause() instanceof IllegalArgumentException && request.query() != null) {
            return respond(request, 400, Messages.reports().err_title_400(), Messages.reports().not_a_number_msg());
        }
        return respond(request, 404, Messages.reports().err_title_404(), Messages.reports().not_found_msg());
    }

    @ServerExceptionMapper({ ForbiddenException.class, io.quarkus.security.ForbiddenException.class })
    public Response forbidden(Exception e, HttpServerRequest request) {
        return respond(request, 403, Messages.reports().err_title_403(), Messages.reports().err_msg_403());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        if (isApi(request)) {
            return apiUnauthorized();
        }
        return Redirects.seeOther("/login");
    }

    static final String BASIC_CHALLENGE = "Basic realm=\"Dispatch Register\"";

    /**
     * The API's 401 from inside a resource: sign in with HTTP Basic. (A call without valid credentials is refused by
     * the HTTP permission of /api/* before any resource runs: that 401 is the framework's Basic challenge, bodiless.)
     */
    static Response apiUnauthorized() {
        return Response.fromResponse(ApiProblem.response(401, "Sign-in required: send the user name and password (HTTP Basic)",
                FormErrors.none())).header("WWW-Authenticate", BASIC_CHALLENGE).build();
    }

    /** Refused input: the field errors as problem details under /api/; a page gets the 400 page with the messages. */
    @ServerExceptionMapper
    public Response invalid(ApiValidationException e, HttpServerRequest request) {
        if (isApi(request)) {
            return ApiProblem.response(e.status(), null, e.errors());
        }
        return respond(request, e.status(), titleFor(e.status()), String.join(" ", e.errors().asMap().values()));
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response conflict(Exception e, HttpServerRequest request) {
        return respond(request, 409, "Changed by someone else",
                "Someone else saved this record while you were editing it. Go back, reload the page to see their changes, and apply yours again.");
    }

    /** The database refused a value (PostgreSQL: a NUL character in text): the input was wrong, not the app. */
    @ServerExceptionMapper
    public Response dataError(DataException e, HttpServerRequest request) {
        LOG.warnf("Refused input on %s %s: %s", request.method(), request.path(), e.getMessage());
        return respond(request, 400, "Input not accepted",
                "Some of the text contains characters that cannot be stored (for example a NUL character). Nothing was saved.");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        return respond(request, status, titleFor(status), messageFor(status));
    }

    /** A multipart body the client broke (e.g. a raw line break in a file name) is the client's error, not ours. */
    @ServerExceptionMapper
    public Response malformedMultipart(org.jboss.resteasy.reactive.server.core.multipart.MultipartParser.MalformedMessageException e,
            HttpServerRequest request) {
        LOG.debugf(e, "Malformed multipart body on %s %s", request.method(), request.path());
        return respond(request, 400, Messages.reports().err_upload_title(), Messages.reports().err_upload_msg());
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        // A value refused at commit arrives wrapped (rollback, interceptor): it is still bad input.
        // So does a stale version detected only at commit, when two saves raced past the form check.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DataException data) {
                return dataError(data, request);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return conflict((Exception) cause, request);
            }
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error, incident %s, on %s %s", incident, request.method(), request.path());
        return respond(request, 500, Messages.reports().err_title_500(), Messages.reports().err_incident(incident));
    }

    static boolean isApi(HttpServerRequest request) {
        return request.path().startsWith("/api/");
    }

    static Response respond(HttpServerRequest request, int status, String title, String message) {
        if (isApi(request)) {
            return ApiProblem.response(status, message, FormErrors.none());
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.page(status, title, message).render()).build();
    }

    static String titleFor(int status) {
        ReportMsg msg = Messages.reports();
        return switch (status) {
            case 400 -> msg.err_title_400();
            case 401 -> msg.err_title_401();
            case 403 -> msg.err_title_403();
            case 404 -> msg.err_title_404();
            case 405 -> msg.err_title_405();
            case 409 -> msg.err_title_409();
            case 413 -> msg.err_title_413();
            case 415 -> msg.err_title_415();
            default -> status >= 500 ? msg.err_title_500() : msg.err_title_400();
        };
    }

    static String messageFor(int status) {
        ReportMsg msg = Messages.reports();
        return switch (status) {
            case 400 -> msg.err_msg_400();
            case 403 -> msg.err_msg_403();
            case 404 -> msg.err_msg_404();
            case 405 -> msg.err_msg_405();
            case 409 -> msg.err_msg_409();
            case 413 -> msg.err_msg_413();
            case 415 -> msg.err_msg_415();
            default -> status >= 500 ? msg.err_msg_500() : msg.err_msg_other();
        };
    }
}
