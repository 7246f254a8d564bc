package org.dispatchregister.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.containsString;

import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The three small endpoints the benchmark measures with: /ping, /api/admin/stats, the report SQL timing. */
@QuarkusTest
class BenchEndpointsTest {

    @Test
    void pingAnswersSignedInUsersOnly() {
        given().redirects().follow(false).get("/ping").then().statusCode(302).header("Location", containsString("/login"));
        Session.viewer().request().get("/ping").then().statusCode(200).body(equalTo("ok"));
    }

    @Test
    void statsAreForAdministratorsOverBasicOnly() {
        given().auth().preemptive().basic(TestUsers.ensure("clerk", "CLERK"), TestUsers.PASSWORD)
                .get("/api/admin/stats").then().statusCode(403);
        given().get("/api/admin/stats").then().statusCode(401);
        given().auth().preemptive().basic("admin", TestUsers.ADMIN_PASSWORD).get("/api/admin/stats?gc=true").then()
                .statusCode(200).body("statisticsEnabled", equalTo(true))
                .body("preparedStatements", greaterThan(0)).body("heapUsedBytes", greaterThan(0));
    }

    @Test
    void reportSqlTimingReadsTheRecipientsDispatches() {
        given().auth().preemptive().basic(TestUsers.ensure("viewer", "VIEWER"), TestUsers.PASSWORD)
                .get("/api/admin/bench/report-sql/1").then().statusCode(403);
        given().auth().preemptive().basic("admin", TestUsers.ADMIN_PASSWORD).get("/api/admin/bench/report-sql/987654321")
                .then().statusCode(200).body("recipientId", equalTo(987654321)).body("rows", equalTo(0))
                .body("millis", greaterThanOrEqualTo(0f));
    }
}
