package org.dispatchregister.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.dispatchregister.common.Role;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.arc.profile.IfBuildProfile;

/**
 * The floor for the recipient report: its data read with plain JDBC in this process, no ORM and
 * no rendering. The benchmark divides the report page's time by this one's. Kept independent of
 * the reports package on purpose, so the yardstick does not move when the report's code does.
 * Present only in the benchmark's build (bench/run builds with -Dquarkus.profile=bench) and in tests,
 * never in the jar operators run.
 */
@IfBuildProfile(anyOf = { "bench", "test" })
@Path("/api/admin/bench/report-sql/{recipientId}")
@RolesAllowed(Role.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class ReportSqlTimingApi {

    /** Everything the recipient report lists: each dispatch with its statement, kind and replies. */
    static final String REPORT_SQL = "select d.id, d.sent_on, d.channel, d.status, d.reply_expected, d.reply_due_on,"
            + " s.id, s.reference, s.title, s.issued_on, k.name, r.id, r.received_on, r.kind, r.their_reference"
            + " from dispatch d join statement s on s.id = d.statement_id join statement_kind k on k.id = s.kind_id"
            + " left join reply r on r.dispatch_id = d.id"
            + " where d.recipient_id = ? order by d.sent_on desc, d.id desc, r.received_on";

    public record Timing(long recipientId, int rows, double millis) {
    }

    @Inject
    DataSource dataSource;

    @GET
    public Timing time(@RestPath long recipientId) throws SQLException {
        long start = System.nanoTime();
        int rows = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(REPORT_SQL)) {
            ps.setLong(1, recipientId);
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    // Read every column, as a report would, so the driver does the full work.
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    rows++;
                }
            }
        }
        return new Timing(recipientId, rows, (System.nanoTime() - start) / 1_000_000.0);
    }
}
