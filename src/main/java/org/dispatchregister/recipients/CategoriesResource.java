package org.dispatchregister.recipients;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Admin page of recipient categories: list, create, rename, reorder, delete while unused. */
@Path("/admin/categories")
@RolesAllowed(Role.ADMIN_ROLE)
@Produces(MediaType.TEXT_HTML)
public class CategoriesResource {

    @CheckedTemplate(basePath = "recipients")
    static class Templates {
        static native TemplateInstance categories(List<CategoryService.Row> rows, Long errorRow, String rowError, FormErrors errors,
                String newCode, String newName);
    }

    @Inject
    CategoryService service;

    @Inject
    CategoryCatalog catalog;

    @Inject
    Flash flash;

    @GET
    public TemplateInstance list() {
        return Templates.categories(service.rows(), null, null, FormErrors.none(), "", "");
    }

    @POST
    @OnceOnly
    public Response create(@RestForm String code, @RestForm String name) {
        FormErrors errors = new FormErrors();
        Category created = service.create(code, name, errors);
        if (created == null) {
            return Response.status(400).entity(Templates.categories(service.rows(), null, null, errors, code, name)).build();
        }
        catalog.invalidate();
        flash.set(Messages.notices().category_added(created.name));
        return Redirects.seeOther("/admin/categories");
    }

    @POST
    @Path("{id}/rename")
    public Response rename(@RestPath Long id, @RestForm String name, @RestForm Long version) {
        FormErrors errors = new FormErrors();
        service.rename(id, name, version, errors);
        if (errors.isPresent()) {
            return Response.status(400).entity(Templates.categories(service.rows(), id, errors.get("name"), FormErrors.none(), "", "")).build();
        }
        catalog.invalidate();
        flash.set(Messages.notices().category_renamed());
        return Redirects.seeOther("/admin/categories");
    }

    @POST
    @Path("{id}/up")
    public Response up(@RestPath Long id) {
        service.move(id, true);
        catalog.invalidate();
        return Redirects.seeOther("/admin/categories");
    }

    @POST
    @Path("{id}/down")
    public Response down(@RestPath Long id) {
        service.move(id, false);
        catalog.invalidate();
        return Redirects.seeOther("/admin/categories");
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@RestPath Long id) {
        FormErrors errors = new FormErrors();
        String name = service.delete(id, errors);
        if (errors.isPresent()) {
            return Response.status(400).entity(Templates.categories(service.rows(), null, null, errors, "", "")).build();
        }
        catalog.invalidate();
        flash.set(Messages.notices().category_deleted(name));
        return Redirects.seeOther("/admin/categories");
    }
}
