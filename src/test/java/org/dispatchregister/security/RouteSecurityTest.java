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
class RouteSecurityTest {

    /** Routes any signed-in user may use on their own account: they still need sign-in and CSRF. */
    private static final Set<String> SELF_SERVICE = Set.of("POST /logout", "POST /account/password");

    /** A route and the media type it consumes (what a real client would send). */
    record Route(String method, String path, String consumes) {
        boolean api() {
            return path.startsWith("/api/");
        }

        String key() {
            return method + " " + path;
        }
    }

    static List<Route> stateChangingRoutes() throws IOException {
        Path classes = Path.of("target", "classes");
        List<Route> routes = new ArrayList<>();
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
                if (classPath == null) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    String verb = m.isAnnotationPresent(POST.class) ? "POST" : m.isAnnotationPresent(PUT.class) ? "PUT"
                            : m.isAnnotationPresent(PATCH.class) ? "PATCH" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                    if (verb == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path methodPath = m.getAnnotation(jakarta.ws.rs.Path.class);
                    String path = join(classPath.value(), methodPath == null ? "" : methodPath.value());
                    Consumes consumes = m.getAnnotation(Consumes.class);
                    if (consumes == null) {
                        consumes = type.getAnnotation(Consumes.class);
                    }
                    String mediaType = consumes != null ? consumes.value()[0]
                            : path.startsWith("/api/") ? "application/json" : "application/x-www-form-urlencoded";
                    routes.add(new Route(verb, path.replaceAll("\\{[^}]+}", "1"), mediaType));
                }
            }
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
