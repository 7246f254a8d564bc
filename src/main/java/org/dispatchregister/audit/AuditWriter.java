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

    private String insertSql(Connection connection) throws SQLException {
        if (insertSql == null) {
            // H2 and PostgreSQL spell "next sequence value" differently.
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            String next = postgres ? "nextval('audit_event_seq')" : "next value for audit_event_seq";
            insertSql = "insert into audit_event (id, occurred_at, username, action, entity_type, entity_id, summary, changes) values ("
                    + next + ", ?, ?, ?, ?, ?, ?, ?)";
        }
        return insertSql;
    }

    static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
