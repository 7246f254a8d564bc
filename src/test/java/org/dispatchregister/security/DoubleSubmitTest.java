package org.dispatchregister.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.POST;

import org.dispatchregister.dispatches.Dispatch;
import org.dispatchregister.dispatches.Reply;
import org.dispatchregister.dispatches.WorkflowData;
import org.dispatchregister.lists.DistributionList;
import org.dispatchregister.lists.ListMember;
import org.dispatchregister.recipients.Category;
import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.recipients.RecipientAlias;
import org.dispatchregister.statements.Statement;
import org.dispatchregister.statements.StatementKind;
import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestClock;
import org.dispatchregister.support.TestUsers;
import org.dispatchregister.users.StaffUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Double submits (issue 13, item 4): every create form posted twice with the token its page carried (double click,
 * back and submit again, a second tab) and twice at the same moment makes exactly one record, and the second answer
 * is the first result; the same for every API create with one Idempotency-Key. The routes come from the resource
 * classes: a new POST route is either {@code @OnceOnly} and listed here, or said to create nothing.
 */
@QuarkusTest
class DoubleSubmitTest {

    private static final Pattern FORM = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\"([^>]*)>\\s*"
            + "<input type=\"hidden\" name=\"csrf-token\" value=\"([^\"]*)\">\\s*"
            + "<input type=\"hidden\" name=\"submission-token\" value=\"([^\"]*)\">");

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    /** POST routes that create nothing, so a repeat cannot make a duplicate (each says why). */
    private static final Map<String, String> CREATES_NOTHING = Map.ofEntries(
            Map.entry("POST /statements/import", "reads a text into a draft form; writes nothing"),
            Map.entry("POST /mail/{id}/retry", "puts a failed message back in the outbox; a repeat finds it waiting and changes nothing"),
            Map.entry("POST /api/statements/import", "reads a text; writes nothing"),
            Map.entry("POST /api/distribution/match", "reads a text; writes nothing"),
            Map.entry("POST /match", "reads a text; writes nothing"),
            Map.entry("POST /recipients/import/preview", "plans an import; writes nothing"),
            Map.entry("POST /admin/backup", "a download of the database, no record"),
            Map.entry("POST /logout", "ends this session"),
            Map.entry("POST /account/password", "changes the password; a repeat is refused (the current password changed)"),
            Map.entry("POST /account/sessions/end", "ends sessions; a repeat ends nothing more"),
            Map.entry("POST /account/language", "sets the interface language; a repeat sets the same one again"),
            Map.entry("POST /admin/users/{id}", "an edit: the version it read makes a repeat a 409, never a second record"),
            Map.entry("POST /admin/users/{id}/password", "replaces a password"),
            Map.entry("POST /dispatches/bulk", "sets a status on chosen dispatches; a repeat sets the same"),
            Map.entry("POST /dispatches/{id}", "an edit (versioned)"),
            Map.entry("POST /replies/{id}/link", "links a reply; a repeat is refused"),
            Map.entry("POST /lists/{id}", "an edit (versioned)"),
            Map.entry("POST /lists/{id}/archive", "sets a flag"),
            Map.entry("POST /lists/{id}/restore", "sets a flag"),
            Map.entry("POST /lists/{id}/members/{memberId}/remove", "removes"),
            Map.entry("POST /admin/categories/{id}/rename", "an edit (versioned)"),
            Map.entry("POST /admin/categories/{id}/up", "reorders"),
            Map.entry("POST /admin/categories/{id}/down", "reorders"),
            Map.entry("POST /admin/categories/{id}/delete", "deletes"),
            Map.entry("POST /recipients/{id}", "an edit (versioned)"),
            Map.entry("POST /recipients/{id}/archive", "sets a flag"),
            Map.entry("POST /recipients/{id}/restore", "sets a flag"),
            Map.entry("POST /admin/kinds/{id}", "an edit (versioned)"),
            Map.entry("POST /statements/{id}", "an edit (versioned)"),
            Map.entry("POST /statements/{id}/issue", "issues a draft once; a repeat is refused"));

    /** A create form ready to be posted: the page that shows it, its action, what a clerk fills in, what it created. */
    record Form(Function<Session, String> page, String action, Map<String, Object> fields, LongSupplier count) {
    }

    /** One form as its page rendered it: its action, its tokens, whether it uploads. */
    record Rendered(String action, boolean multipart, String csrf, String submission) {
        static Rendered from(String html, String action) {
            Matcher m = FORM.matcher(html);
            while (m.find()) {
                if (m.group(1).equals(action)) {
                    return new Rendered(action, m.group(2).contains("multipart/form-data"), m.group(3), m.group(4));
                }
            }
            throw new AssertionError("the page shows no form posting to " + action + " with a submission token: "
                    + html.substring(0, Math.min(html.length(), 4000)));
        }
    }

    /** Every create form of the app (the route is that of its resource method). */
    enum CreateForm {
        STATEMENT("POST /statements") {
            @Override
            Form build() {
                String title = WorkflowData.unique("Twice statement");
                return new Form(s -> s.get("/statements/new").asString(), "/statements",
                        Map.of("kindCode", "STATEMENT", "title", title, "issuedOn", today(), "language", "en"),
                        () -> count(Statement.class, "title", title));
            }
        },
        ATTACHMENT("POST /statements/{id}/attachments") {
            @Override
            Form build() {
                Long id = WorkflowData.statement("STATEMENT", WorkflowData.unique("Twice attachment"));
                return new Form(s -> s.get("/statements/" + id).asString(), "/statements/" + id + "/attachments", Map.of(),
                        () -> QuarkusTransaction.requiringNew().call(() -> (long) Statement.<Statement> findById(id).attachments.size()));
            }
        },
        DISPATCH("POST /statements/{id}/dispatch") {
            @Override
            Form build() {
                Long statement = WorkflowData.statement("STATEMENT", WorkflowData.unique("Twice dispatch"));
                Long recipient = WorkflowData.recipient(WorkflowData.unique("Twice dispatch body"));
                return new Form(s -> s.get("/statements/" + statement + "/dispatch?recipientIds=" + recipient
                        + "&channel=EMAIL&sentOn=" + today() + "&submitted=1&preview=1").asString(), "/statements/" + statement + "/dispatch",
                        Map.of("recipientIds", recipient, "channel", "EMAIL", "sentOn", today()), () -> WorkflowData.dispatchCount(statement));
            }
        },
        EMAIL("POST /statements/{id}/email") {
            @Override
            Form build() {
                Long statement = WorkflowData.statement("STATEMENT", WorkflowData.unique("Twice email"));
                Long dispatch = org.dispatchregister.mail.MailTestData.planned(statement, WorkflowData.unique("twice"), 1,
                        i -> "twice@example.org").get(0);
                return new Form(s -> s.get("/statements/" + statement + "/email").asString(), "/statements/" + statement + "/email",
                        Map.of("ids", dispatch, "subject", "Twice", "body", "Text"), () -> QuarkusTransaction.requiringNew().call(
                                () -> org.dispatchregister.mail.MailSend.count("dispatch.id", dispatch)));
            }
        },
        REMINDER("POST /dispatches/{id}/reminder") {
            @Override
            Form build() {
                Long dispatch = dispatch("Twice reminder");
                return new Form(s -> s.get("/dispatches/" + dispatch + "/reminder").asString(), "/dispatches/" + dispatch + "/reminder",
                        Map.of("letterText", "We have not had your answer yet.", "channel", "EMAIL", "sentOn", today()),
                        () -> QuarkusTransaction.requiringNew().call(() -> Dispatch.count("followUpOf.id = ?1 and letterText is not null",
                                dispatch)));
            }
        },
        DISPATCH_REPLY("POST /dispatches/{id}/replies") {
            @Override
            Form build() {
                Long dispatch = dispatch("Twice dispatch reply");
                String summary = WorkflowData.unique("Twice reply");
                return new Form(s -> s.get("/dispatches/" + dispatch).asString(), "/dispatches/" + dispatch + "/replies",
                        Map.of("receivedOn", today(), "kind", "HOLDING", "summary", summary), () -> count(Reply.class, "summary", summary));
            }
        },
        REPLY("POST /replies") {
            @Override
            Form build() {
                Long recipient = WorkflowData.recipient(WorkflowData.unique("Twice reply body"));
                String summary = WorkflowData.unique("Twice loose reply");
                return new Form(s -> s.get("/replies/new").asString(), "/replies",
                        Map.of("receivedOn", today(), "kind", "HOLDING", "summary", summary, "recipientId", recipient),
                        () -> count(Reply.class, "summary", summary));
            }
        },
        LIST("POST /lists") {
            @Override
            Form build() {
                String name = WorkflowData.unique("Twice list");
                return new Form(s -> s.get("/lists/new").asString(), "/lists", Map.of("name", name, "description", ""),
                        () -> count(DistributionList.class, "name", name));
            }
        },
        LIST_MEMBER("POST /lists/{id}/members/recipient") {
            @Override
            Form build() {
                Long list = WorkflowData.list(WorkflowData.unique("Twice members"));
                String name = WorkflowData.unique("Twice member");
                Long recipient = WorkflowData.recipient(name);
                return new Form(s -> s.get("/lists/" + list + "?q=" + name.replace(' ', '+')).asString(),
                        "/lists/" + list + "/members/recipient", Map.of("recipientId", recipient, "q", name),
                        () -> QuarkusTransaction.requiringNew().call(() -> ListMember.count("list.id = ?1 and recipient.id = ?2", list, recipient)));
            }
        },
        LIST_MEMBER_FROM_RECIPIENT("POST /lists/members") {
            @Override
            Form build() {
                Long list = WorkflowData.list(WorkflowData.unique("Twice chosen list"));
                Long recipient = WorkflowData.recipient(WorkflowData.unique("Twice added from its page"));
                return new Form(s -> s.get("/recipients/" + recipient).asString(), "/lists/members",
                        Map.of("listId", list, "recipientId", recipient),
                        () -> QuarkusTransaction.requiringNew().call(() -> ListMember.count("list.id = ?1 and recipient.id = ?2", list, recipient)));
            }
        },
        NESTED_LIST("POST /lists/{id}/members/list") {
            @Override
            Form build() {
                Long list = WorkflowData.list(WorkflowData.unique("Twice outer"));
                Long inner = WorkflowData.list(WorkflowData.unique("Twice inner"));
                return new Form(s -> s.get("/lists/" + list).asString(), "/lists/" + list + "/members/list", Map.of("memberListId", inner),
                        () -> QuarkusTransaction.requiringNew().call(() -> ListMember.count("list.id = ?1 and memberList.id = ?2", list, inner)));
            }
        },
        RECIPIENT("POST /recipients") {
            @Override
            Form build() {
                String name = WorkflowData.unique("Twice body");
                return new Form(s -> s.get("/recipients/new").asString(), "/recipients", Map.of("name", name),
                        () -> count(Recipient.class, "name", name));
            }
        },
        ALIAS("POST /match/alias") {
            @Override
            Form build() {
                Long recipient = WorkflowData.recipient(WorkflowData.unique("Twice alias body"));
                String phrase = "Office of the " + letters() + " Mediator";
                String text = "Sent to: " + phrase;
                return new Form(s -> s.post("/match", Map.of("text", text)).asString(), "/match/alias",
                        Map.of("phrase", phrase, "recipientId", recipient, "text", text),
                        () -> count(RecipientAlias.class, "recipient.id", recipient));
            }
        },
        IMPORT("POST /recipients/import") {
            @Override
            Form build() {
                String name = WorkflowData.unique("Twice imported");
                String csv = "name,country\n" + name + ",Norway\n";
                return new Form(s -> s.postMultipart("/recipients/import/preview", Map.of("csv", csv), null, null, null, null).asString(),
                        "/recipients/import", Map.of("csv", csv), () -> count(Recipient.class, "name", name));
            }
        },
        MERGE("POST /recipients/{id}/merge") {
            @Override
            Form build() {
                Long keep = WorkflowData.recipient(WorkflowData.unique("Twice survivor"));
                Long absorb = WorkflowData.recipient(WorkflowData.unique("Twice duplicate"));
                return new Form(s -> s.get("/recipients/" + keep + "/merge?other=" + absorb + "&keep=this").asString(),
                        "/recipients/" + keep + "/merge", Map.of("survivorId", keep, "loserId", absorb),
                        () -> count(RecipientAlias.class, "recipient.id", keep));
            }
        },
        CATEGORY("POST /admin/categories") {
            @Override
            Form build() {
                String code = "TWICE_" + letters().toUpperCase(Locale.ROOT);
                return new Form(s -> s.get("/admin/categories").asString(), "/admin/categories", Map.of("code", code, "name", "Twice " + code),
                        () -> count(Category.class, "code", code));
            }

            @Override
            Session session() {
                return Session.admin();
            }
        },
        KIND("POST /admin/kinds") {
            @Override
            Form build() {
                String code = "TWICE_" + letters().toUpperCase(Locale.ROOT);
                return new Form(s -> s.get("/admin/kinds/new").asString(), "/admin/kinds",
                        Map.of("code", code, "name", "Twice " + code, "sortOrder", 90, "active", "on"),
                        () -> count(StatementKind.class, "code", code));
            }

            @Override
            Session session() {
                return Session.admin();
            }
        },
        USER("POST /admin/users") {
            @Override
            Form build() {
                String username = "twice" + letters();
                return new Form(s -> s.get("/admin/users/new").asString(), "/admin/users",
                        Map.of("username", username, "displayName", "Twice " + username, "role", "CLERK", "active", "on",
                                "password", "Ledger-of-dispatches-" + letters()),
                        () -> count(StaffUser.class, "username", username));
            }

            @Override
            Session session() {
                return Session.admin();
            }
        };

        final String route;

        CreateForm(String route) {
            this.route = route;
        }

        abstract Form build();

        Session session() {
            return Session.clerk();
        }
    }

    /** Every API create: its route, a body, and what it created. */
    enum ApiCreate {
        RECIPIENT("POST /api/recipients") {
            @Override
            Call build() {
                String name = WorkflowData.unique("Api twice body");
                return new Call("/api/recipients", Map.of("name", name), () -> count(Recipient.class, "name", name));
            }
        },
        STATEMENT("POST /api/statements") {
            @Override
            Call build() {
                String title = WorkflowData.unique("Api twice statement");
                return new Call("/api/statements", Map.of("kind", "LETTER", "title", title, "issuedOn", today()),
                        () -> count(Statement.class, "title", title));
            }
        },
        LIST("POST /api/lists") {
            @Override
            Call build() {
                String name = WorkflowData.unique("Api twice list");
                return new Call("/api/lists", Map.of("name", name), () -> count(DistributionList.class, "name", name));
            }
        },
        DISPATCHES("POST /api/statements/{id}/dispatches") {
            @Override
            Call build() {
                Long statement = WorkflowData.statement("LETTER", WorkflowData.unique("Api twice dispatch"));
                Long recipient = WorkflowData.recipient(WorkflowData.unique("Api twice dispatch body"));
                return new Call("/api/statements/" + statement + "/dispatches", Map.of("recipientIds", List.of(recipient), "channel", "EMAIL"),
                        () -> WorkflowData.dispatchCount(statement));
            }
        },
        REPLY("POST /api/dispatches/{id}/replies") {
            @Override
            Call build() {
                Long dispatch = dispatch("Api twice reply");
                String summary = WorkflowData.unique("Api twice reply");
                return new Call("/api/dispatches/" + dispatch + "/replies", Map.of("receivedOn", today(), "kind", "HOLDING", "summary", summary),
                        () -> count(Reply.class, "summary", summary));
            }
        };

        final String route;

        ApiCreate(String route) {
            this.route = route;
        }

        abstract Call build();
    }

    record Call(String path, Map<String, Object> body, LongSupplier count) {
        Response send(String user, String key) {
            RequestSpecification spec = given().auth().preemptive().basic(user, TestUsers.PASSWORD).contentType("application/json").body(body);
            if (key != null) {
                spec.header("Idempotency-Key", key);
            }
            return spec.post(path);
        }
    }

    @ParameterizedTest
    @EnumSource(CreateForm.class)
    void aFormSubmittedTwiceMakesOneRecordAndAnswersTheFirstResult(CreateForm kind) {
        Session session = kind.session();
        Form form = kind.build();
        Rendered rendered = Rendered.from(form.page().apply(session), form.action());
        Response first = submit(session, rendered, form.fields());
        Response second = submit(session, rendered, form.fields());
        assertSameResult(kind.route, first, second);
        assertEquals(1, form.count().getAsLong(), kind.route + ": one record from two submits");
        if (first.statusCode() == 303) {
            session.cookies().putAll(second.getCookies());
            String page = session.get(second.header("Location")).asString();
            assertTrue(page.contains("it was not saved a second time"), kind.route + ": the result page says the repeat saved nothing");
        }
    }

    @ParameterizedTest
    @EnumSource(CreateForm.class)
    void aFormSubmittedTwiceAtOnceMakesOneRecord(CreateForm kind) throws Exception {
        Session session = kind.session();
        Form form = kind.build();
        Rendered rendered = Rendered.from(form.page().apply(session), form.action());
        List<Response> answers = inParallel(() -> submit(session, rendered, form.fields()));
        assertSameResult(kind.route, answers.get(0), answers.get(1));
        assertEquals(1, form.count().getAsLong(), kind.route + ": one record from two parallel submits");
    }

    @ParameterizedTest
    @EnumSource(ApiCreate.class)
    void anApiCreateSentTwiceWithOneKeyMakesOneRecord(ApiCreate kind) {
        Call call = kind.build();
        String user = TestUsers.ensure("apitwice", "CLERK");
        String key = UUID.randomUUID().toString();
        Response first = call.send(user, key);
        Response second = call.send(user, key);
        assertEquals(201, first.statusCode(), kind.route + " " + first.asString());
        assertSameResult(kind.route, first, second);
        assertEquals("true", second.header("Idempotent-Replayed"), kind.route);
        assertEquals(1, call.count().getAsLong(), kind.route + ": one record from two calls with one key");
    }

    @ParameterizedTest
    @EnumSource(ApiCreate.class)
    void anApiCreateSentTwiceAtOnceWithOneKeyMakesOneRecord(ApiCreate kind) throws Exception {
        Call call = kind.build();
        String user = TestUsers.ensure("apitwice", "CLERK");
        String key = UUID.randomUUID().toString();
        List<Response> answers = inParallel(() -> call.send(user, key));
        assertEquals(201, answers.get(0).statusCode(), kind.route + " " + answers.get(0).asString());
        assertSameResult(kind.route, answers.get(0), answers.get(1));
        assertEquals(1, call.count().getAsLong(), kind.route + ": one record from two parallel calls with one key");
    }

    /** The key is optional, belongs to one user, to one request, and must look like a key. */
    @Test
    void theIdempotencyKeyIsOptionalPerUserPerRequestAndChecked() {
        Call call = ApiCreate.STATEMENT.build();
        String clerk = TestUsers.ensure("apitwice", "CLERK");
        String other = TestUsers.ensure("apitwice2", "CLERK");
        assertEquals(201, call.send(clerk, null).statusCode());
        assertEquals(201, call.send(clerk, null).statusCode());
        assertEquals(2, call.count().getAsLong(), "without a key every call creates (the key is optional)");

        Call fresh = ApiCreate.STATEMENT.build();
        String key = UUID.randomUUID().toString();
        assertEquals(201, fresh.send(clerk, key).statusCode());
        assertEquals(201, fresh.send(other, key).statusCode());
        assertEquals(2, fresh.count().getAsLong(), "another user's equal key is another request");

        Response elsewhere = ApiCreate.RECIPIENT.build().send(clerk, key);
        assertEquals(422, elsewhere.statusCode(), elsewhere.asString());
        assertEquals("application/problem+json", elsewhere.contentType());
        assertEquals("Idempotency-Key", elsewhere.path("errors[0].field"));

        Call refused = ApiCreate.LIST.build();
        for (String bad : List.of("", "x".repeat(201), "two words")) {
            Response r = refused.send(clerk, bad);
            assertEquals(400, r.statusCode(), "key \"" + bad + "\": " + r.asString());
            assertEquals("Idempotency-Key", r.path("errors[0].field"));
        }
        assertEquals(0, refused.count().getAsLong(), "a refused key creates nothing");
    }

    /** A submit refused for its input creates nothing and leaves the token usable: corrected, it saves once. */
    @Test
    void aRefusedSubmitLeavesItsTokenForTheCorrectedOne() {
        Session session = Session.clerk();
        Form form = CreateForm.STATEMENT.build();
        Rendered rendered = Rendered.from(form.page().apply(session), form.action());
        Map<String, Object> untitled = new HashMap<>(form.fields());
        untitled.put("title", "");
        assertEquals(400, submit(session, rendered, untitled).statusCode());
        assertEquals(303, submit(session, rendered, form.fields()).statusCode());
        assertEquals(303, submit(session, rendered, form.fields()).statusCode());
        assertEquals(1, form.count().getAsLong());
    }

    /** Each form of a page has its own token (submitting one never answers for another), and a form without one still works. */
    @Test
    void everyFormHasItsOwnTokenAndAFormWithoutOneIsServed() {
        Session session = Session.clerk();
        Long dispatch = dispatch("Twice tokens");
        String html = session.get("/dispatches/" + dispatch).asString();
        Set<String> tokens = new TreeSet<>();
        Matcher m = FORM.matcher(html);
        int forms = 0;
        while (m.find()) {
            forms++;
            tokens.add(m.group(4));
        }
        assertTrue(forms >= 3, "forms on the dispatch page: " + forms);
        assertEquals(forms, tokens.size(), "one token per form");

        Form statement = CreateForm.STATEMENT.build();
        assertEquals(303, session.post("/statements", statement.fields()).statusCode());
        assertEquals(303, session.post("/statements", statement.fields()).statusCode());
        assertEquals(2, statement.count().getAsLong(), "a post without a token (a script) is served as before");
    }

    /** Tokens are remembered for register.submissions.keep (24 hours), then forgotten. */
    @Test
    void aTokenIsForgottenAfterADay() {
        Session session = Session.clerk();
        Form form = CreateForm.STATEMENT.build();
        Rendered rendered = Rendered.from(form.page().apply(session), form.action());
        assertEquals(303, submit(session, rendered, form.fields()).statusCode());
        try {
            TestClock.fix(LocalDate.now().plusDays(2));
            assertEquals(303, submit(session, rendered, form.fields()).statusCode());
        } finally {
            TestClock.reset();
        }
        assertEquals(2, form.count().getAsLong(), "two days later the token is a new one");
    }

    /**
     * Every POST route of the app either creates nothing (said above, with why) or is {@code @OnceOnly} and
     * double-submitted by this class: a new create route cannot be forgotten.
     */
    @Test
    void everyCreatingRouteIsOnceOnlyAndTestedHere() throws IOException {
        Set<String> onceOnly = new TreeSet<>();
        Set<String> others = new TreeSet<>();
        for (RouteSecurityTest.ResourceMethod rm : RouteSecurityTest.resourceMethods()) {
            Method m = rm.method();
            if (!m.isAnnotationPresent(POST.class)) {
                continue;
            }
            String route = "POST " + rm.path();
            boolean marked = Arrays.stream(m.getAnnotations()).anyMatch(a -> a.annotationType().getSimpleName().equals("OnceOnly"));
            (marked ? onceOnly : others).add(route);
        }
        Set<String> tested = new TreeSet<>();
        Arrays.stream(CreateForm.values()).forEach(f -> tested.add(f.route));
        Arrays.stream(ApiCreate.values()).forEach(a -> tested.add(a.route));
        assertEquals(tested, onceOnly, "the @OnceOnly routes are exactly those double-submitted here");
        Map<String, String> unexplained = new TreeMap<>();
        others.stream().filter(r -> !CREATES_NOTHING.containsKey(r)).forEach(r -> unexplained.put(r, "?"));
        assertTrue(unexplained.isEmpty(), "POST routes neither @OnceOnly nor said to create nothing: " + unexplained.keySet());
        List<String> stale = new ArrayList<>(CREATES_NOTHING.keySet());
        stale.removeAll(others);
        assertTrue(stale.isEmpty(), "routes listed as creating nothing that no longer exist (or became @OnceOnly): " + stale);
    }

    private static Response submit(Session session, Rendered form, Map<String, Object> fields) {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put("csrf-token", form.csrf());
        all.put("submission-token", form.submission());
        RequestSpecification spec = session.request();
        if (form.multipart()) {
            all.forEach((k, v) -> spec.multiPart(k, String.valueOf(v)));
            if (form.action().endsWith("/attachments")) {
                spec.multiPart("file", "twice.pdf", PDF, "application/pdf");
            }
        } else {
            spec.contentType("application/x-www-form-urlencoded; charset=UTF-8");
            all.forEach((k, v) -> spec.formParam(k, String.valueOf(v)));
        }
        return spec.post(form.action());
    }

    private static List<Response> inParallel(Callable<Response> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The second answer is the first one: the same status, the same place, the same page or body. */
    private static void assertSameResult(String route, Response first, Response second) {
        assertTrue(first.statusCode() == 303 || first.statusCode() == 201 || first.statusCode() == 200,
                route + ": the first submit succeeded: " + first.statusCode() + " " + first.asString());
        assertEquals(first.statusCode(), second.statusCode(), route + ": " + second.asString());
        assertEquals(first.header("Location"), second.header("Location"), route);
        if (first.statusCode() != 303) {
            assertNotNull(first.asString());
            assertEquals(first.asString(), second.asString(), route + ": the same page or body");
        }
    }

    private static long count(Class<?> entity, String field, Object value) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) Statement.getEntityManager()
                .createQuery("select count(e) from " + entity.getSimpleName() + " e where e." + field + " = ?1")
                .setParameter(1, value).getSingleResult());
    }

    private static Long dispatch(String tag) {
        Long statement = WorkflowData.statement("STATEMENT", WorkflowData.unique(tag + " statement"));
        Long recipient = WorkflowData.recipient(WorkflowData.unique(tag + " body"));
        return WorkflowData.dispatch(statement, recipient, LocalDate.now().minusDays(30), true, LocalDate.now().minusDays(2));
    }

    private static String today() {
        return LocalDate.now().toString();
    }

    /** A word the register surely does not hold: letters only (the matcher splits on digits). */
    private static String letters() {
        StringBuilder word = new StringBuilder("Q");
        UUID.randomUUID().toString().chars().filter(Character::isLetterOrDigit)
                .forEach(c -> word.append((char) ('a' + Character.digit(c, 16) % 26)));
        return word.substring(0, 12);
    }
}
