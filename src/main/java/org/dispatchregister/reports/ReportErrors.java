package org.dispatchregister.reports;


import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.web.ApiProblem;
import org.dispatchregister.web.FormErrors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/** A report parameter that cannot be used: 400 with the reason, as a page (or JSON under /api/). */
public class ReportErrors {

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance invalid(String message, String backTo);
    }

    @ServerExceptionMapper
    public Response badInput(ReportInputException e, HttpServerRequest request) {
        if (request.path().startsWith("/api/")) {
            return ApiProblem.response(400, e.getMessage(), FormErrors.none());
        }
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.invalid(e.getMessage(), e.backTo()).render()).build();
    }
}
