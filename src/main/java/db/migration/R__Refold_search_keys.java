package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dispatchregister.common.TextFold;
import org.dispatchregister.recipients.SearchKeys;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

/**
 * Recomputes every stored search key (recipient.acronym_key, sort_name, search_text and
 * recipient_alias.alias_key) with the application's one fold. A repeatable migration whose checksum
 * is the fold's fingerprint ({@link TextFold#checksum()}): Flyway runs it again on the first start
 * after any change of the fold, and never otherwise, so keys written by an older fold never linger.
 */
public class R__Refold_search_keys extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(R__Refold_search_keys.class);

    @Override
    public Integer getChecksum() {
        return TextFold.checksum();
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        Map<Long, List<String>> aliases = new HashMap<>();
        try (PreparedStatement read = c.prepareStatement("select id, recipient_id, alias from recipient_alias order by id");
                PreparedStatement write = c.prepareStatement("update recipient_alias set alias_key = ? where id = ?");
                ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                aliases.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getString(3));
                write.setString(1, SearchKeys.aliasKey(rs.getString(3)));
                write.setLong(2, rs.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
        // Acronym keys are unique: clear them all first, so two rows trading keys never collide midway.
        try (PreparedStatement clear = c.prepareStatement("update recipient set acronym_key = null")) {
            clear.executeUpdate();
        }
        Set<String> taken = new HashSet<>();
        int rows = 0;
        try (PreparedStatement read = c.prepareStatement("select id, name, acronym, merged_into_id from recipient "
                + "order by active desc, id");
                PreparedStatement write = c.prepareStatement(
                        "update recipient set acronym_key = ?, sort_name = ?, search_text = ? where id = ?");
                ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String key = rs.getObject(4) != null ? null : SearchKeys.acronymKey(rs.getString(3));
                if (key != null && !taken.add(key)) {
                    LOG.warnf("Recipient %d: acronym %s now folds like another body's; its acronym key is left empty", id, rs.getString(3));
                    key = null;
                }
                write.setString(1, key);
                write.setString(2, SearchKeys.sortName(rs.getString(2)));
                write.setString(3, SearchKeys.searchText(rs.getString(2), rs.getString(3), aliases.getOrDefault(id, List.of())));
                write.setLong(4, id);
                write.addBatch();
                rows++;
            }
            write.executeBatch();
        }
        LOG.infof("Search keys of %d recipients recomputed with the current text fold", rows);
    }
}
