package org.dispatchregister.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.common.Role;
import org.dispatchregister.web.PageInfo;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The unanswered correspondence: page, PDF, CSV or XLSX. */
@Path("/reports/unanswered")
@RolesAllowed(Role.VIEWER_ROLE)
public class UnansweredResource {

    static final List<ExportColumn> COLUMNS = List.of(ExportColumn.text("Recipient", 36), ExportColumn.text("Category", 20),
            ExportColumn.date("Sent on"), ExportColumn.text("Our reference", 16), ExportColumn.text("Kind", 16),
            ExportColumn.text("Title", 50), ExportColumn.text("Channel", 12), ExportColumn.text("Status", 13),
            ExportColumn.date("Reply due"), ExportColumn.number("Age in days"), ExportColumn.text("Overdue", 9),
            ExportColumn.number("Reminders"));

    /** Bodies per screen page: about a thousand rows at most, far fewer usually. */
    static final int BODIES_PER_PAGE = 50;

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance unanswered(UnansweredReport report, PageInfo page);

        static native TemplateInstance unansweredPrint(UnansweredReport report, PrintInfo print);
    }

    @Inject
    UnansweredReportService reports;

    @Inject
    PdfRenderer pdf;

    @Inject
    PrintInfo.Source print;

    @GET
    public Response report(@RestQuery String from, @RestQuery String to, @RestQuery String category, @RestQuery String kind,
            @RestQuery String format, @RestQuery Integer page) {
        ReportFormat chosen = ReportFormat.parse(format, "/reports/unanswered");
        UnansweredReport.Filter filter = reports.filter(from, to, category, kind);
        String fileBase = "unanswered-" + filter.period().label();
        return switch (chosen) {
            case HTML -> {
                // On screen, a page of bodies; the totals above it, the PDF and the exports cover them all.
                UnansweredReport report = reports.report(filter, PageInfo.clamp(page), BODIES_PER_PAGE);
                PageInfo pageInfo = new PageInfo(report.page(), BODIES_PER_PAGE, report.bodies(), "/reports/unanswered", filter.query());
                yield Response.ok(Templates.unanswered(report, pageInfo)).type("text/html;charset=UTF-8").build();
            }
            case PDF -> ReportDownloads.pdf(pdf, Templates.unansweredPrint(reports.report(filter), print.now()).render(), fileBase);
            case CSV, XLSX -> ReportDownloads.rows(chosen, fileBase, "Unanswered", COLUMNS, writer -> reports.stream(filter, r -> {
                try {
                    writer.row(Arrays.asList(r.recipient(), r.category(), r.sentOn(), r.reference(), r.kind(), r.title(),
                            r.channelLabel(), r.statusLabel(), r.replyDueOn(), r.ageDays(), r.overdue() ? "yes" : "no",
                            r.reminders()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        };
    }
}
