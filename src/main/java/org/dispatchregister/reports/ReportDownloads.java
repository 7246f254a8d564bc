package org.dispatchregister.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Responses for downloads. CSV and XLSX are streamed: the rows are pulled from a scrolling query
 * inside a read transaction while the response is written, never collected first.
 */
public final class ReportDownloads {

    /** Fills a row writer, one row at a time. */
    @FunctionalInterface
    public interface RowProducer {
        void produce(RowWriter writer) throws IOException;
    }

    private ReportDownloads() {
    }

    public static Response rows(ReportFormat format, String fileBase, String sheetName, List<ExportColumn> columns,
            RowProducer producer) {
        StreamingOutput body = out -> {
            try (RowWriter writer = RowWriter.open(format, out, sheetName, columns)) {
                QuarkusTransaction.requiringNew().run(() -> {
                    try {
                        producer.produce(writer);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        };
        String type = format == ReportFormat.CSV ? "text/csv; charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return attachment(Response.ok(body, type), fileBase + "." + format.name().toLowerCase());
    }

    /** A PDF rendered from print HTML straight onto the response. */
    public static Response pdf(PdfRenderer renderer, String html, String fileBase) {
        StreamingOutput body = out -> renderer.render(html, out);
        return attachment(Response.ok(body, "application/pdf"), fileBase + ".pdf");
    }

    private static Response attachment(Response.ResponseBuilder builder, String fileName) {
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return builder.header("Content-Disposition", "attachment; filename=\"" + safe + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
