package org.dispatchregister.mail;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.dispatchregister.attachments.Attachment;
import org.dispatchregister.dispatches.DispatchStatus;
import org.dispatchregister.dispatches.WorkflowData;
import org.dispatchregister.statements.Statement;
import org.dispatchregister.support.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Sending a statement by e-mail against a real SMTP server (GreenMail): 25 bodies, one message each to its own
 * addresses, with the proof recorded; a server refusing one address; a server going down mid-run and a run that
 * died after claiming a message (nothing is sent twice); header injection through the subject and the register.
 */
@QuarkusTest
class MailSendTest {

    @Inject
    Outbox outbox;

    TestMailServer server;

    @BeforeEach
    void start() {
        server = new TestMailServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void sendsOneMessageToEachOf25BodiesWithProof() throws Exception {
        String tag = MailTestData.tag();
        Long statementId = WorkflowData.statement("APPEAL", "Appeal " + tag);
        byte[] pdf = ("%PDF-1.4\n% " + tag + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        Session clerk = Session.clerk();
        clerk.get("/statements/" + statementId);
        clerk.postMultipart("/statements/" + statementId + "/attachments", Map.of(), "file", "appeal.pdf", pdf, "application/pdf");
        // body 0 has two addresses; the rest one each
        List<Long> dispatches = MailTestData.planned(statementId, tag, 25,
                i -> i == 0 ? "first-" + tag + "@example.org, second-" + tag + "@example.org" : "b" + i + "-" + tag + "@example.org");

        String form = clerk.get("/statements/" + statementId + "/email").then().statusCode(200).extract().asString();
        assertTrue(form.contains("b24-" + tag + "@example.org"), "the form lists each body's addresses");
        assertTrue(form.contains("appeal.pdf"), "the form lists the attachment");
        clerk.post("/statements/" + statementId + "/email", Map.of("ids", dispatches, "subject", "Our ref " + tag,
                "body", "[addressee]\n\nPlease find attached our appeal.")).then().statusCode(303);

        assertEquals(25, MailTestData.sends(statementId).size());
        while (outbox.runOnce(10) > 0) {
            // the job's runs, by hand
        }

        Map<String, List<MimeMessage>> byAddress = new HashMap<>();
        for (MimeMessage m : server.received()) {
            for (jakarta.mail.Address a : m.getRecipients(Message.RecipientType.TO)) {
                byAddress.computeIfAbsent(((InternetAddress) a).getAddress(), k -> new ArrayList<>()).add(m);
            }
        }
        List<MailSend> sends = MailTestData.sends(statementId);
        String sha = QuarkusTransaction.requiringNew().call(() -> Statement.<Statement> findById(statementId).attachments.get(0).sha256);
        for (MailSend m : sends) {
            assertEquals(MailState.SENT, m.state, m.addresses);
            assertNotNull(m.acceptedAt);
            assertTrue(m.serverReply.startsWith("250"), m.serverReply);
            assertEquals(DispatchStatus.SENT, WorkflowData.reload(m.dispatch.id).status);
            // proof: the attachment's digest, the kept message and its digest
            assertEquals(1, m.files().size());
            assertEquals(sha, m.files().get(0).sha256());
            byte[] eml = Files.readAllBytes(outbox.emlFile(m.emlKey));
            assertEquals(MimeBuilder.sha256(eml), m.emlSha256);
            // exactly one message per address, addressed to that body's own addresses only, with our Message-ID
            for (String address : m.addressList()) {
                List<MimeMessage> got = byAddress.get(address);
                assertNotNull(got, address + " received nothing");
                // GreenMail keeps one copy per mailbox: body 0's message is stored twice, once per address
                assertEquals(1, got.stream().map(x -> header(x, "Message-ID")).distinct().count(), address);
                MimeMessage one = got.get(0);
                assertEquals(m.messageId, one.getMessageID());
                assertEquals(m.addressList().size(), one.getRecipients(Message.RecipientType.TO).length);
                assertNull(one.getRecipients(Message.RecipientType.CC));
                assertTrue(((String) ((MimeMultipart) one.getContent()).getBodyPart(0).getContent()).startsWith("The Head of " + tag));
            }
        }
        MailSend first = sends.get(0);
        String page = clerk.get("/dispatches/" + first.dispatch.id).then().statusCode(200).extract().asString();
        assertTrue(page.contains(first.messageId.replace("<", "&lt;").replace(">", "&gt;")), "the dispatch page shows the Message-ID");
        assertTrue(page.contains(sha), "and each attachment's SHA-256");
        byte[] download = Session.viewer().get("/mail/" + first.id + "/eml").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(Files.readAllBytes(outbox.emlFile(first.emlKey)), download);
        clerk.get("/statements/" + statementId).then().statusCode(200).body(containsString("value=\"25\""));
        Long recipientId = WorkflowData.reload(first.dispatch.id).recipient.id;
        clerk.get("/reports/recipients/" + recipientId + "?from=2000-01-01").then().statusCode(200)
                .body(containsString(first.messageId.replace("<", "&lt;").replace(">", "&gt;")), containsString("e-mail accepted"));
    }

    @Test
    void aRefusedAddressFailsThatMessageOnlyAndRetryIsOffered() {
        String tag = MailTestData.tag();
        Long statementId = WorkflowData.statement("STATEMENT", "Statement " + tag);
        List<Long> dispatches = MailTestData.planned(statementId, tag, 3,
                i -> i == 1 ? "refused-" + tag + "@example.org" : "ok" + i + "-" + tag + "@example.org");
        Session clerk = Session.clerk();
        clerk.get("/statements/" + statementId + "/email");
        clerk.post("/statements/" + statementId + "/email", Map.of("ids", dispatches, "subject", "S " + tag, "body", "Text"))
                .then().statusCode(303);
        outbox.runOnce(10);
        List<MailSend> sends = MailTestData.sends(statementId);
        assertEquals(List.of(MailState.SENT, MailState.FAILED, MailState.SENT), sends.stream().map(m -> m.state).toList());
        assertEquals(SendFailure.BAD_ADDRESS, sends.get(1).errorKind);
        assertTrue(sends.get(1).errorText.contains("refused-" + tag), sends.get(1).errorText);
        assertEquals(DispatchStatus.PLANNED, WorkflowData.reload(dispatches.get(1)).status);
        clerk.get("/statements/" + statementId).then().statusCode(200)
                .body(containsString("address refused"), containsString("/mail/" + sends.get(1).id + "/retry"));
        // retried, it is refused again (the server still does not know the mailbox), and nothing else is re-sent
        clerk.post("/mail/" + sends.get(1).id + "/retry", Map.of()).then().statusCode(303);
        outbox.runOnce(10);
        assertEquals(2, server.received().size());
        assertEquals(MailState.FAILED, MailTestData.sends(statementId).get(1).state);
    }

    @Test
    void aServerGoingDownMidRunAndARunThatDiedSendNothingTwice() {
        String tag = MailTestData.tag();
        Long statementId = WorkflowData.statement("STATEMENT", "Down " + tag);
        List<Long> dispatches = MailTestData.planned(statementId, tag, 12, i -> "d" + i + "-" + tag + "@example.org");
        Session clerk = Session.clerk();
        clerk.get("/statements/" + statementId + "/email");
        clerk.post("/statements/" + statementId + "/email", Map.of("ids", dispatches, "subject", "S " + tag, "body", "Text"))
                .then().statusCode(303);
        assertEquals(5, outbox.runOnce(5));
        List<String> delivered = new ArrayList<>(server.received().stream().map(m -> header(m, "Message-ID")).toList());
        server.stop();

        assertEquals(7, outbox.runOnce(20));
        List<MailSend> sends = MailTestData.sends(statementId);
        assertEquals(5, sends.stream().filter(m -> m.state == MailState.SENT).count());
        assertTrue(sends.stream().skip(5).allMatch(m -> m.state == MailState.QUEUED && m.errorKind == SendFailure.UNREACHABLE
                && m.attempts == 1), "passing failures wait for the next run");
        // the app dies after claiming one message: its claim goes stale and it is never sent by itself
        Long died = sends.get(5).id;
        QuarkusTransaction.requiringNew().run(() -> {
            MailSend m = MailSend.findById(died);
            m.state = MailState.SENDING;
            m.claimedAt = LocalDateTime.now().minusHours(1);
            m.claimedBy = "a process that died";
        });

        server = new TestMailServer();
        server.start();
        while (outbox.runOnce(20) > 0) {
            // resumes
        }
        sends = MailTestData.sends(statementId);
        assertEquals(MailState.UNCERTAIN, sends.get(5).state);
        assertEquals(11, sends.stream().filter(m -> m.state == MailState.SENT).count());
        server.received().forEach(m -> delivered.add(header(m, "Message-ID")));
        assertEquals(11, delivered.size(), "each message arrived once: " + delivered);
        assertEquals(11, delivered.stream().distinct().count());
        assertTrue(!delivered.contains(sends.get(5).messageId), "the uncertain one was not sent blindly");
        clerk.get("/dispatches/" + sends.get(5).dispatch.id).then().statusCode(200).body(containsString("may have accepted it"));
    }

    @Test
    void headerInjectionThroughTheSubjectOrTheRegisterIsRefused() throws Exception {
        String tag = MailTestData.tag();
        Long statementId = WorkflowData.statement("STATEMENT", "Inject " + tag);
        List<Long> dispatches = MailTestData.planned(statementId, tag, 2,
                i -> i == 0 ? "x-" + tag + "@example.org" : "y-" + tag + "@example.org\r\nBcc: evil-" + tag + "@example.org");
        QuarkusTransaction.requiringNew().run(() -> org.dispatchregister.dispatches.Dispatch.<org.dispatchregister.dispatches.Dispatch> findById(
                dispatches.get(0)).recipient.addresseeLine = "Dear Sir\r\nBcc: evil-" + tag + "@example.org");
        Session clerk = Session.clerk();
        String form = clerk.get("/statements/" + statementId + "/email").then().statusCode(200).extract().asString();
        assertTrue(form.contains("not a valid address: Bcc:"), "a body whose emails field smuggles a header is listed apart");
        clerk.post("/statements/" + statementId + "/email", Map.of("ids", dispatches, "subject", "Hello\r\nBcc: evil-" + tag + "@example.org",
                "body", "Text")).then().statusCode(400).body(containsString("one line"));
        assertEquals(0, MailTestData.sends(statementId).size());

        clerk.post("/statements/" + statementId + "/email", Map.of("ids", dispatches, "subject", "Hello " + tag, "body", "[addressee]\nText"))
                .then().statusCode(303);
        assertEquals(1, MailTestData.sends(statementId).size(), "only the body with a clean address is queued");
        outbox.runOnce(10);
        List<MimeMessage> got = server.received();
        assertEquals(1, got.size());
        MimeMessage m = got.get(0);
        assertNull(m.getHeader("Bcc"));
        assertEquals(1, m.getAllRecipients().length);
        assertTrue(server.received().stream().noneMatch(x -> header(x, "To").contains("evil")));
        String raw = new String(Files.readAllBytes(outbox.emlFile(MailTestData.sends(statementId).get(0).emlKey)), StandardCharsets.US_ASCII);
        String headers = raw.substring(0, raw.indexOf("\r\n\r\n"));
        assertTrue(!headers.contains("Bcc") && !headers.contains("evil"), "the addressee line went into the body, not the headers: " + headers);
        assertTrue(raw.contains("Dear Sir"));
        clerk.get("/statements/" + statementId).then().body(not(containsString("evil-" + tag + "@example.org</")));
    }

    private static String header(MimeMessage m, String name) {
        try {
            String[] values = m.getHeader(name);
            return values == null ? "" : String.join(",", values);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
