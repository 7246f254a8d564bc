package org.dispatchregister.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.dispatchregister.attachments.FileNames;
import org.dispatchregister.attachments.FileTypes;
import org.junit.jupiter.api.Test;

/** Plain unit tests: reference patterns, upload type detection, file name sanitising. */
class StatementRulesTest {

    @Test
    void referencePatternTokens() {
        assertEquals("0007/26", ReferencePattern.format("{seq:4}/{yy}", 2026, 7));
        assertEquals("OMB-2026-12", ReferencePattern.format("OMB-{yyyy}-{seq}", 2026, 12));
        assertEquals("00123/05", ReferencePattern.format("{seq:5}/{yy}", 2005, 123));
        assertEquals("12345/26", ReferencePattern.format("{seq:2}/{yy}", 2026, 12345), "never truncated");
        assertThrows(IllegalArgumentException.class, () -> ReferencePattern.format("{yy}", 2026, 1));
    }

    @Test
    void contentTypeComesFromTheBytes() {
        byte[] pdf = "%PDF-1.5 ...".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(FileTypes.PDF, FileTypes.check("a.pdf", "application/pdf", pdf).contentType());
        assertEquals(FileTypes.PDF, FileTypes.check("scan", null, pdf).contentType());
        assertFalse(FileTypes.check("a.pdf", "application/pdf", "hello".getBytes()).accepted());
        assertFalse(FileTypes.check("a.docx", null, pdf).accepted(), "a PDF named .docx is refused");
        assertFalse(FileTypes.check("a.exe", null, new byte[] { 'M', 'Z', 0 }).accepted());
        assertFalse(FileTypes.check("a.html", "text/html", "<html>".getBytes()).accepted(), "html is not an accepted kind");
        assertEquals(FileTypes.TEXT, FileTypes.check("notes.txt", "text/plain", "Line one\nça va".getBytes(StandardCharsets.UTF_8)).contentType());
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 };
        assertEquals(FileTypes.PNG, FileTypes.check("p.png", "image/png", png).contentType());
        byte[] docx = "PK\u0003\u0004....[Content_Types].xml....word/document.xml".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(FileTypes.DOCX, FileTypes.check("letter.docx", null, docx).contentType());
        assertNull(FileTypes.check("archive.zip", null, "PK\u0003\u0004junk".getBytes(StandardCharsets.ISO_8859_1)).contentType());
    }

    @Test
    void fileNamesAreSanitised() {
        assertEquals("passwd.pdf", FileNames.sanitise("../../etc/passwd.pdf"));
        assertEquals("evil.pdf", FileNames.sanitise("C:\\Users\\x\\evil.pdf"));
        assertEquals("ab.pdf", FileNames.sanitise("a\u0000b\n.pdf"));
        assertEquals("attachment", FileNames.sanitise("..."));
        assertEquals("hidden", FileNames.sanitise(".hidden"));
        String longName = "x".repeat(300) + ".pdf";
        String clean = FileNames.sanitise(longName);
        assertEquals(120, clean.length());
        assertTrue(clean.endsWith(".pdf"));
    }
}
