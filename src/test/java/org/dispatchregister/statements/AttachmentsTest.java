package org.dispatchregister.statements;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dispatchregister.attachments.Attachment;
import org.dispatchregister.dispatches.WorkflowData;
import org.dispatchregister.support.Session;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class AttachmentsTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    static Response upload(Session s, Long statementId, String name, String type, byte[] bytes) {
        String token = s.csrfToken(); // first: loading a page may refresh the CSRF cookie the request must carry
        return s.request().multiPart("csrf-token", token).multiPart("file", name, bytes, type)
                .post("/statements/" + statementId + "/attachments");
    }

    static long count(Long statementId) {
        return QuarkusTransaction.requiringNew().call(() -> (long) Statement.<Statement> findById(statementId).attachments.size());
    }

    @Test
    void pdfIsStoredUnderARandomKeyAndDownloadedAsAttachment() throws Exception {
        Session clerk = Session.clerk();
        Long id = WorkflowData.statement("STATEMENT", WorkflowData.unique("With file"));
        upload(clerk, id, "Signed statement.pdf", "application/pdf", PDF).then().statusCode(303);
        Attachment a = QuarkusTransaction.requiringNew().call(() -> Attachment.<Attachment> find("select a from Statement s join s.attachments a where s.id = ?1", id).firstResult());
        assertEquals("Signed statement.pdf", a.fileName);
        assertEquals("application/pdf", a.contentType);
        assertEquals(64, a.sha256.length());
        assertTrue(a.storageKey.matches("[0-9a-f]{32}"));
        assertTrue(Files.exists(Path.of("target/testdata/attachments", a.storageKey)));
        clerk.get("/statements/" + id).then().body(containsString("Signed statement.pdf"));
        Response download = Session.viewer().request().get("/attachments/" + a.id);
        download.then().statusCode(200).header("Content-Disposition", containsString("attachment;"))
                .header("X-Content-Type-Options", "nosniff").contentType(containsString("application/pdf"));
        assertEquals(new String(PDF, StandardCharsets.ISO_8859_1), new String(download.asByteArray(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void spoofedPdfIsRefused() {
        Session clerk = Session.clerk();
        Long id = WorkflowData.statement("STATEMENT", WorkflowData.unique("Spoof"));
        upload(clerk, id, "report.pdf", "application/pdf", "<html><script>alert(1)</script></html>".getBytes())
                .then().statusCode(400).body(containsString("claims to be a PDF"));
        upload(clerk, id, "tool.exe", "application/octet-stream", new byte[] { 'M', 'Z', 0, 0, 1, 2, 3 })
                .then().statusCode(400).body(containsString("Only PDF, Word"));
        assertEquals(0, count(id));
    }

    @Test
    void oversizedUploadIsRefused() {
        Session clerk = Session.clerk();
        Long id = WorkflowData.statement("STATEMENT", WorkflowData.unique("Big"));
        byte[] big = new byte[250_000];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        upload(clerk, id, "big.pdf", "application/pdf", big).then().statusCode(400).body(containsString("the limit is"));
        assertEquals(0, count(id));
    }

    @Test
    void pathTraversalFileNameIsReducedToItsLastPart() {
        Session clerk = Session.clerk();
        Long id = WorkflowData.statement("STATEMENT", WorkflowData.unique("Traversal"));
        upload(clerk, id, "../../etc/passwd.pdf", "application/pdf", PDF).then().statusCode(303);
        Attachment a = QuarkusTransaction.requiringNew().call(() -> Attachment.<Attachment> find("select a from Statement s join s.attachments a where s.id = ?1", id).firstResult());
        assertEquals("passwd.pdf", a.fileName);
        assertTrue(Files.exists(Path.of("target/testdata/attachments", a.storageKey)));
    }

    @Test
    void viewerCannotUploadAndMissingFilesAre404() {
        Long id = WorkflowData.statement("STATEMENT", WorkflowData.unique("Viewer upload"));
        upload(Session.viewer(), id, "x.pdf", "application/pdf", PDF).then().statusCode(403);
        assertEquals(0, count(id));
        Session.viewer().get("/attachments/99999999").then().statusCode(404);
        upload(Session.clerk(), 99999999L, "x.pdf", "application/pdf", PDF).then().statusCode(404);
    }
}
