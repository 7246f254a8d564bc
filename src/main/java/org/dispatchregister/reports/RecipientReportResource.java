package org.dispatchregister.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.common.Role;
import org.dispatchregister.web.PageInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The per-recipient report as a page, a PDF, a CSV or an XLSX file. */
@Path("/reports/recipients")
@RolesAllowed(Role.VIEWER_ROLE)
public class RecipientReportResource {

    static final List<ExportColumn> COLUMNS = List.of(ExportColumn.date("Sent on"), ExportColumn.text("Our reference", 16),
            ExportColumn.text("Kind", 16), ExportColumn.text("Title", 50), ExportColumn.text("Recipient", 36),
            ExportColumn.text("Via list", 24), ExportColumn.text("Channel", 12), ExportColumn.text("Status", 13),
            ExportColumn.date("Reply due"), ExportColumn.date("First reply"), ExportColumn.number("Days to reply"),
            ExportColumn.text("Overdue", 9), ExportColumn.number("Reminders"));

    /** Rows per screen page of the report. */
    static final int ROWS_PER_PAGE = 200;

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance recipient(RecipientReport report, PageInfo page);

        static native TemplateInstance recipientPrint(RecipientReport report, PrintInfo print);
    }

    @Inject
    RecipientReportService reports;

    @Inject
    PdfRenderer pdf;

    @Inject
    PrintInfo.Source print;

    @Inject
    Clock clock;

    @GET
    @Path("{id}")
    public Response report(@RestPath Long id, @RestQuery String from, @RestQuery String to, @RestQuery String children,
            @RestQuery String format, @RestQuery Integer page) {
        String back = "/reports/recipients/" + id;
        ReportFormat chosen = ReportFormat.parse(format, back);
        ReportPeriod period = ReportPeriod.parse(from, to, LocalDate.now(clock), back);
        boolean withChildren = flag(children);
        String fileBase = "recipient-" + id + "-" + period.label();
        return switch (chosen) {
            case HTML -> {
                // On screen, a page of rows under figures that count them all; the PDF and the exports list every row.
                RecipientReport report = reports.report(id, period, withChildren, PageInfo.clamp(page), ROWS_PER_PAGE);
                PageInfo pageInfo = new PageInfo(report.page(), ROWS_PER_PAGE, report.sent(), back, report.query());
                yield Response.ok(Templates.recipient(report, pageInfo)).type("text/html;charset=UTF-8").build();
            }
            case PDF -> ReportDownloads.pdf(pdf,
                    Templates.recipientPrint(reports.report(id, period, withChildren), print.now()).render(), fileBase);
            case CSV, XLSX -> {
                reports.head(id);
                yield ReportDownloads.rows(chosen, fileBase, "Recipient report", COLUMNS,
                        writer -> reports.stream(id, period, withChildren, item -> write(writer, item)));
            }
        };
    }

    static boolean flag(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on") || value.equals("1"));
    }

    private static void write(RowWriter writer, ReportItem i) {
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(i.sentOn());
        row.add(i.reference());
        row.add(i.kind());
        row.add(i.title());
        row.add(i.recipient());
        row.add(i.viaList());
        row.add(i.channel());
        row.add(i.statusLabel());
        row.add(i.replyDueOn());
        row.add(i.firstReplyOn());
        row.add(i.daysToReply());
        row.add(i.overdue() ? "yes" : "no");
        row.add(i.reminders());
        try {
            writer.row(row);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
