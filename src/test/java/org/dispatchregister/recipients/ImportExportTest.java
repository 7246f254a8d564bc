package org.dispatchregister.recipients;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.dispatchregister.support.Session;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ImportExportTest {

    static io.restassured.response.Response preview(Session s, String csv) {
        return s.request().multiPart("csrf-token", s.csrfToken()).multiPart("csv", csv)
                .post("/recipients/import/preview");
    }

    @Test
    void previewShowsEachRowsFateAndWritesNothingUntilConfirmed() {
        Session clerk = Session.clerk();
        clerk.get("/recipients/import").then().statusCode(200).body(containsString("Import recipients"));
        String tag = RegisterFixtures.uniqueAcronym();
        String csv = "name,acronym,category,parent,country,emails,aliases\n"
                + "Imported Body " + tag + "," + tag + ",NGO,OSCE,Norway,x@y.org,Imp alias " + tag + "|Other " + tag + "\n"
                + "Child Of Imported " + tag + ",,NGO," + tag + ",Norway,,\n"
                + ",NOACR" + tag + ",NGO,,,,\n"
                + "Bad Cat " + tag + ",,WHATEVER,,,,\n"
                + "Bad Mail " + tag + ",,NGO,,,broken@,\n"
                + "UN Human Rights Office,,UN_AGENCY,,,,\n"
                + ",o.s.c.e,,,Austria,,OSCE alias " + tag + "\n"
                + "Orphan " + tag + ",,NGO,NoSuchParent" + tag + ",,,\n";
        preview(clerk, csv).then().statusCode(200)
                .body(containsString("2 to create")).body(containsString("1 to update")).body(containsString("5 to skip"))
                .body(containsString("Enter the name of the body"))
                .body(containsString("Unknown category code"))
                .body(containsString("is not a valid email address"))
                .body(containsString("Duplicate of the existing body Office of the United Nations High Commissioner"))
                .body(containsString("Unknown parent"));
        assertNull(QuarkusTransaction.requiringNew().call(() -> RecipientQueries.findByAcronym(tag)), "nothing written by the preview");
        clerk.post("/recipients/import", Map.of("csv", csv)).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            Recipient imported = RecipientQueries.findByAcronym(tag);
            assertNotNull(imported);
            assertEquals("OSCE", imported.parent.acronym);
            assertEquals(2, imported.aliases.size());
            Recipient child = Recipient.find("name", "Child Of Imported " + tag).firstResult();
            assertEquals(imported.id, child.parent.id, "parent created by the same file");
            Recipient osce = RecipientQueries.findByAcronym("OSCE");
            assertEquals("Organization for Security and Co-operation in Europe", osce.name, "empty cells keep values");
            assertTrue(osce.aliases.stream().anyMatch(a -> a.alias.equals("OSCE alias " + tag)));
            assertTrue(osce.aliases.stream().anyMatch(a -> a.alias.equals("Organization for Security and Cooperation in Europe")));
            assertEquals(0, Recipient.count("name", "Bad Cat " + tag));
        });
    }

    @Test
    void badFilesAreExplained() {
        Session clerk = Session.clerk();
        clerk.get("/recipients/import");
        preview(clerk, "").then().statusCode(400).body(containsString("The file is empty"));
        preview(clerk, "title,acr\nA,B\n").then().statusCode(400).body(containsString("must name the columns"));
        preview(clerk, "name,acronym\n\"unclosed,X\n").then().statusCode(400).body(containsString("not valid CSV"));
        Session viewer = Session.viewer();
        viewer.get("/recipients/import").then().statusCode(403);
    }

    @Test
    void uploadedFileIsPreviewedToo() {
        Session clerk = Session.clerk();
        clerk.get("/recipients/import");
        String tag = RegisterFixtures.uniqueAcronym();
        byte[] file = ("\uFEFFname,acronym\nUploaded " + tag + "," + tag + "\n").getBytes(StandardCharsets.UTF_8);
        clerk.request().multiPart("csrf-token", clerk.csrfToken()).multiPart("file", "r.csv", file, "text/csv")
                .post("/recipients/import/preview").then().statusCode(200).body(containsString("1 to create"))
                .body(containsString("Uploaded " + tag));
    }

    @Test
    void exportIsUtf8WithBomAndNeutralisesFormulas() {
        String tag = RegisterFixtures.uniqueAcronym();
        RegisterFixtures.body("=HYPERLINK(\"http://evil\") " + tag, null, null, "@alias " + tag);
        Session viewer = Session.viewer();
        var response = viewer.get("/recipients/export.csv");
        response.then().statusCode(200).contentType(containsString("text/csv"));
        byte[] bytes = response.asByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("'=HYPERLINK"), "formula neutralised");
        assertTrue(text.contains("'@alias " + tag), "alias cell neutralised");
        assertTrue(text.contains("OHCHR"));
        assertTrue(text.substring(1).startsWith("id,name,acronym,category,parent"));
        response.then().body(not(containsString(",=HYPERLINK")));
    }
}
