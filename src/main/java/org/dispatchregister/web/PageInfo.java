package org.dispatchregister.web;

/**
 * Position of a list page within its rows, for the pager tag. {@code query} is the page's other
 * query parameters, already URL-encoded, so paging keeps the current search and filters.
 */
public record PageInfo(int number, int size, long total, String path, String query) {

    public static final int DEFAULT_SIZE = 50;

    public static int clamp(Integer page) {
        return page == null || page < 1 ? 1 : Math.min(page, 100_000);
    }

    public int offset() {
        return (number - 1) * size;
    }

    public long first() {
        return total == 0 ? 0 : (long) offset() + 1;
    }

    public long last() {
        return Math.min(total, (long) offset() + size);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages();
    }

    public String previousUrl() {
        return url(number - 1);
    }

    public String nextUrl() {
        return url(number + 1);
    }

    private String url(int page) {
        String base = query == null || query.isEmpty() ? "" : query + "&";
        return path + "?" + base + "page=" + page;
    }
}
