package org.dispatchregister.admin;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.web.Messages;
import org.dispatchregister.common.Role;
import org.dispatchregister.web.Flash;
import org.dispatchregister.web.Redirects;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The Admin section: links to users and history, and the backup action. */
@jakarta.ws.rs.Path("/admin")
@RolesAllowed(Role.ADMIN_ROLE)
public class AdminResource {

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance index(boolean backupSupported);
    }

    @Inject
    BackupService backups;

    @Inject
    Flash flash;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        return Templates.index(backups.supported());
    }

    @POST
    @jakarta.ws.rs.Path("backup")
    public Response backup() throws Exception {
        if (!backups.supported()) {
            flash.set(Messages.notices().backup_h2_only());
            return Redirects.seeOther("/admin");
        }
        Path file = backups.backup();
        return Response.ok(Files.newInputStream(file), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"")
                .header("Content-Length", Files.size(file))
                .build();
    }
}
