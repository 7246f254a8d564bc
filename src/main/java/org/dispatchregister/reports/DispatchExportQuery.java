package org.dispatchregister.reports;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads the whole dispatch register for {@link DispatchExportResource}: rows go from JDBC straight to the
 * row writer, so 200,000 dispatches never sit in memory.
 */
@ApplicationScoped
public class DispatchExportQuery {

    /*
     * The dispatch table is read alone, in key order, and the names of its statement, recipient and list
     * come from lookups read first (a register has thousands of those, against hundreds of thousands of
     * dispatches). Joined in SQL, H2 spent most of the export on five index lookups per row.
     */
    private static final String DISPATCHES = "select d.id, d.sent_on, d.statement_id, d.recipient_id, d.via_list_id, d.channel, "
            + "d.status, d.reply_due_on, d.follow_up_of_id from dispatch d where 1 = 1";
    private static final String STATEMENTS = "select s.id, s.reference, k.name, s.title from statement s "
            + "left join statement_kind k on k.id = s.kind_id";
    private static final String RECIPIENTS = "select r.id, r.name, r.acronym, c.name from recipient r "
            + "left join category c on c.id = r.category_id";
    private static final String LISTS = "select l.id, l.name from distribution_list l";

    /*
     * Dispatches are read in key order, 10,000 at a time after the last id sent: a result of this size stays
     * in memory on H2 (which copies a larger one to a temporary file before returning its first row), and
     * PostgreSQL needs no cursor. (H2's lazy execution would stream too, but it failed under concurrent
     * writes with "Chunk not found".)
     */
    static final int CHUNK = 10_000;

    @Inject
    DataSource dataSource;

    /** Writes every dispatch of the period, reading {@code chunk} at a time (a parameter so a test can cross many chunk boundaries). */
    void stream(ReportPeriod period, RowWriter writer, int chunk) throws IOException {
        String sql = DISPATCHES + " and d.id > ?" + (period.from() == null ? "" : " and d.sent_on >= ?")
                + (period.to() == null ? "" : " and d.sent_on <= ?") + " order by d.id";
        // Inside the download's read transaction (ReportDownloads).
        try (Connection c = dataSource.getConnection()) {
            Lookup statements = new Lookup(c, STATEMENTS, "s.id", 3);
            Lookup recipients = new Lookup(c, RECIPIENTS, "r.id", 3);
            Lookup lists = new Lookup(c, LISTS, "l.id", 1);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setMaxRows(chunk);
                long after = 0;
                int read;
                do {
                    read = 0;
                    int p = 1;
                    ps.setLong(p++, after);
                    if (period.from() != null) {
                        ps.setDate(p++, Date.valueOf(period.from()));
                    }
                    if (period.to() != null) {
                        ps.setDate(p, Date.valueOf(period.to()));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            after = rs.getLong(1);
                            read++;
                            writer.row(row(rs, statements, recipients, lists));
                        }
                    }
                } while (read == chunk);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the dispatches for the export", e);
        }
    }

    private static List<Object> row(ResultSet rs, Lookup statements, Lookup recipients, Lookup lists) throws SQLException {
        String[] statement = statements.get(rs.getLong(3));
        String[] recipient = recipients.get(rs.getLong(4));
        long listId = rs.getLong(5);
        String list = rs.wasNull() ? null : lists.get(listId)[0];
        List<Object> row = new ArrayList<>(DispatchExportResource.COLUMNS.size());
        row.add(rs.getLong(1));
        row.add(rs.getObject(2, LocalDate.class));
        row.add(statement[0]);
        row.add(statement[1]);
        row.add(statement[2]);
        row.add(recipient[0]);
        row.add(recipient[1]);
        row.add(recipient[2]);
        row.add(list);
        row.add(rs.getString(6));
        row.add(rs.getString(7));
        row.add(rs.getObject(8, LocalDate.class));
        long followUp = rs.getLong(9);
        row.add(rs.wasNull() ? null : followUp);
        return row;
    }

    /**
     * Id to text columns of one small table, read once per export. A row added after it was read (a
     * recipient created during a long download) is read on its own when a dispatch names it.
     */
    private static final class Lookup {
        private final Connection connection;
        private final String sql;
        private final String idColumn;
        private final int columns;
        private final Map<Long, String[]> rows = new HashMap<>();

        Lookup(Connection connection, String sql, String idColumn, int columns) throws SQLException {
            this.connection = connection;
            this.sql = sql;
            this.idColumn = idColumn;
            this.columns = columns;
            try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), texts(rs));
                }
            }
        }

        String[] get(long id) throws SQLException {
            String[] found = rows.get(id);
            if (found == null) {
                try (PreparedStatement ps = connection.prepareStatement(sql + " where " + idColumn + " = ?")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        found = rs.next() ? texts(rs) : new String[columns];
                    }
                }
                rows.put(id, found);
            }
            return found;
        }

        private String[] texts(ResultSet rs) throws SQLException {
            String[] texts = new String[columns];
            for (int i = 0; i < columns; i++) {
                texts[i] = rs.getString(i + 2);
            }
            return texts;
        }
    }
}
