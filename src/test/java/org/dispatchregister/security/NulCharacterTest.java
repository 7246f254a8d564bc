package org.dispatchregister.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.support.Session;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A NUL character is refused with a clear 400 wherever it comes in, on H2 and on PostgreSQL (which
 * cannot store or compare text holding one): in a search, and in a saved form field.
 */
@QuarkusTest
class NulCharacterTest {

    @Test
    void nulInASearchIsA400Page() {
        Session viewer = Session.viewer();
        var r = viewer.request().urlEncodingEnabled(false).get("/statements?q=a%00b");
        assertEquals(400, r.statusCode());
        assertTrue(r.asString().contains("NUL character"), r.asString());
    }

    @Test
    void nulInAFormFieldNeverGivesA500AndSavesNothingBroken() {
        Session clerk = Session.clerk();
        clerk.get("/recipients/new");
        String name = "Nul body " + System.nanoTime();
        int status = clerk.post("/recipients", Map.of("name", name + "\u0000x", "category", "OTHER")).statusCode();
        assertTrue(status == 303 || status == 400, "status " + status);
        if (status == 400) {
            assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Recipient.count("name like ?1", name + "%")));
        }
    }
}
