package org.dispatchregister.security;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;

import org.dispatchregister.attachments.Attachment;
import org.dispatchregister.dispatches.Reply;
import org.dispatchregister.dispatches.WorkflowData;
import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.statements.Statement;
import org.dispatchregister.support.Session;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Uploads the statements' AttachmentsTest does not cover: reply attachments (spoofed type, traversal and
 * control-character names), statement attachments with Windows and control-character names, a body over
 * quarkus.http.limits.max-body-size, and binary files given to the recipient CSV import and the statement import.
 */
@QuarkusTest
class UploadsTest {

    static final byte[] PDF = XssData.PDF;
    /** Bytes that are not UTF-8 (a PNG header and invalid sequences). */
    static final byte[] BINARY = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, (byte) 0xff, (byte) 0xfe, (byte) 0xc3,
        0x28, (byte) 0xa0, (byte) 0xa1, 0, 1, 2, 3 };

    static Long dispatch() {
        String tag = WorkflowData.unique("Upload");
        Long recipient = WorkflowData.recipient(tag + " body");
        Long statement = WorkflowData.statement("STATEMENT", tag + " statement");
        return WorkflowData.dispatch(statement, recipient, LocalDate.now().minusDays(10), true, LocalDate.now().plusDays(20));
    }

    static Response reply(Session s, Long dispatchId, String fileName, String type, byte[] bytes) {
        String token = s.csrfToken();
        return s.request().multiPart("csrf-token", token).multiPart("receivedOn", LocalDate.now().toString())
                .multiPart("theirReference", "ref").multiPart("kind", "ACKNOWLEDGEMENT").multiPart("summary", "with a file")
                .multiPart("attachment", fileName, bytes, type).post("/dispatches/" + dispatchId + "/replies");
    }

    static long replies(Long dispatchId) {
        return QuarkusTransaction.requiringNew().call(() -> Reply.count("dispatch.id", dispatchId));
    }

    static String replyFileName(Long dispatchId) {
        return QuarkusTransaction.requiringNew().call(() -> Attachment.<Attachment> find("select a from Reply r join r.attachments a where r.dispatch.id = ?1", dispatchId)
                .firstResult().fileName);
    }

    static long attachmentCount() {
        return QuarkusTransaction.requiringNew().call(() -> Attachment.count());
    }

    @Test
    void spoofedReplyAttachmentIsRefusedAndNothingIsRecorded() {
        Session clerk = Session.clerk();
        Long d = dispatch();
        long attachments = attachmentCount();
        reply(clerk, d, "letter.pdf", "application/pdf", "<html><script>alert(1)</script></html>".getBytes())
                .then().statusCode(400).contentType(containsString("text/html")).body(containsString("claims to be a PDF"));
        reply(clerk, d, "tool.exe", "application/octet-stream", new byte[] { 'M', 'Z', 0, 0, 1, 2, 3 })
                .then().statusCode(400).body(containsString("Only PDF, Word"));
        byte[] big = Arrays.copyOf(PDF, 250_000);
        reply(clerk, d, "big.pdf", "application/pdf", big).then().statusCode(400).body(containsString("the limit is"));
        assertEquals(0, replies(d), "the reply is not recorded without its file");
        assertEquals(attachments, attachmentCount());
        assertEquals("SENT", status(d), "the dispatch did not move");
    }

    private static String status(Long dispatchId) {
        return QuarkusTransaction.requiringNew().call(() -> WorkflowData.reload(dispatchId).status.name());
    }

    @Test
    void replyAttachmentNamesLoseFoldersAndControlCharacters() {
        Session clerk = Session.clerk();
        Long unix = dispatch();
        reply(clerk, unix, "../../etc/passwd.pdf", "application/pdf", PDF).then().statusCode(303);
        assertEquals("passwd.pdf", replyFileName(unix));
        Long windows = dispatch();
        reply(clerk, windows, "..\\..\\x.pdf", "application/pdf", PDF).then().statusCode(303);
        assertEquals("x.pdf", replyFileName(windows));
        Long control = dispatch();
        reply(clerk, control, "a\u0001b\u001bc\u007f\u202ed.pdf", "application/pdf", PDF).then().statusCode(303);
        String name = replyFileName(control);
        assertEquals("abcd.pdf", name);
        clerk.get("/dispatches/" + control).then().statusCode(200).body(containsString("abcd.pdf"));
    }

    @Test
    void statementAttachmentNamesWithWindowsFoldersOrControlCharactersAreCleaned() {
        Session clerk = Session.clerk();
        for (String[] c : new String[][] { { "..\\..\\x.pdf", "x.pdf" }, { "C:\\Windows\\system32\\evil.pdf", "evil.pdf" },
            { "re\u0000po\u0007rt\u001b.pdf", "report.pdf" }, { "....pdf", "pdf" }, { "..", "attachment" } }) {
            Long id = WorkflowData.statement("STATEMENT", WorkflowData.unique("Names"));
            String token = clerk.csrfToken();
            clerk.request().multiPart("csrf-token", token).multiPart("file", c[0], PDF, "application/pdf")
                    .post("/statements/" + id + "/attachments").then().statusCode(303);
            String stored = QuarkusTransaction.requiringNew()
                    .call(() -> Attachment.<Attachment> find("select a from Statement s join s.attachments a where s.id = ?1", id).firstResult().fileName);
            assertEquals(c[1], stored, c[0]);
        }
    }

    @Test
    void rawLineBreakInAFileNameIsAClientErrorNotAServerError() {
        Session clerk = Session.clerk();
        Long id = WorkflowData.statement("STATEMENT", WorkflowData.unique("Broken multipart"));
        String token = clerk.csrfToken();
        clerk.request().multiPart("csrf-token", token).multiPart("file", "re\r\nport.pdf", PDF, "application/pdf")
                .post("/statements/" + id + "/attachments").then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("nothing was saved"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> (long) Statement.<Statement> findById(id).attachments.size()));
    }

    @Test
    void bodyOverTheServerLimitIsRefusedWithAPage() {
        Session clerk = Session.clerk();
        Long id = WorkflowData.statement("STATEMENT", WorkflowData.unique("Huge"));
        long attachments = attachmentCount();
        byte[] huge = Arrays.copyOf(PDF, 26 * 1024 * 1024);
        String token = clerk.csrfToken();
        Response r = clerk.request().multiPart("csrf-token", token).multiPart("file", "huge.pdf", huge, "application/pdf")
                .post("/statements/" + id + "/attachments");
        assertEquals(413, r.statusCode());
        assertEquals(attachments, attachmentCount());
        assertTrue(r.asString().contains("</html>") || r.asString().isEmpty(), r.asString());
    }

    @Test
    void recipientImportRefusesABinaryFile() {
        Session clerk = Session.clerk();
        long recipients = QuarkusTransaction.requiringNew().call(() -> Recipient.count());
        String token = clerk.csrfToken(); // first: loading a page may refresh the CSRF cookie the request must carry
        RequestSpecification spec = clerk.request().multiPart("csrf-token", token);
        Response r = spec.multiPart("file", "register.csv", BINARY, "text/csv").post("/recipients/import/preview");
        assertEquals(400, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("text/html"));
        assertTrue(r.asString().contains("The file is not UTF-8 text"), "says what is wrong: " + r.asString());
        assertEquals(recipients, (long) QuarkusTransaction.requiringNew().call(() -> Recipient.count()));
    }

    @Test
    void statementImportRefusesNonTextFiles() {
        Session clerk = Session.clerk();
        long statements = QuarkusTransaction.requiringNew().call(() -> Statement.count());
        String token = clerk.csrfToken();
        clerk.request().multiPart("csrf-token", token).multiPart("file", "statement.pdf", PDF, "application/pdf")
                .post("/statements/import").then().statusCode(400).body(containsString("Only plain-text (.txt) files"));
        clerk.request().multiPart("csrf-token", token).multiPart("file", "statement.txt", BINARY, "text/plain")
                .post("/statements/import").then().statusCode(400).body(containsString("not UTF-8 text"));
        assertEquals(statements, (long) QuarkusTransaction.requiringNew().call(() -> Statement.count()), "reading never saves");
    }
}
