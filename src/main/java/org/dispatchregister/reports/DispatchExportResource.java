package org.dispatchregister.reports;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.common.Role;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The whole dispatch register as a spreadsheet: every dispatch (optionally within a period on the
 * sent date) with its statement, recipient and list, read by {@link DispatchExportQuery}.
 */
@Path("/reports/dispatches")
@RolesAllowed(Role.VIEWER_ROLE)
public class DispatchExportResource {

    static final List<ExportColumn> COLUMNS = List.of(ExportColumn.number("Dispatch"), ExportColumn.date("Sent"),
            ExportColumn.text("Our reference", 16), ExportColumn.text("Kind", 16), ExportColumn.text("Title", 50),
            ExportColumn.text("Recipient", 45), ExportColumn.text("Acronym", 12), ExportColumn.text("Category", 28),
            ExportColumn.text("Via list", 30), ExportColumn.text("Channel", 14), ExportColumn.text("Status", 13),
            ExportColumn.date("Reply due"), ExportColumn.number("Follow-up of"));

    @Inject
    DispatchExportQuery query;

    @GET
    public Response export(@RestQuery String from, @RestQuery String to, @RestQuery String format) {
        String back = "/reports";
        ReportFormat f = ReportFormat.parse(format == null || format.isBlank() ? "csv" : format, back);
        if (f != ReportFormat.CSV && f != ReportFormat.XLSX) {
            throw new ReportInputException("The dispatch register is exported as CSV or Excel: use format=csv or format=xlsx.", back);
        }
        ReportPeriod period = ReportPeriod.parseOpen(from, to, back);
        return ReportDownloads.rows(f, "dispatches_" + period.label(), "Dispatches", COLUMNS,
                writer -> query.stream(period, writer, DispatchExportQuery.CHUNK));
    }
}
