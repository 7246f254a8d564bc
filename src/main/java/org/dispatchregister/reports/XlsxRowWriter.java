package org.dispatchregister.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX through fastexcel: typed cells (dates carry a date format, numbers stay numbers), a bold
 * frozen header row, column widths. Rows are flushed to the stream as they come.
 */
final class XlsxRowWriter implements RowWriter {

    private static final int FLUSH_EVERY = 200;

    private final List<ExportColumn> columns;
    private final Workbook workbook;
    private final Worksheet sheet;
    private int row = 1;

    XlsxRowWriter(OutputStream out, String sheetName, List<ExportColumn> columns) {
        this.columns = columns;
        this.workbook = new Workbook(out, "Dispatch Register", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).header());
            sheet.width(c, columns.get(c).width());
        }
        sheet.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("E8EEF4").set();
        sheet.freezePane(0, 1);
    }

    @Override
    public void row(List<?> values) throws IOException {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v == null) {
                continue;
            }
            switch (columns.get(c).type()) {
                case DATE -> {
                    sheet.value(row, c, (LocalDate) v);
                    sheet.style(row, c).format("yyyy-mm-dd").set();
                }
                case NUMBER -> sheet.value(row, c, (Number) v);
                default -> sheet.value(row, c, CellText.safe(v.toString()));
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
    }
}
