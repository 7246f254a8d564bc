package org.dispatchregister.recipients;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.dispatchregister.support.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class RegisterApiTest {

    static RequestSpecification as(String role) {
        String user = TestUsers.ensure("api" + role.toLowerCase(), role);
        return given().auth().preemptive().basic(user, TestUsers.PASSWORD).contentType("application/json");
    }

    @Test
    void searchFindsByAliasAndFiltersByCategory() {
        as("VIEWER").get("/api/recipients?q=International+Ombudsman+Institution").then().statusCode(200)
                .body("items.acronym", hasItem("IOI")).body("total", greaterThan(0));
        as("VIEWER").get("/api/recipients?category=UN_AGENCY&active=true").then().statusCode(200)
                .body("items.acronym", hasItem("OHCHR")).body("items.category", org.hamcrest.Matchers.everyItem(equalTo("UN_AGENCY")));
        // Other tests may add bodies whose names contain "OHCHR": look at the seeded one itself.
        as("VIEWER").get("/api/recipients?q=OHCHR").then().body("items.find { it.acronym == 'OHCHR' }.parentId", notNullValue())
                .body("items.find { it.acronym == 'OHCHR' }.aliases", hasItem("UN Office of the High Comissioner for Human Rights"));
    }

    @Test
    void createReadUpdateWithValidationAndRoles() {
        String acronym = RegisterFixtures.uniqueAcronym();
        String body = "{\"name\":\"API Body " + acronym + "\",\"acronym\":\"" + acronym + "\",\"emails\":\"a@b.org\",\"aliases\":[\"Api alias\"]}";
        int id = as("CLERK").body(body).post("/api/recipients").then().statusCode(201)
                .header("Location", containsString("/api/recipients/"))
                .body("category", equalTo("OTHER")).body("email", equalTo("a@b.org")).body("active", equalTo(true))
                .extract().path("id");
        as("VIEWER").get("/api/recipients/" + id).then().statusCode(200).body("aliases", hasItem("Api alias"));
        int version = as("VIEWER").get("/api/recipients/" + id).then().extract().path("version");
        as("CLERK").body("{\"name\":\"API Body renamed\",\"acronym\":\"" + acronym + "\",\"category\":\"NGO\",\"version\":" + version + "}")
                .put("/api/recipients/" + id).then().statusCode(200).body("name", equalTo("API Body renamed")).body("category", equalTo("NGO"));
        as("CLERK").body("{\"name\":\"Stale\",\"version\":" + version + "}").put("/api/recipients/" + id).then().statusCode(409)
                .body("status", equalTo(409));
        as("CLERK").body("{\"name\":\"\",\"acronym\":\"O.S.C.E.\",\"category\":\"BOGUS\",\"emails\":\"nope\"}").post("/api/recipients")
                .then().statusCode(400).body("status", equalTo(400))
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("acronym"))
                .body("errors.field", hasItem("categoryCode")).body("errors.field", hasItem("emails"));
        as("CLERK").body("{\"name\":\"x\",\"parentId\":" + id + ",\"version\":" + (version + 1) + "}").put("/api/recipients/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
        as("VIEWER").body("{\"name\":\"Viewer made\"}").post("/api/recipients").then().statusCode(403);
        as("VIEWER").body("{\"name\":\"Viewer made\"}").put("/api/recipients/" + id).then().statusCode(403);
        as("VIEWER").get("/api/recipients/99999999").then().statusCode(404).body("status", equalTo(404));
        as("CLERK").body("not json").post("/api/recipients").then().statusCode(400);
        given().get("/api/recipients").then().statusCode(401);
    }

    @Test
    void listsApiListsCreatesAndExpands() {
        as("VIEWER").get("/api/lists").then().statusCode(200).body("name", hasItem("Standard international distribution"));
        String name = RegisterFixtures.unique("API list");
        int id = as("CLERK").body("{\"name\":\"" + name + "\",\"description\":\"d\"}").post("/api/lists").then().statusCode(201)
                .body("name", equalTo(name)).extract().path("id");
        as("CLERK").body("{\"name\":\"" + name + "\"}").post("/api/lists").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        as("VIEWER").body("{\"name\":\"v\"}").post("/api/lists").then().statusCode(403);
        as("VIEWER").get("/api/lists/" + id + "/members").then().statusCode(200).body("size()", equalTo(0));
        int standard = as("VIEWER").get("/api/lists").then().extract().path("find { it.name == 'Standard international distribution' }.id");
        as("VIEWER").get("/api/lists/" + standard + "/members").then().statusCode(200).body("size()", equalTo(24))
                .body("acronym", hasItem("UPF"));
        as("VIEWER").get("/api/lists/99999999/members").then().statusCode(404);
    }
}
