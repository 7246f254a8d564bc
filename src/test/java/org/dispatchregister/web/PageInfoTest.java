package org.dispatchregister.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The pager's numbers and the sort links, without a server. */
class PageInfoTest {

    static final SortOrders ORDERS = SortOrders.of("x.id", "date", true).column("name", "x.name").column("date", "x.date");

    @Test
    void numbersShowFirstLastAndTheNeighboursWithGaps() {
        assertAll(
                () -> assertEquals(List.of(1), new PageInfo(1, 50, 10, "/l", "").numbers()),
                () -> assertEquals(List.of(1, 2, 3), new PageInfo(2, 50, 120, "/l", "").numbers()),
                () -> assertEquals(List.of(1, 0, 8, 9, 10, 11, 12, 0, 20), new PageInfo(10, 50, 1000, "/l", "").numbers()),
                () -> assertEquals(List.of(1, 2, 3, 4, 0, 20), new PageInfo(2, 50, 1000, "/l", "").numbers()));
    }

    @Test
    void pagingKeepsFiltersAndOrderAndSortingStartsAtPageOne() {
        Sort byName = ORDERS.parse("name", "desc");
        PageInfo page = new PageInfo(3, 50, 1000, "/l", "q=a%26b", byName);
        assertAll(
                () -> assertEquals("/l?q=a%26b&sort=name&dir=desc&page=4", page.nextUrl()),
                () -> assertEquals("/l?q=a%26b&sort=name&dir=asc", page.sortUrl("name"), "the sorted column reverses"),
                () -> assertEquals("/l?q=a%26b&sort=date&dir=asc", page.sortUrl("date")),
                () -> assertEquals("descending", page.ariaSort("name")),
                () -> assertEquals("none", page.ariaSort("date")),
                () -> assertEquals("/l?page=2", new PageInfo(1, 50, 100, "/l", "", ORDERS.byDefault()).nextUrl(),
                        "the default order is not repeated in the address"));
    }

    @Test
    void ordersAreConstantsAndAnythingUnknownFallsBackToTheDefault() {
        assertAll(
                () -> assertEquals("x.name asc nulls last, x.id asc", ORDERS.parse("name", "asc").orderBy()),
                () -> assertEquals("x.date desc nulls first, x.id desc", ORDERS.parse("x.id; drop table", "asc").orderBy()),
                () -> assertEquals("x.name asc nulls last, x.id asc", ORDERS.parse("NAME", "sideways").orderBy()),
                () -> assertTrue(ORDERS.byDefault().isDefault()),
                () -> assertFalse(ORDERS.parse("date", "asc").isDefault()),
                () -> assertEquals("x.name desc nulls first, x.id desc", ORDERS.parse("name", "desc").orderBy()));
    }
}
