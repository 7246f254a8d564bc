package org.dispatchregister.reports;

/** A column of a CSV or XLSX export: its header, the type of its cells, and its width in characters (XLSX). */
public record ExportColumn(String header, Type type, double width) {

    public enum Type {
        TEXT, DATE, NUMBER
    }

    public static ExportColumn text(String header, double width) {
        return new ExportColumn(header, Type.TEXT, width);
    }

    public static ExportColumn date(String header) {
        return new ExportColumn(header, Type.DATE, 12);
    }

    public static ExportColumn number(String header) {
        return new ExportColumn(header, Type.NUMBER, Math.max(8, header.length() + 2));
    }
}
