package org.dispatchregister.reports;

/**
 * Text for spreadsheet cells (CSV and XLSX). A cell that starts with = + - @ (or a tab or carriage
 * return) would be read by Excel or LibreOffice as a formula, so a title such as
 * "=HYPERLINK(...)" typed by a user could run when the export is opened. Such text gets a leading
 * single quote, which spreadsheets show as text.
 */
public final class CellText {

    private CellText() {
    }

    public static String safe(String stored) {
        if (stored == null || stored.isEmpty()) {
            return stored;
        }
        // XLSX is XML, which cannot carry most control characters: whatever is stored, the file opens.
        String text = org.dispatchregister.web.ControlCharacters.printable(stored);
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + text;
        }
        return text;
    }
}
