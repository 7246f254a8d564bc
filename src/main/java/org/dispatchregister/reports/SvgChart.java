package org.dispatchregister.reports;

import org.dispatchregister.web.RequestLanguage;

import java.util.List;
import java.util.Locale;

import io.quarkus.qute.RawString;

/**
 * Small server-side SVG charts for the analytics page: horizontal bars and monthly lines, with
 * labelled axes, drawn with presentation attributes only (the CSP forbids inline styles) and no
 * script. Every label is XML-escaped here, which is why the result may be output unescaped.
 */
public final class SvgChart {

    /** One line of a line chart. */
    public record Series(String name, String colour, boolean dashed, List<Long> values) {
    }

    private static final String FONT = "font-family=\"system-ui, Arial, sans-serif\"";
    private static final int LABEL_MAX = 34;

    private SvgChart() {
    }

    /** Horizontal bars of percentages (0-100), one per label; null values are drawn as "no data". */
    public static RawString percentBars(String title, String axisTitle, List<String> labels, List<Double> values) {
        return percentBars(title, axisTitle, "no data", labels, values);
    }

    /** The same, with the words for a missing value in the reader's language. */
    public static RawString percentBars(String title, String axisTitle, String noData, List<String> labels, List<Double> values) {
        int left = 230;
        int right = 60;
        int plot = 420;
        int rowHeight = 24;
        int top = 30;
        int height = top + labels.size() * rowHeight + 50;
        int width = left + plot + right;
        StringBuilder svg = open(title, width, height);
        for (int tick = 0; tick <= 100; tick += 25) {
            double x = left + plot * tick / 100.0;
            svg.append(line(x, top - 6, x, top + labels.size() * rowHeight, "#d8dee6", false));
            svg.append(text(x, top + labels.size() * rowHeight + 16, tick + "", "middle", 11, "#3b4757"));
        }
        for (int i = 0; i < labels.size(); i++) {
            double y = top + i * rowHeight;
            svg.append(text(left - 8, y + rowHeight / 2.0 + 4, shorten(labels.get(i)), "end", 12, "#1b2430"));
            Double v = values.get(i);
            if (v == null) {
                svg.append(text(left + 4, y + rowHeight / 2.0 + 4, noData, "start", 11, "#5f6b7a"));
                continue;
            }
            double w = Math.max(1, plot * Math.min(100, v) / 100.0);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"#2d6aa3\"/>",
                    left, y + 4, w, rowHeight - 8));
            svg.append(text(left + w + 5, y + rowHeight / 2.0 + 4, RequestLanguage.current().percent(v), "start", 11, "#1b2430"));
        }
        svg.append(line(left, top - 6, left, top + labels.size() * rowHeight, "#5f6b7a", false));
        svg.append(text(left + plot / 2.0, height - 8, axisTitle, "middle", 12, "#1b2430"));
        return close(svg);
    }

    /** Lines over months (or any ordered labels), with a y axis from zero and a legend. */
    public static RawString lines(String title, String xTitle, String yTitle, List<String> labels, List<Series> series) {
        int left = 60;
        int top = 34;
        int plotW = Math.max(300, Math.min(760, labels.size() * 34));
        int plotH = 200;
        int width = left + plotW + 30;
        int height = top + plotH + 70;
        long max = series.stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).max().orElse(0);
        long step = niceStep(max);
        long yMax = Math.max(step, ((max + step - 1) / step) * step);
        StringBuilder svg = open(title, width, height);
        for (long tick = 0; tick <= yMax; tick += step) {
            double y = top + plotH - plotH * (double) tick / yMax;
            svg.append(line(left, y, left + plotW, y, "#d8dee6", false));
            svg.append(text(left - 6, y + 4, String.valueOf(tick), "end", 11, "#3b4757"));
        }
        double dx = labels.size() > 1 ? plotW / (double) (labels.size() - 1) : 0;
        int every = Math.max(1, (int) Math.ceil(labels.size() / 12.0));
        for (int i = 0; i < labels.size(); i++) {
            if (i % every == 0) {
                svg.append(text(left + i * dx, top + plotH + 16, labels.get(i), "middle", 10, "#3b4757"));
            }
        }
        int legendX = left;
        for (Series s : series) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < s.values().size(); i++) {
                double x = left + i * dx;
                double y = top + plotH - plotH * (double) s.values().get(i) / yMax;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>", x, y, esc(s.colour())));
            }
            svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>",
                    points.toString().trim(), esc(s.colour()), s.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
            svg.append(line(legendX, 14, legendX + 22, 14, s.colour(), s.dashed()));
            svg.append(text(legendX + 28, 18, s.name(), "start", 12, "#1b2430"));
            legendX += 40 + s.name().length() * 7;
        }
        svg.append(line(left, top, left, top + plotH, "#5f6b7a", false));
        svg.append(line(left, top + plotH, left + plotW, top + plotH, "#5f6b7a", false));
        svg.append(text(left + plotW / 2.0, height - 10, xTitle, "middle", 12, "#1b2430"));
        svg.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%.1f\" transform=\"rotate(-90 14 %.1f)\" text-anchor=\"middle\" "
                + "font-size=\"12\" fill=\"#1b2430\" %s>%s</text>", top + plotH / 2.0, top + plotH / 2.0, FONT, esc(yTitle)));
        return close(svg);
    }

    static long niceStep(long max) {
        if (max <= 5) {
            return 1;
        }
        long raw = (long) Math.ceil(max / 5.0);
        long magnitude = (long) Math.pow(10, (long) Math.log10(raw));
        for (long m : new long[] { 1, 2, 5, 10 }) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** XML-escapes text for an SVG text node or attribute. */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' ? ' ' : c);
            }
        }
        return out.toString();
    }

    private static String shorten(String label) {
        return label.length() > LABEL_MAX ? label.substring(0, LABEL_MAX - 1) + "…" : label;
    }

    private static StringBuilder open(String title, int width, int height) {
        return new StringBuilder().append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "role=\"img\" aria-label=\"%s\"><title>%s</title><rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>",
                width, height, width, height, esc(title), esc(title), width, height));
    }

    private static RawString close(StringBuilder svg) {
        return new RawString(svg.append("</svg>").toString());
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, boolean dashed) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"%s/>",
                x1, y1, x2, y2, esc(colour), dashed ? " stroke-dasharray=\"6 4\"" : "");
    }

    private static String text(double x, double y, String content, String anchor, int size, String colour) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" fill=\"%s\" %s>%s</text>",
                x, y, anchor, size, esc(colour), FONT, esc(content));
    }
}
