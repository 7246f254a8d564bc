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

    private static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }
}
