package org.dispatchregister.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void formulaStartsAreQuoted() {
        for (String dangerous : List.of("=SUM(A1)", "+1", "-2+3", "@cmd", "\tx", "\rx", "=HYPERLINK(\"http://evil\")")) {
            assertEquals("'" + dangerous, CellText.safe(dangerous), dangerous);
        }
    }

    @Test
    void ordinaryTextIsKept() {
        assertEquals("Office of the UN High Commissioner", CellText.safe("Office of the UN High Commissioner"));
        assertEquals("0461/27/20/22", CellText.safe("0461/27/20/22"));
        assertEquals("a=b", CellText.safe("a=b"));
        assertEquals("", CellText.safe(""));
        assertNull(CellText.safe(null));
    }
}
