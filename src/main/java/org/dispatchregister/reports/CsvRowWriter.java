package org.dispatchregister.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV in UTF-8 with a byte-order mark, so that Excel opens accented names correctly; RFC 4180
 * quoting by commons-csv; text neutralised against formula injection.
 */
final class CsvRowWriter implements RowWriter {

    private final List<ExportColumn> columns;
    private final CSVPrinter printer;

    CsvRowWriter(OutputStream out, List<ExportColumn> columns) throws IOException {
        this.columns = columns;
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(columns.stream().map(ExportColumn::header).toList());
    }

    @Override
    public void row(List<?> values) throws IOException {
        List<String> cells = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                cells.add("");
            } else if (columns.get(i).type() == ExportColumn.Type.TEXT) {
                cells.add(CellText.safe(v.toString()));
            } else {
                cells.add(v.toString());
            }
        }
        printer.printRecord(cells);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
