package org.dispatchregister.recipients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.web.Messages;
import org.dispatchregister.common.Role;
import org.dispatchregister.web.Flash;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.Redirects;
import org.dispatchregister.web.OnceOnly;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** CSV import: upload or paste, see what each row would do, then confirm (one transaction). */
@Path("/recipients/import")
@RolesAllowed(Role.CLERK_ROLE)
@Produces(MediaType.TEXT_HTML)
public class RecipientImportResource {

    @CheckedTemplate(basePath = "recipients")
    static class Templates {
        static native TemplateInstance importPage(String csv, RecipientImport.Plan plan, FormErrors errors);
    }

    @Inject
    RecipientImport importer;

    @Inject
    Flash flash;

    @GET
    public TemplateInstance page() {
        return Templates.importPage("", null, FormErrors.none());
    }

    /** Step 1: read the upload (or the pasted text) and show the plan; nothing is written. */
    @POST
    @Path("preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response preview(@RestForm("file") FileUpload file, @RestForm String csv) throws IOException {
        String text = csv == null ? "" : csv;
        if (file != null && file.size() > 0) {
            try {
                text = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            } catch (java.nio.charset.CharacterCodingException e) {
                // a spreadsheet saved as .xlsx, a PDF, a picture...: say so instead of failing
                return Response.status(400).entity(Templates.importPage("", null, new FormErrors().add("_form",
                        Messages.notices().not_utf8()))).build();
            }
        }
        RecipientImport.Plan plan = importer.plan(text);
        if (plan.fileError() != null) {
            return Response.status(400).entity(Templates.importPage(text, null,
                    new FormErrors().add("_form", plan.fileError()))).build();
        }
        return Response.ok(Templates.importPage(text, plan, FormErrors.none())).build();
    }

    /** Step 2: the user confirmed; plan the same text again and write it. */
    @POST
    @OnceOnly
    public Response confirm(@RestForm String csv) {
        FormErrors errors = new FormErrors();
        RecipientImport.Result result;
        try {
            result = importer.apply(csv == null ? "" : csv, errors);
        } catch (RecipientImport.Failed failed) {
            errors.add("_form", failed.getMessage());
            result = null;
        }
        if (result == null) {
            return Response.status(400).entity(Templates.importPage(csv == null ? "" : csv, null, errors)).build();
        }
        flash.set(Messages.notices().import_done(result.created(), result.updated(), result.unchanged(), result.skipped()));
        return Redirects.seeOther("/recipients");
    }
}
