package org.dispatchregister.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.dispatchregister.dispatches.Dispatch;
import org.dispatchregister.dispatches.DispatchStatus;
import org.dispatchregister.dispatches.Reply;
import org.dispatchregister.dispatches.ReplyKind;
import org.dispatchregister.lists.DistributionList;
import org.dispatchregister.recipients.Category;
import org.dispatchregister.recipients.Channel;
import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.statements.Statement;
import org.dispatchregister.statements.StatementKind;
import org.dispatchregister.statements.StatementStatus;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A small fixed register for the report tests, with uniquely named rows so it does not disturb
 * (or get disturbed by) other tests. Figures expected for the period 2025-01-01..2025-06-30,
 * today 2025-07-01, computed by hand:
 *
 * <pre>
 * parent P:  d1 sent 01-10, ack 01-12 then substantive 01-20 (10 d)     REPLIED
 *            d2 sent 02-01, ack only 02-05, due 03-01, 1 reminder 04-01  ACKNOWLEDGED, overdue
 *            d3 sent 03-01, holding reply 03-31 (30 d)                   REPLIED
 *            d4 sent 04-01, due 08-01                                    SENT, not yet overdue
 *            d11 sent 05-10, refusal 05-14 (4 d)                         REPLIED
 *            excluded: d5 PLANNED, d6 sent 2024-12-15, d9 WITHDRAWN
 *   P alone: sent 5, replied 3, 60.0 %, median 10, longest 30, overdue 1, reminders 1
 * child C1 (of P): d7 sent 05-01, substantive 05-08 (7 d); d10 sent 02-10, substantive 03-02 (20 d)
 * grandchild C2 (of C1): d8 sent 02-10, reminder 03-10, substantive to the reminder 03-20 (38 d)
 *   with children: sent 8, replied 6, 75.0 %, median of 4,7,10,20,30,38 = 15, longest 38, overdue 1, reminders 2
 * other body O: d12 sent 03-01 (never in P's report), SENT, due 04-01, overdue
 * </pre>
 */
public final class ReportFixture {

    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    public Long categoryId;
    public String categoryCode;
    public String kindCode;
    public Long parentId;
    public Long child1Id;
    public Long child2Id;
    public Long otherId;
    public Long statement1Id;
    public Long statement2Id;
    public Long statement3Id;
    public String parentName;
    public String listName;

    public static ReportFixture create() {
        ReportFixture f = new ReportFixture();
        QuarkusTransaction.requiringNew().run(f::build);
        return f;
    }

    private void build() {
        Category category = new Category();
        category.code = "RPT-" + tag;
        category.name = "Report category <b> & " + tag;
        category.persist();
        categoryId = category.id;
        categoryCode = category.code;

        StatementKind kind = kind("RK-" + tag);
        kindCode = kind.code;

        DistributionList list = new DistributionList();
        list.name = "Report list " + tag;
        list.createdAt = LocalDateTime.now();
        list.updatedAt = list.createdAt;
        list.persist();
        listName = list.name;

        parentName = "United Nations Ə " + tag;
        Recipient p = recipient(parentName, category, null);
        Recipient c1 = recipient("Office One " + tag, category, p);
        Recipient c2 = recipient("Office Two " + tag, category, c1);
        Recipient o = recipient("Other Body " + tag, category, null);
        parentId = p.id;
        child1Id = c1.id;
        child2Id = c2.id;
        otherId = o.id;

        Statement s1 = statement(kind, "Statement one " + tag, "R1-" + tag);
        Statement s2 = statement(kind, "Appeal <script>alert(1)</script> & co " + tag, "R2-" + tag);
        Statement s3 = statement(kind, "=HYPERLINK(\"http://evil\") " + tag, "R3-" + tag);
        statement1Id = s1.id;
        statement2Id = s2.id;
        statement3Id = s3.id;

        Dispatch d1 = dispatch(s1, p, DispatchStatus.REPLIED, "2025-01-10", "2025-02-09", null);
        d1.viaList = list;
        reply(d1, "2025-01-12", ReplyKind.ACKNOWLEDGEMENT, "ACK-1");
        reply(d1, "2025-01-20", ReplyKind.SUBSTANTIVE, "+THEIR-1");
        Dispatch d2 = dispatch(s2, p, DispatchStatus.ACKNOWLEDGED, "2025-02-01", "2025-03-01", null);
        reply(d2, "2025-02-05", ReplyKind.ACKNOWLEDGEMENT, "ACK-2");
        dispatch(s2, p, DispatchStatus.SENT, "2025-04-01", null, d2);
        Dispatch d3 = dispatch(s3, p, DispatchStatus.REPLIED, "2025-03-01", "2025-03-31", null);
        reply(d3, "2025-03-31", ReplyKind.HOLDING, null);
        dispatch(s3, p, DispatchStatus.SENT, "2025-04-01", "2025-08-01", null);
        dispatch(s1, p, DispatchStatus.PLANNED, null, null, null);
        dispatch(s1, p, DispatchStatus.SENT, "2024-12-15", "2025-01-15", null);
        dispatch(s2, p, DispatchStatus.WITHDRAWN, "2025-02-15", "2025-03-15", null);
        Dispatch d11 = dispatch(s3, p, DispatchStatus.REPLIED, "2025-05-10", "2025-06-10", null);
        reply(d11, "2025-05-14", ReplyKind.REFUSAL, "REF-11");

        Dispatch d7 = dispatch(s1, c1, DispatchStatus.REPLIED, "2025-05-01", "2025-06-01", null);
        reply(d7, "2025-05-08", ReplyKind.SUBSTANTIVE, "C1-7");
        Dispatch d10 = dispatch(s2, c1, DispatchStatus.REPLIED, "2025-02-10", "2025-03-10", null);
        reply(d10, "2025-03-02", ReplyKind.SUBSTANTIVE, "C1-10");
        Dispatch d8 = dispatch(s1, c2, DispatchStatus.REPLIED, "2025-02-10", "2025-03-01", null);
        Dispatch reminder8 = dispatch(s1, c2, DispatchStatus.SENT, "2025-03-10", "2025-04-10", d8);
        reply(reminder8, "2025-03-20", ReplyKind.SUBSTANTIVE, "C2-8");

        dispatch(s1, o, DispatchStatus.SENT, "2025-03-01", "2025-04-01", null);
    }

    /** Adds n more answered dispatches to the parent in the period (for the query-count test). */
    public void addAnswered(int n, String month) {
        QuarkusTransaction.requiringNew().run(() -> {
            Recipient p = Recipient.findById(parentId);
            Statement s = Statement.findById(statement1Id);
            for (int i = 0; i < n; i++) {
                Dispatch d = dispatch(s, p, DispatchStatus.REPLIED, month + "-01", month + "-20", null);
                reply(d, month + "-0" + (2 + i % 7), ReplyKind.SUBSTANTIVE, "N-" + i);
                reply(d, month + "-02", ReplyKind.ACKNOWLEDGEMENT, null);
            }
        });
    }

    /** A statement kind expecting a reply in 30 days. */
    static StatementKind kind(String code) {
        StatementKind kind = new StatementKind();
        kind.code = code;
        kind.name = "Report kind " + code;
        kind.replyExpected = true;
        kind.replyDays = 30;
        kind.persist();
        return kind;
    }

    static Recipient recipient(String name, Category category, Recipient parent) {
        Recipient r = new Recipient();
        r.name = name;
        r.category = category;
        r.parent = parent;
        r.sortName = name.toLowerCase();
        r.searchText = name.toLowerCase();
        r.createdAt = LocalDateTime.now();
        r.updatedAt = r.createdAt;
        r.persist();
        return r;
    }

    static Statement statement(StatementKind kind, String title, String reference) {
        Statement s = new Statement();
        s.kind = kind;
        s.title = title;
        s.reference = reference;
        s.issuedOn = LocalDate.of(2025, 1, 5);
        s.status = StatementStatus.ISSUED;
        s.createdAt = LocalDateTime.now();
        s.updatedAt = s.createdAt;
        s.persist();
        return s;
    }

    static Dispatch dispatch(Statement s, Recipient r, DispatchStatus status, String sentOn, String dueOn, Dispatch followUpOf) {
        Dispatch d = new Dispatch();
        d.statement = s;
        d.recipient = r;
        d.channel = Channel.EMAIL;
        d.status = status;
        d.sentOn = sentOn == null ? null : LocalDate.parse(sentOn);
        d.replyExpected = dueOn != null;
        d.replyDueOn = dueOn == null ? null : LocalDate.parse(dueOn);
        d.followUpOf = followUpOf;
        d.createdAt = LocalDateTime.now();
        d.createdBy = "test";
        d.updatedAt = d.createdAt;
        d.persist();
        return d;
    }

    static Reply reply(Dispatch d, String receivedOn, ReplyKind kind, String theirReference) {
        Reply r = new Reply();
        r.dispatch = d;
        r.recipient = d.recipient;
        r.statement = d.statement;
        r.receivedOn = LocalDate.parse(receivedOn);
        r.kind = kind;
        r.theirReference = theirReference;
        r.createdAt = LocalDateTime.now();
        r.createdBy = "test";
        r.persist();
        return r;
    }
}
