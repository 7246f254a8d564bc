package org.dispatchregister.audit;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.Hibernate;
import org.hibernate.Interceptor;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.Type;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Writes the audit history for every {@link Audited} entity without any resource having to
 * remember to: Hibernate reports each insert, dirty update and delete with old and new values.
 * Lines are buffered per transaction and written in one batch after each flush by {@link AuditWriter}.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class AuditInterceptor implements Interceptor {

    private static final String BUFFER_KEY = AuditInterceptor.class.getName() + ".buffer";
    private static final int MAX_VALUE_LENGTH = 300;

    private final Map<Class<?>, Map<String, FieldPolicy>> policies = new ConcurrentHashMap<>();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AuditWriter writer;

    @Inject
    AuditBulk bulk;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    private enum FieldPolicy {
        RECORD, REDACT, SKIP
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (entity instanceof Audited audited) {
            List<Map<String, String>> changes = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                FieldPolicy policy = policy(entity, names[i], types[i]);
                if (policy != FieldPolicy.SKIP && state[i] != null) {
                    changes.add(change(names[i], null, state[i], policy));
                }
            }
            AuditBulk.Pending together = transactionActive() ? bulk.of(entity.getClass().getSimpleName()) : null;
            if (together != null && id instanceof Number n) {
                together.add(n.longValue(), changes);
            } else {
                buffer(row("CREATE", entity, id, "Created " + audited.auditLabel(), changes));
            }
        }
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names, Type[] types) {
        if (entity instanceof Audited audited) {
            List<Map<String, String>> changes = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                FieldPolicy policy = policy(entity, names[i], types[i]);
                Object before = previous == null ? null : previous[i];
                if (policy != FieldPolicy.SKIP && !same(before, current[i])) {
                    changes.add(change(names[i], before, current[i], policy));
                }
            }
            if (!changes.isEmpty()) {
                buffer(row("UPDATE", entity, id, "Changed " + audited.auditLabel(), changes));
            }
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (entity instanceof Audited audited) {
            buffer(row("DELETE", entity, id, "Deleted " + audited.auditLabel(), List.of()));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void postFlush(Iterator<Object> entities) {
        if (!transactionActive()) {
            return;
        }
        List<AuditRow> rows = (List<AuditRow>) transactions.getResource(BUFFER_KEY);
        if (rows != null && !rows.isEmpty()) {
            List<AuditRow> toWrite = new ArrayList<>(rows);
            rows.clear();
            writer.write(toWrite);
        }
        Map<String, AuditBulk.Pending> together = (Map<String, AuditBulk.Pending>) transactions.getResource(AuditBulk.KEY);
        if (together != null) {
            // One line per flush: a bulk whose persists are split by an intermediate flush gets a line per part.
            together.forEach((entityType, pending) -> {
                if (!pending.ids.isEmpty()) {
                    AuditRow line = new AuditRow(LocalDateTime.now(clock), AuditActor.current(), "CREATE", entityType, null,
                            pending.summary, json(pending.sharedChanges()));
                    writer.writeTogether(line, AuditBulk.runs(pending.ids));
                    pending.clear();
                }
            });
        }
    }

    @SuppressWarnings("unchecked")
    private void buffer(AuditRow row) {
        if (!transactionActive()) {
            throw new IllegalStateException("Audited change outside a transaction");
        }
        List<AuditRow> rows = (List<AuditRow>) transactions.getResource(BUFFER_KEY);
        if (rows == null) {
            rows = new ArrayList<>();
            transactions.putResource(BUFFER_KEY, rows);
        }
        rows.add(row);
    }

    private boolean transactionActive() {
        int status = transactions.getTransactionStatus();
        return status == Status.STATUS_ACTIVE || status == Status.STATUS_PREPARING;
    }

    private AuditRow row(String action, Object entity, Object id, String summary, List<Map<String, String>> changes) {
        Long entityId = id instanceof Number n ? n.longValue() : null;
        return new AuditRow(LocalDateTime.now(clock), AuditActor.current(), action, entity.getClass().getSimpleName(),
                entityId, summary, json(changes));
    }

    private String json(List<Map<String, String>> changes) {
        if (changes.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> change(String field, Object before, Object after, FieldPolicy policy) {
        Map<String, String> change = new LinkedHashMap<>();
        change.put("field", field);
        if (policy == FieldPolicy.REDACT) {
            change.put("from", before == null ? "" : "(hidden)");
            change.put("to", "(changed)");
        } else {
            change.put("from", describe(before));
            change.put("to", describe(after));
        }
        return change;
    }

    private static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Audited x && b instanceof Audited y) {
            return x == y;
        }
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }

    private static String describe(Object value) {
        if (value == null) {
            return "";
        }
        if (!Hibernate.isInitialized(value)) {
            // Never load a related record in the middle of a flush just to name it (a 5,000-row
            // dispatch would load 5,000 recipients one by one).
            return "#" + referenceId(value);
        }
        if (value instanceof Audited referenced) {
            return referenced.auditLabel();
        }
        return truncate(value.toString(), MAX_VALUE_LENGTH);
    }

    /** The id of an unloaded reference: a proxy, or a bytecode-enhanced entity standing in for one. */
    private static Object referenceId(Object value) {
        if (value instanceof HibernateProxy proxy) {
            return proxy.getHibernateLazyInitializer().getIdentifier();
        }
        try {
            // Reading the field itself, not through the enhanced accessor, does not load the entity.
            Field id = value.getClass().getField("id");
            return id.get(value);
        } catch (ReflectiveOperationException e) {
            return "?";
        }
    }

    private static String truncate(String value, int max) {
        return AuditWriter.truncate(value, max);
    }

    private FieldPolicy policy(Object entity, String property, Type type) {
        if (type.isCollectionType() || "version".equals(property)) {
            return FieldPolicy.SKIP;
        }
        return policies.computeIfAbsent(entity.getClass(), AuditInterceptor::policiesOf)
                .getOrDefault(property, FieldPolicy.RECORD);
    }

    private static Map<String, FieldPolicy> policiesOf(Class<?> type) {
        Map<String, FieldPolicy> result = new ConcurrentHashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(AuditSkip.class)) {
                    result.put(field.getName(), FieldPolicy.SKIP);
                } else if (field.isAnnotationPresent(AuditRedacted.class)) {
                    result.put(field.getName(), FieldPolicy.REDACT);
                }
            }
        }
        return result;
    }
}
