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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Who received a statement: as a page, a PDF, a CSV or an XLSX file. */
@Path("/reports/statements")
@RolesAllowed(Role.VIEWER_ROLE)
public class StatementReportResource {

    static final List<ExportColumn> COLUMNS = List.of(ExportColumn.text("Recipient", 36), ExportColumn.text("Via list", 24),
            ExportColumn.text("Channel", 12), ExportColumn.text("Status", 13), ExportColumn.date("Sent on"),
            ExportColumn.date("Reply due"), ExportColumn.date("First reply"), ExportColumn.number("Days to reply"),
            ExportColumn.text("Overdue", 9), ExportColumn.number("Reminders"));

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance statement(StatementReport report);

        static native TemplateInstance statementPrint(StatementReport report, PrintInfo print);
    }

    @Inject
    StatementReportService reports;

    @Inject
    PdfRenderer pdf;

    @Inject
    PrintInfo.Source print;

    @GET
    @Path("{id}")
    public Response report(@RestPath Long id, @RestQuery String format) {
        ReportFormat chosen = ReportFormat.parse(format, "/reports/statements/" + id);
        String fileBase = "statement-" + id + "-distribution";
        return switch (chosen) {
            case HTML -> Response.ok(Templates.statement(reports.report(id))).type("text/html;charset=UTF-8").build();
            case PDF -> ReportDownloads.pdf(pdf, Templates.statementPrint(reports.report(id), print.now()).render(), fileBase);
            case CSV, XLSX -> {
                reports.head(id);
                yield ReportDownloads.rows(chosen, fileBase, "Distribution", COLUMNS, writer -> reports.stream(id, i -> {
                    try {
                        writer.row(Arrays.asList(i.recipient(), i.viaList(), i.channel(), i.statusLabel(), i.sentOn(),
                                i.replyDueOn(), i.firstReplyOn(), i.daysToReply(), i.overdue() ? "yes" : "no", i.reminders()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
        };
    }
}
