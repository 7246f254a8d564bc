package org.dispatchregister.mail;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.dispatchregister.dispatches.Dispatch;
import org.dispatchregister.dispatches.DispatchStatus;
import org.dispatchregister.recipients.Channel;
import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.statements.Statement;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Bodies with e-mail addresses and planned e-mail dispatches of a statement to them. */
public final class MailTestData {

    private MailTestData() {
    }

    /** One planned e-mail dispatch per body; {@code emails.apply(i)} is the i-th body's emails field. Returns the dispatch ids. */
    public static List<Long> planned(Long statementId, String tag, int bodies, IntFunction<String> emails) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> ids = new ArrayList<>();
            Statement s = Statement.findById(statementId);
            for (int i = 0; i < bodies; i++) {
                Recipient r = new Recipient();
                r.name = tag + " body " + (100 + i);
                r.sortName = r.name.toLowerCase();
                r.searchText = r.sortName;
                r.emails = emails.apply(i);
                r.addresseeLine = "The Head of " + r.name;
                r.createdAt = LocalDateTime.now();
                r.updatedAt = r.createdAt;
                r.persist();
                Dispatch d = new Dispatch();
                d.statement = s;
                d.recipient = r;
                d.channel = Channel.EMAIL;
                d.status = DispatchStatus.PLANNED;
                d.sentOn = LocalDate.now();
                d.createdAt = LocalDateTime.now();
                d.createdBy = "test";
                d.updatedAt = d.createdAt;
                d.persist();
                ids.add(d.id);
            }
            return ids;
        });
    }

    static List<MailSend> sends(Long statementId) {
        return QuarkusTransaction.requiringNew().call(() -> MailSend.<MailSend> list("dispatch.statement.id = ?1 order by id", statementId));
    }

    static String tag() {
        return "m" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }
}
