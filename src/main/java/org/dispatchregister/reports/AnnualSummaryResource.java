package org.dispatchregister.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.common.Role;
import org.dispatchregister.web.DailyMsg;
import org.dispatchregister.web.Messages;
import org.dispatchregister.web.ReportMsg;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Reports → Annual summary: the page, a PDF, a CSV or an XLSX file, all from one {@link AnnualSummary}. */
@Path("/reports/annual")
@RolesAllowed(Role.VIEWER_ROLE)
public class AnnualSummaryResource {

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance annual(AnnualSummary report);

        static native TemplateInstance annualPrint(AnnualSummary report, PrintInfo print);
    }

    @Inject
    AnnualSummaryService summaries;

    @Inject
    PdfRenderer pdf;

    @Inject
    PrintInfo.Source print;

    @GET
    public Response report(@RestQuery Integer year, @RestQuery String format) {
        ReportFormat chosen = ReportFormat.parse(format, AnnualSummaryService.BACK);
        AnnualSummary report = summaries.summary(year);
        String fileBase = "annual-summary-" + report.year();
        return switch (chosen) {
            case HTML -> Response.ok(Templates.annual(report)).type("text/html;charset=UTF-8").build();
            case PDF -> ReportDownloads.pdf(pdf, Templates.annualPrint(report, print.now()).render(), fileBase);
            case CSV, XLSX -> {
                // the texts are read here, in the request; the rows are written while the response streams
                List<List<?>> rows = rows(report, Messages.daily());
                yield ReportDownloads.rows(chosen, fileBase, Messages.daily().annual_title(), columns(Messages.daily(), Messages.reports()),
                        writer -> {
                            for (List<?> row : rows) {
                                writer.row(row);
                            }
                        });
            }
        };
    }

    static List<ExportColumn> columns(DailyMsg m, ReportMsg r) {
        return List.of(ExportColumn.text(m.col_section(), 24), ExportColumn.text(m.col_label(), 36), ExportColumn.number(m.col_statements()),
                ExportColumn.number(m.col_letters()), ExportColumn.number(m.col_bodies()), ExportColumn.number(r.col_answered()),
                ExportColumn.number(m.col_awaiting()), ExportColumn.number(r.col_median()));
    }

    /** The paragraph first (a summary row), then the table by kind, by category, and the total. */
    static List<List<?>> rows(AnnualSummary report, DailyMsg m) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(Arrays.asList(m.annual_title_year(report.year()), report.paragraph(), null, null, null, null, null, null));
        report.byKind().forEach(l -> rows.add(row(m.annual_by_kind(), l)));
        report.byCategory().forEach(l -> rows.add(row(m.annual_by_category(), l)));
        rows.add(row(m.total(), report.total()));
        return rows;
    }

    private static List<?> row(String section, AnnualSummary.Line l) {
        return Arrays.asList(section, l.label(), l.statements(), l.letters(), l.bodies(), l.answered(), l.awaiting(), l.medianDays());
    }
}
