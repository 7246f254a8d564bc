package org.dispatchregister.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The only code that writes audit lines. Plain JDBC on the current transaction's connection
 * (Agroal hands out the connection already enlisted in the JTA transaction), so a line commits or
 * rolls back together with the change it describes, and it can run in the middle of a Hibernate
 * flush. Nothing updates or deletes these rows.
 */
@ApplicationScoped
public class AuditWriter {

    @Inject
    DataSource dataSource;

    private volatile String insertSql;

    public void write(List<AuditRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(insertSql(connection))) {
            for (AuditRow row : rows) {
                insert.setTimestamp(1, Timestamp.valueOf(row.occurredAt()));
                insert.setString(2, truncate(row.username(), 60));
                insert.setString(3, row.action());
                insert.setString(4, row.entityType());
                if (row.entityId() == null) {
                    insert.setNull(5, Types.BIGINT);
                } else {
                    insert.setLong(5, row.entityId());
                }
                insert.setString(6, truncate(row.summary(), 500));
                insert.setString(7, row.changes());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit history; the change is rolled back", e);
        }
    }

    /**
     * Writes one line for records created together, and the runs of their ids so that each record's
     * history finds it ({@link AuditBulk}).
     */
    public void writeTogether(AuditRow line, List<long[]> idRuns) {
        try (Connection connection = dataSource.getConnection()) {
            long eventId;
            try (PreparedStatement next = connection.prepareStatement(postgres(connection)
                    ? "select nextval('audit_event_seq')" : "select next value for audit_event_seq");
                    java.sql.ResultSet rs = next.executeQuery()) {
                rs.next();
                eventId = rs.getLong(1);
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into audit_event "
                    + "(id, occurred_at, username, action, entity_type, entity_id, summary, changes) values (?, ?, ?, ?, ?, null, ?, ?)")) {
                insert.setLong(1, eventId);
                insert.setTimestamp(2, Timestamp.valueOf(line.occurredAt()));
                insert.setString(3, truncate(line.username(), 60));
                insert.setString(4, line.action());
                insert.setString(5, line.entityType());
                insert.setString(6, truncate(line.summary(), 500));
                insert.setString(7, line.changes());
                insert.executeUpdate();
            }
            try (PreparedStatement range = connection.prepareStatement(
                    "insert into audit_bulk_range (entity_type, first_id, last_id, event_id) values (?, ?, ?, ?)")) {
                for (long[] run : idRuns) {
                    range.setString(1, line.entityType());
                    range.setLong(2, run[0]);
                    range.setLong(3, run[1]);
                    range.setLong(4, eventId);
                    range.addBatch();
                }
                range.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit history; the change is rolled back", e);
        }
    }

    private static boolean postgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    private String insertSql(Connection connection) throws SQLException {
        if (insertSql == null) {
            // H2 and PostgreSQL spell "next sequence value" differently.
            String next = postgres(connection) ? "nextval('audit_event_seq')" : "next value for audit_event_seq";
            insertSql = "insert into audit_event (id, occurred_at, username, action, entity_type, entity_id, summary, changes) values ("
                    + next + ", ?, ?, ?, ?, ?, ?, ?)";
        }
        return insertSql;
    }

    static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
