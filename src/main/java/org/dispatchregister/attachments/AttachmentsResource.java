package org.dispatchregister.attachments;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.common.NotFound;
import org.dispatchregister.common.Role;
import org.jboss.resteasy.reactive.RestPath;

/** Downloads an attachment: always as a download, never rendered by the browser. */
@Path("/attachments")
@RolesAllowed(Role.VIEWER_ROLE)
public class AttachmentsResource {

    @Inject
    AttachmentService attachments;

    @GET
    @Path("{id}")
    public Response download(@RestPath Long id) throws java.io.IOException {
        Attachment a = NotFound.orThrow(Attachment.<Attachment> findById(id));
        java.nio.file.Path file = attachments.file(a);
        if (!Files.isRegularFile(file)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        String ascii = a.fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(a.fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(Files.newInputStream(file), a.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Length", a.sizeBytes)
                .build();
    }
}
