package org.dispatchregister.recipients;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.dispatchregister.audit.AuditEvent;
import org.dispatchregister.lists.DistributionList;
import org.dispatchregister.lists.ListMember;
import org.dispatchregister.support.Session;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MergeTest {

    static Long list(String name, Long... recipientIds) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DistributionList l = new DistributionList();
            l.name = name;
            l.createdAt = LocalDateTime.now();
            l.updatedAt = l.createdAt;
            l.persist();
            for (Long id : recipientIds) {
                ListMember m = new ListMember();
                m.list = l;
                m.recipient = Recipient.findById(id);
                m.addedAt = LocalDateTime.now();
                m.persist();
            }
            return l.id;
        });
    }

    @Test
    void mergeMovesEveryReferenceAndArchivesTheDuplicate() {
        String acronym = RegisterFixtures.uniqueAcronym();
        Recipient survivor = RegisterFixtures.body(RegisterFixtures.unique("Survivor body"), null, null, "Keep Alias");
        Recipient loser = RegisterFixtures.body(RegisterFixtures.unique("Duplicate body"), acronym, null, "Loser Alias");
        Recipient child = RegisterFixtures.body(RegisterFixtures.unique("Child of duplicate"), null, loser.id);
        Long both = list(RegisterFixtures.unique("List with both"), survivor.id, loser.id);
        Long onlyLoser = list(RegisterFixtures.unique("List with duplicate"), loser.id);

        Session clerk = Session.clerk();
        clerk.get("/recipients/" + survivor.id + "/merge?q=" + acronym).then().statusCode(200).body(containsString(loser.name));
        clerk.get("/recipients/" + survivor.id + "/merge?other=" + loser.id + "&keep=this").then().statusCode(200)
                .body(containsString("Confirm the merge")).body(containsString("will be merged into"));
        clerk.post("/recipients/" + survivor.id + "/merge", Map.of("survivorId", survivor.id, "loserId", loser.id))
                .then().statusCode(303).header("Location", containsString("/recipients/" + survivor.id));

        Recipient s = RegisterFixtures.reload(survivor.id);
        Recipient l = RegisterFixtures.reload(loser.id);
        assertFalse(l.active);
        assertEquals(survivor.id, l.mergedInto.id);
        assertNull(l.acronymKey);
        List<String> aliases = s.aliases.stream().map(a -> a.alias).toList();
        assertTrue(aliases.containsAll(List.of("Keep Alias", "Loser Alias", loser.name, acronym)), aliases.toString());
        assertEquals(survivor.id, RegisterFixtures.reload(child.id).parent.id);
        assertNull(QuarkusTransaction.requiringNew().call(() -> RecipientQueries.findByAcronym(acronym)),
                "the merged acronym is free again; it lives on as an alias");
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(1, ListMember.count("list.id = ?1", both), "duplicate member row dropped");
            assertEquals(1, ListMember.count("list.id = ?1 and recipient.id = ?2", onlyLoser, survivor.id));
            assertEquals(0, ListMember.count("recipient.id", loser.id));
            assertEquals(1, AuditEvent.count("entityType = 'Recipient' and entityId = ?1 and action = 'MERGE'", survivor.id));
            assertEquals(1, AuditEvent.count("entityType = 'Recipient' and entityId = ?1 and action = 'MERGE'", loser.id));
        });
        clerk.get("/recipients/" + loser.id).then().statusCode(200).body(containsString("was merged into"));
        clerk.get("/recipients?q=" + acronym).then().body(containsString(survivor.name));
    }

    @Test
    void mergingIntoItselfOrTwiceIsRefused() {
        Recipient a = RegisterFixtures.body(RegisterFixtures.unique("Self merge"), null, null);
        Recipient b = RegisterFixtures.body(RegisterFixtures.unique("Twice merge"), null, null);
        Session clerk = Session.clerk();
        clerk.get("/recipients/" + a.id + "/merge");
        clerk.post("/recipients/" + a.id + "/merge", Map.of("survivorId", a.id, "loserId", a.id)).then().statusCode(400)
                .body(containsString("cannot be merged into itself"));
        clerk.post("/recipients/" + a.id + "/merge", Map.of("survivorId", a.id, "loserId", b.id)).then().statusCode(303);
        clerk.post("/recipients/" + a.id + "/merge", Map.of("survivorId", a.id, "loserId", b.id)).then().statusCode(400)
                .body(containsString("already been merged"));
        clerk.post("/recipients/" + b.id + "/restore", Map.of()).then().statusCode(303);
        assertFalse(RegisterFixtures.reload(b.id).active, "a merged body cannot be restored");
    }
}
