package org.dispatchregister.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dispatchregister.support.Session;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The dispatch register export streams every dispatch, filtered by period, in CSV. */
@QuarkusTest
class DispatchExportTest {

    @Test
    void csvHasOneRowPerDispatchAndHonoursThePeriod() throws Exception {
        Session viewer = Session.viewer();
        var all = viewer.get("/reports/dispatches?format=csv");
        assertEquals(200, all.statusCode());
        assertTrue(all.header("Content-Disposition").contains("attachment"));
        List<CSVRecord> rows = parse(all.asString());
        long expected = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> org.dispatchregister.dispatches.Dispatch.count());
        assertEquals(expected, rows.size() - 1, "header plus one row per dispatch");
        assertEquals("Dispatch", rows.get(0).get(0).replace("\uFEFF", ""));
        List<CSVRecord> none = parse(viewer.get("/reports/dispatches?format=csv&from=2100-01-01").asString());
        assertEquals(1, none.size(), "only the header for a period with no dispatch");
        assertEquals(400, viewer.get("/reports/dispatches?format=pdf").statusCode());
        assertEquals(400, viewer.get("/reports/dispatches?from=not-a-date").statusCode());
    }

    @jakarta.inject.Inject
    DispatchExportQuery export;

    @Test
    void readingInSmallChunksGivesTheSameRowsInKeyOrder() throws Exception {
        String tag = org.dispatchregister.dispatches.WorkflowData.unique("Chunk");
        Long statement = org.dispatchregister.dispatches.WorkflowData.statement("APPEAL", tag);
        for (int i = 0; i < 8; i++) {
            org.dispatchregister.dispatches.WorkflowData.dispatch(statement,
                    org.dispatchregister.dispatches.WorkflowData.recipient(tag + " body " + i), java.time.LocalDate.now(), false, null);
        }
        List<List<?>> small = rows(3);
        List<List<?>> whole = rows(1_000_000);
        long expected = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> org.dispatchregister.dispatches.Dispatch.count());
        assertTrue(expected > 6, "the test data crosses several chunk boundaries");
        assertEquals(expected, whole.size());
        assertEquals(whole, small);
        for (int i = 1; i < small.size(); i++) {
            assertTrue((Long) small.get(i - 1).get(0) < (Long) small.get(i).get(0), "ascending dispatch ids");
        }
    }

    private List<List<?>> rows(int chunk) throws Exception {
        List<List<?>> rows = new java.util.ArrayList<>();
        RowWriter collect = new RowWriter() {
            @Override
            public void row(List<?> values) {
                rows.add(values);
            }

            @Override
            public void close() {
            }
        };
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            try {
                export.stream(ReportPeriod.parseOpen(null, null, "/reports"), collect, chunk);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return rows;
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }
}
