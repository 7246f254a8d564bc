package org.dispatchregister.reports;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.common.Role;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The whole dispatch register as a spreadsheet: every dispatch (optionally within a period on the
 * sent date) with its statement, recipient and list. Rows go from the JDBC result set straight to
 * the response, so 200,000 dispatches never sit in memory.
 */
@Path("/reports/dispatches")
@RolesAllowed(Role.VIEWER_ROLE)
public class DispatchExportResource {

    /*
     * Left joins although statement, kind and recipient are never missing: with inner joins H2 may start
     * from a smaller table and then sort 200,000 rows in a temporary file for "order by d.id"; with left
     * joins it keeps dispatch first and reads it in key order, so rows stream from the first one.
     */
    private static final String SQL = "select d.id, d.sent_on, s.reference, k.name, s.title, r.name, r.acronym, c.name, "
            + "l.name, d.channel, d.status, d.reply_due_on, d.follow_up_of_id "
            + "from dispatch d left join statement s on s.id = d.statement_id left join statement_kind k on k.id = s.kind_id "
            + "left join recipient r on r.id = d.recipient_id left join category c on c.id = r.category_id "
            + "left join distribution_list l on l.id = d.via_list_id where 1 = 1";

    static final List<ExportColumn> COLUMNS = List.of(ExportColumn.number("Dispatch"), ExportColumn.date("Sent"),
            ExportColumn.text("Our reference", 16), ExportColumn.text("Kind", 16), ExportColumn.text("Title", 50),
            ExportColumn.text("Recipient", 45), ExportColumn.text("Acronym", 12), ExportColumn.text("Category", 28),
            ExportColumn.text("Via list", 30), ExportColumn.text("Channel", 14), ExportColumn.text("Status", 13),
            ExportColumn.date("Reply due"), ExportColumn.number("Follow-up of"));

    @Inject
    DataSource dataSource;

    @GET
    public Response export(@RestQuery String from, @RestQuery String to, @RestQuery String format) {
        String back = "/reports";
        ReportFormat f = ReportFormat.parse(format == null || format.isBlank() ? "csv" : format, back);
        if (f != ReportFormat.CSV && f != ReportFormat.XLSX) {
            throw new ReportInputException("The dispatch register is exported as CSV or Excel: use format=csv or format=xlsx.", back);
        }
        ReportPeriod period = ReportPeriod.parseOpen(from, to, back);
        return ReportDownloads.rows(f, "dispatches_" + period.label(), "Dispatches", COLUMNS, writer -> stream(period, writer));
    }

    private void stream(ReportPeriod period, RowWriter writer) throws IOException {
        String sql = SQL + (period.from() == null ? "" : " and d.sent_on >= ?") + (period.to() == null ? "" : " and d.sent_on <= ?")
                + " order by d.id";
        try (Connection c = dataSource.getConnection()) {
            // PostgreSQL honours the fetch size only inside a transaction; in auto-commit it reads every row
            // into memory first.
            c.setAutoCommit(false);
            try {
                stream(c, sql, period, writer);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the dispatches for the export", e);
        }
    }

    private static void stream(Connection c, String sql, ReportPeriod period, RowWriter writer) throws SQLException, IOException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            if (period.from() != null) {
                ps.setDate(p++, Date.valueOf(period.from()));
            }
            if (period.to() != null) {
                ps.setDate(p, Date.valueOf(period.to()));
            }
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(COLUMNS.size());
                    row.add(rs.getLong(1));
                    row.add(rs.getObject(2, LocalDate.class));
                    for (int i = 3; i <= 11; i++) {
                        row.add(rs.getString(i));
                    }
                    row.add(rs.getObject(12, LocalDate.class));
                    long followUp = rs.getLong(13);
                    row.add(rs.wasNull() ? null : followUp);
                    writer.row(row);
                }
            }
        }
    }
}
