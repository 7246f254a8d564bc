package org.dispatchregister.dispatches;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.dispatchregister.lists.DistributionList;
import org.dispatchregister.lists.ListMember;
import org.dispatchregister.recipients.Channel;
import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.statements.Statement;
import org.dispatchregister.statements.StatementKind;
import org.dispatchregister.statements.StatementStatus;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Test data made through the entities, uniquely named so tests never depend on each other or on a seed. */
public final class WorkflowData {

    private WorkflowData() {
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Long recipient(String name) {
        return recipient(name, null, true);
    }

    public static Long recipient(String name, String acronym, boolean active) {
        return QuarkusTransaction.requiringNew().call(() -> newRecipient(name, acronym, active).id);
    }

    static Recipient newRecipient(String name, String acronym, boolean active) {
        Recipient r = new Recipient();
        r.name = name;
        r.acronym = acronym;
        r.acronymKey = acronym == null ? null : acronym.toUpperCase().replaceAll("[^A-Z0-9]", "");
        r.active = active;
        r.sortName = name.toLowerCase();
        r.searchText = name.toLowerCase() + (acronym == null ? "" : " " + acronym.toLowerCase());
        r.createdAt = LocalDateTime.now();
        r.updatedAt = r.createdAt;
        r.persist();
        return r;
    }

    /** A list with {@code size} new active recipients; returns the list id followed by the recipient ids. */
    public static List<Long> listWithMembers(String name, int size) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DistributionList list = newList(name);
            List<Long> ids = new ArrayList<>();
            ids.add(list.id);
            for (int i = 0; i < size; i++) {
                Recipient r = newRecipient(name + " member " + i, null, true);
                member(list, r);
                ids.add(r.id);
            }
            return ids;
        });
    }

    public static Long list(String name, Long... recipientIds) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DistributionList list = newList(name);
            for (Long id : recipientIds) {
                member(list, Recipient.findById(id));
            }
            return list.id;
        });
    }

    private static DistributionList newList(String name) {
        DistributionList list = new DistributionList();
        list.name = name;
        list.createdAt = LocalDateTime.now();
        list.updatedAt = list.createdAt;
        list.persist();
        return list;
    }

    private static void member(DistributionList list, Recipient r) {
        ListMember m = new ListMember();
        m.list = list;
        m.recipient = r;
        m.addedAt = LocalDateTime.now();
        m.persist();
    }

    /** An issued statement of the given kind, with a unique title. */
    public static Long statement(String kindCode, String title) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Statement s = new Statement();
            s.kind = StatementKind.findByCode(kindCode);
            s.title = title;
            s.reference = "T-" + UUID.randomUUID().toString().substring(0, 12);
            s.issuedOn = LocalDate.now().minusDays(60);
            s.status = StatementStatus.ISSUED;
            s.createdAt = LocalDateTime.now();
            s.updatedAt = s.createdAt;
            s.persist();
            return s.id;
        });
    }

    /** A sent dispatch created directly, for tests of later steps. */
    public static Long dispatch(Long statementId, Long recipientId, LocalDate sentOn, boolean replyExpected, LocalDate dueOn) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Dispatch d = new Dispatch();
            d.statement = Statement.findById(statementId);
            d.recipient = Recipient.findById(recipientId);
            d.channel = Channel.EMAIL;
            d.status = DispatchStatus.SENT;
            d.sentOn = sentOn;
            d.replyExpected = replyExpected;
            d.replyDueOn = dueOn;
            d.createdAt = LocalDateTime.now();
            d.createdBy = "test";
            d.updatedAt = d.createdAt;
            d.persist();
            return d.id;
        });
    }

    public static Dispatch reload(Long dispatchId) {
        return QuarkusTransaction.requiringNew().call(() -> Dispatch.<Dispatch> findById(dispatchId));
    }

    /**
     * One record of each kind that has a page of its own (a body, a statement dispatched to it with
     * a reply, a list), keyed by the first segment of their paths, for tests that walk every page.
     */
    public static java.util.Map<String, Long> oneOfEach(String tag) {
        Long recipient = recipient(tag + " body");
        Long statement = statement("STATEMENT", tag + " statement");
        Long dispatch = dispatch(statement, recipient, LocalDate.now().minusDays(40), true, LocalDate.now().minusDays(5));
        Long list = list(tag + " list", recipient);
        org.dispatchregister.support.Session.admin().post("/dispatches/" + dispatch + "/replies",
                java.util.Map.of("receivedOn", LocalDate.now().toString(), "kind", "HOLDING", "summary", tag))
                .then().statusCode(303);
        Long reply = QuarkusTransaction.requiringNew().call(() -> Reply.<Reply> find("dispatch.id", dispatch).firstResult().id);
        return java.util.Map.of("recipients", recipient, "statements", statement, "dispatches", dispatch, "lists", list,
                "replies", reply);
    }

    public static long dispatchCount(Long statementId) {
        return QuarkusTransaction.requiringNew().call(() -> Dispatch.count("statement.id", statementId));
    }

    /** The bodies and the list the demo seeder looks for (the test database starts without the seed register). */
    public static void demoRecipients() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String acronym : List.of("OHCHR", "UNESCO", "COE", "UPF", "OSCE")) {
                if (Recipient.count("upper(acronym)", acronym) == 0) {
                    WorkflowData.newRecipient("Demo " + acronym, acronym, true);
                }
            }
            if (DistributionList.count("name", "Standard international distribution") == 0) {
                DistributionList list = new DistributionList();
                list.name = "Standard international distribution";
                list.createdAt = LocalDateTime.now();
                list.updatedAt = list.createdAt;
                list.persist();
                for (String acronym : List.of("UNESCO", "COE", "UPF", "OSCE")) {
                    ListMember m = new ListMember();
                    m.list = list;
                    m.recipient = Recipient.find("upper(acronym)", acronym).firstResult();
                    m.addedAt = LocalDateTime.now();
                    m.persist();
                }
            }
        });
    }
}
