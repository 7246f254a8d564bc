package org.dispatchregister.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes an export row by row straight to the response; nothing is kept after a row is written. */
public interface RowWriter extends AutoCloseable {

    /** One row, a value per column: String for text, LocalDate for dates, Number for numbers, null for empty. */
    void row(List<?> values) throws IOException;

    @Override
    void close() throws IOException;

    static RowWriter open(ReportFormat format, OutputStream out, String sheetName, List<ExportColumn> columns) throws IOException {
        return switch (format) {
            case CSV -> new CsvRowWriter(out, columns);
            case XLSX -> new XlsxRowWriter(out, sheetName, columns);
            default -> throw new IllegalArgumentException("Not a row format: " + format);
        };
    }
}
