package org.dispatchregister.web;

/** The order one list page is shown in: a column of its {@link SortOrders} and a direction. */
public record Sort(SortOrders orders, String key, boolean descending) {

    /** The ORDER BY clause: one of the constants of {@link SortOrders}. */
    public String orderBy() {
        return orders.orderBy(key, descending);
    }

    public boolean isDefault() {
        return orders.isDefault(key, descending);
    }

    public String dir() {
        return descending ? "desc" : "asc";
    }

    /** Adds the sort to a page's query string unless it is the default order. */
    public QueryString addTo(QueryString query) {
        return isDefault() ? query : query.add("sort", key).add("dir", dir());
    }
}
