package org.dispatchregister.recipients;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** The CSV form of the register, shared by export and import: columns, reading and safe writing. */
public final class RecipientCsv {

    /** Export columns; import reads the same names (only "name" is required, any order). */
    public static final List<String> COLUMNS = List.of("id", "name", "acronym", "category", "parent", "country",
            "city", "postal_address", "emails", "phone", "website", "addressee_line", "preferred_channel",
            "working_language", "collective", "active", "aliases", "notes");

    static final String BOM = "\uFEFF";

    private RecipientCsv() {
    }

    /** Parses CSV text with a header line; a leading byte-order mark is ignored. */
    public static List<CSVRecord> read(String text) {
        String body = text.startsWith(BOM) ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                .setTrim(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        try {
            return format.parse(new StringReader(body)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header names of CSV text, lower case. */
    public static Map<String, Integer> header(String text) {
        String body = text.startsWith(BOM) ? text.substring(1) : text;
        try {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                    .setTrim(true).setAllowMissingColumnNames(true).get().parse(new StringReader(body));
            return parser.getHeaderMap();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of a multi-valued cell (aliases, lists), separated by "|"; empty for a blank cell. */
    public static List<String> values(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** A printer that writes the byte-order mark first, so spreadsheet programs read UTF-8. */
    public static CSVPrinter printer(Writer out) throws IOException {
        out.write(BOM);
        return new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
    }

    /**
     * A cell a spreadsheet will not run as a formula: text starting with = + - @ tab or CR gets a
     * leading single quote (CSV injection). So does text that would otherwise lose its own leading quote on import
     * ("'=x"), so that {@link #unneutralise} gives back exactly what was stored. Null becomes an empty cell.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return needsQuote(cell) ? "'" + cell : cell;
    }

    /** The stored text of a cell written by {@link #neutralise}: the quote it added is taken away again. */
    public static String unneutralise(String cell) {
        return cell.startsWith("'") && needsQuote(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean needsQuote(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\'' && needsQuote(cell.substring(1));
    }
}
