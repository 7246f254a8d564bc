package org.dispatchregister.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.dispatchregister.common.Role;
import org.dispatchregister.web.PageInfo;
import org.dispatchregister.web.QueryString;
import org.dispatchregister.web.Sort;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The whole audit history for administrators, newest first, with filters. Read-only by design. */
@Path("/admin/audit")
@RolesAllowed(Role.ADMIN_ROLE)
@Produces(MediaType.TEXT_HTML)
public class AuditResource {

    @CheckedTemplate(basePath = "audit")
    static class Templates {
        static native TemplateInstance list(List<AuditEventView> events, AuditHistory.Filter filter, PageInfo page);
    }

    @Inject
    AuditHistory history;

    @GET
    public TemplateInstance list(@RestQuery String user, @RestQuery String action, @RestQuery String type,
            @RestQuery String id, @RestQuery String sort, @RestQuery String dir, @RestQuery Integer page) {
        Long entityId = parseId(id);
        AuditHistory.Filter filter = new AuditHistory.Filter(user, action, type, entityId);
        Sort order = AuditHistory.SORTS.parse(sort, dir);
        int number = PageInfo.clamp(page);
        int size = PageInfo.DEFAULT_SIZE;
        AuditHistory.Result result = history.search(filter, order, (number - 1) * size, size);
        String query = new QueryString().add("user", user).add("action", action).add("type", type).add("id", id).toString();
        return Templates.list(result.rows(), filter, new PageInfo(number, size, result.total(), "/admin/audit", query, order));
    }

    private static Long parseId(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(id.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
