package org.dispatchregister.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Position of a list page within its rows, for the pager and sortable-header tags. {@code query} is the
 * page's filters, already URL-encoded, so paging and sorting keep the current search; {@code sort} is
 * the order shown (null on a list that offers no sorting), kept by the pager and toggled by the headers.
 */
public record PageInfo(int number, int size, long total, String path, String query, Sort sort) {

    public static final int DEFAULT_SIZE = 50;

    /** Page links shown on each side of the current page, besides the first and the last. */
    private static final int AROUND = 2;

    public PageInfo(int number, int size, long total, String path, String query) {
        this(number, size, total, path, query, null);
    }

    /** The page a request asks for ({@code page} may be anything typed in the address), of the default size. */
    public static PageInfo of(Integer page, long total, String path, String query, Sort sort) {
        return new PageInfo(clamp(page), DEFAULT_SIZE, total, path, query, sort);
    }

    public static int clamp(Integer page) {
        return page == null || page < 1 ? 1 : Math.min(page, 100_000);
    }

    /** The page shown when {@code page} is asked for among {@code total} rows: a page past the end shows the last one. */
    public static int within(int page, long total, int size) {
        return (int) Math.max(1, Math.min(page, (total + size - 1) / size));
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
        return pageUrl(number - 1);
    }

    public String nextUrl() {
        return pageUrl(number + 1);
    }

    /** The numbers the pager links to: the first, the last and those around the current page; 0 marks a gap ("…"). */
    public List<Integer> numbers() {
        List<Integer> out = new ArrayList<>();
        int pages = pages();
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - number) <= AROUND) {
                out.add(n);
            } else if (out.get(out.size() - 1) != 0) {
                out.add(0);
            }
        }
        return out;
    }

    /** This list at page {@code page}, same filters and order. */
    public String pageUrl(int page) {
        String base = sorted();
        return path + "?" + (base.isEmpty() ? "" : base + "&") + "page=" + page;
    }

    /** The first page sorted by column {@code key}: ascending, or reversed when it is the column sorted by now. */
    public String sortUrl(String key) {
        boolean descending = isSortedBy(key) && !sort.descending();
        String base = query == null ? "" : query;
        return path + "?" + (base.isEmpty() ? "" : base + "&") + "sort=" + key + "&dir=" + (descending ? "desc" : "asc");
    }

    public boolean isSortedBy(String key) {
        return sort != null && sort.key().equals(key);
    }

    /** The header's aria-sort value: the column sorted by now says which way, the others say nothing. */
    public String ariaSort(String key) {
        return !isSortedBy(key) ? "none" : sort.descending() ? "descending" : "ascending";
    }

    private String sorted() {
        String base = query == null ? "" : query;
        if (sort == null || sort.isDefault()) {
            return base;
        }
        return (base.isEmpty() ? "" : base + "&") + "sort=" + sort.key() + "&dir=" + sort.dir();
    }
}
