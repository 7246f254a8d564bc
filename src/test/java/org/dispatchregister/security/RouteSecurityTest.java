package org.dispatchregister.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every state-changing route, enumerated from the application's own resource classes (not a
 * hand-kept list), rejects an anonymous caller, a VIEWER, and (for browser forms) a request
 * without the CSRF token or with a foreign one.
 */
@QuarkusTest
public class RouteSecurityTest {

    /** Routes any signed-in user may use on their own account: they still need sign-in and CSRF. */
    private static final Set<String> SELF_SERVICE = Set.of("POST /logout", "POST /account/password", "POST /account/sessions/end",
            "POST /account/language");

    /** A route and the media type it consumes (what a real client would send). */
    record Route(String method, String path, String consumes) {
        boolean api() {
            return path.startsWith("/api/");
        }

        String key() {
            return method + " " + path;
        }
    }

    /** A resource method and the path of its class. */
    record ResourceMethod(String classPath, Method method) {
        String path() {
            jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
            return join(classPath, methodPath == null ? "" : methodPath.value());
        }
    }

    /** Every method of every resource class of the application (read from target/classes, not a hand-kept list). */
    static List<ResourceMethod> resourceMethods() throws IOException {
        Path classes = Path.of("target", "classes");
        List<ResourceMethod> methods = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/dispatchregister"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
                } catch (Throwable e) {
                    continue;
                }
                jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (classPath != null) {
                    for (Method m : type.getDeclaredMethods()) {
                        methods.add(new ResourceMethod(classPath.value(), m));
                    }
                }
            }
        }
        return methods;
    }

    static List<Route> stateChangingRoutes() throws IOException {
        List<Route> routes = new ArrayList<>();
        for (ResourceMethod rm : resourceMethods()) {
            Method m = rm.method();
            String verb = m.isAnnotationPresent(POST.class) ? "POST" : m.isAnnotationPresent(PUT.class) ? "PUT"
                    : m.isAnnotationPresent(PATCH.class) ? "PATCH" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
            if (verb == null) {
                continue;
            }
            String path = rm.path();
            Consumes consumes = m.getAnnotation(Consumes.class);
            if (consumes == null) {
                consumes = m.getDeclaringClass().getAnnotation(Consumes.class);
            }
            String mediaType = consumes != null ? consumes.value()[0]
                    : path.startsWith("/api/") ? "application/json" : "application/x-www-form-urlencoded";
            routes.add(new Route(verb, path.replaceAll("\\{[^}]+}", "1"), mediaType));
        }
        assertTrue(routes.size() >= 5, "found the application's routes: " + routes);
        return routes;
    }

    private static String join(String a, String b) {
        String joined = ("/" + a + "/" + b).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** A body of the route's own media type, with the CSRF token when one is given. */
    private static RequestSpecification withBody(RequestSpecification spec, Route route, String csrfToken) {
        switch (route.consumes()) {
            case "multipart/form-data" -> {
                spec.multiPart("x", "1");
                if (csrfToken != null) {
                    spec.multiPart("csrf-token", csrfToken);
                }
            }
            case "application/x-www-form-urlencoded" -> {
                spec.contentType("application/x-www-form-urlencoded").formParam("x", "1");
                if (csrfToken != null) {
                    spec.formParam("csrf-token", csrfToken);
                }
            }
            case "text/plain" -> spec.contentType("text/plain").body("x");
            default -> spec.contentType("application/json").body("{}");
        }
        return spec;
    }

    /** Every page (GET, not the API) of the app, with each path parameter filled from the first path segment. */
    public static List<String> pages(java.util.function.Function<String, Long> idFor) throws IOException {
        List<String> pages = new ArrayList<>();
        for (ResourceMethod rm : resourceMethods()) {
            if (rm.method().isAnnotationPresent(jakarta.ws.rs.GET.class) && !rm.classPath().startsWith("/api")) {
                String path = rm.path();
                String first = path.replaceAll("^/(reports/)?([^/]+).*", "$2");
                pages.add(path.replaceAll("\\{[^}]+}", String.valueOf(idFor.apply(first))));
            }
        }
        assertTrue(pages.size() >= 20, "found the application's pages: " + pages);
        return pages;
    }

    /**
     * A viewer is never shown a form they cannot submit (they would type and then lose it all on the
     * 403): on every page, every POST form a viewer sees is one of their own account's.
     */
    @Test
    void viewersSeeNoFormTheyCannotSubmit() throws IOException {
        java.util.Map<String, Long> ids = org.dispatchregister.dispatches.WorkflowData.oneOfEach(
                org.dispatchregister.dispatches.WorkflowData.unique("ViewerForms"));
        Session viewer = Session.viewer();
        java.util.regex.Pattern form = java.util.regex.Pattern.compile("<form[^>]*method=\"post\"[^>]*action=\"([^\"]*)\"");
        List<String> offending = new ArrayList<>();
        int seen = 0;
        for (String page : pages(first -> ids.getOrDefault(first, 1L))) {
            Response r = viewer.request().get(page);
            if (r.statusCode() != 200 || !String.valueOf(r.contentType()).startsWith("text/html")) {
                continue;
            }
            seen++;
            java.util.regex.Matcher m = form.matcher(r.asString());
            while (m.find()) {
                String action = m.group(1);
                if (!action.equals("/logout") && !action.startsWith("/account/") && !action.equals("/j_security_check")) {
                    offending.add(page + " shows a form posting to " + action);
                }
            }
        }
        assertTrue(seen >= 15, "pages a viewer can open: " + seen);
        assertTrue(offending.isEmpty(), String.join("\n", offending));
    }

    @Test
    void anonymousCallersAreRejectedEverywhere() throws IOException {
        for (Route route : stateChangingRoutes()) {
            Response r = withBody(given().redirects().follow(false), route, null).request(route.method(), route.path());
            if (route.api()) {
                assertEquals(401, r.statusCode(), route.key());
            } else {
                assertEquals(302, r.statusCode(), route.key());
                assertTrue(r.header("Location").endsWith("/login"), route.key());
            }
        }
    }

    @Test
    void viewersAreRefusedEveryChange() throws IOException {
        Session viewer = Session.viewer();
        String token = viewer.csrfToken();
        String viewerName = TestUsers.ensure("viewer", "VIEWER");
        for (Route route : stateChangingRoutes()) {
            if (SELF_SERVICE.contains(route.key())) {
                continue;
            }
            Response r;
            if (route.api()) {
                r = withBody(given().redirects().follow(false).auth().preemptive().basic(viewerName, TestUsers.PASSWORD),
                        route, null).request(route.method(), route.path());
            } else {
                r = withBody(viewer.request(), route, token).request(route.method(), route.path());
            }
            assertEquals(403, r.statusCode(), route.key() + " " + r.asString());
        }
    }

    @Test
    void formsWithoutOrWithForeignCsrfTokenAreRejected() throws IOException {
        Session admin = Session.admin();
        admin.csrfToken();
        for (Route route : stateChangingRoutes()) {
            if (route.api()) {
                // The API never accepts the browser's session cookie, so a forged request cannot use it.
                Response r = withBody(admin.request(), route, null).request(route.method(), route.path());
                assertEquals(401, r.statusCode(), route.key());
                continue;
            }
            Response missing = withBody(admin.request(), route, null).request(route.method(), route.path());
            assertEquals(400, missing.statusCode(), "missing token: " + route.key());
            Response foreign = withBody(admin.request(), route, "AAAAAAAAAAAAAAAAAAAAAA").request(route.method(), route.path());
            assertEquals(400, foreign.statusCode(), "foreign token: " + route.key());
        }
    }
}
