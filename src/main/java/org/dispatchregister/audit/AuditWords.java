package org.dispatchregister.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.dispatchregister.web.AdminMsg;
import org.dispatchregister.web.DateTemplateExtensions;
import org.dispatchregister.web.EnumLabels;
import org.dispatchregister.web.Language;
import org.dispatchregister.web.Messages;

import io.quarkus.qute.TemplateExtension;

/**
 * The audit history in the reader's language: the stored line keeps codes and English (field names,
 * enumeration constants, "Created …"), which stay the same for every reader and for the API; pages show
 * them as words. A field, record type or action without a message of its own ({@link AdminMsg}
 * field_…, type_…, action_…) is shown as stored, with the code on hover in the templates.
 */
@TemplateExtension
public class AuditWords {

    private static final Map<String, Optional<Method>> METHODS = new ConcurrentHashMap<>();

    private static final Map<String, String> ENUM_OF_FIELD = Map.of(
            "Dispatch.status", "DispatchStatus", "Statement.status", "StatementStatus", "Dispatch.channel", "Channel",
            "Recipient.preferredChannel", "Channel", "Reply.kind", "ReplyKind");

    private AuditWords() {
    }

    static String actionShown(AuditEventView e) {
        return e.action() == null ? "" : message("action_" + e.action()).orElse(e.action());
    }

    static String entityTypeShown(AuditEventView e) {
        return e.entityType() == null ? "" : message("type_" + e.entityType()).orElse(e.entityType());
    }

    /** "Created X", "Changed X", "Deleted X" and the sign-in lines in words; other summaries as written. */
    static String summaryShown(AuditEventView e) {
        String s = e.summary();
        if (s == null) {
            return "";
        }
        AdminMsg m = Messages.admin();
        if (s.startsWith("Created ")) {
            return m.created_label(s.substring(8));
        } else if (s.startsWith("Changed ")) {
            return m.changed_label(s.substring(8));
        } else if (s.startsWith("Deleted ")) {
            return m.deleted_label(s.substring(8));
        } else if (s.equals("Signed in")) {
            return m.signed_in();
        } else if (s.startsWith("Signed in from ")) {
            return m.signed_in_from(s.substring(15));
        }
        return s;
    }

    static String label(AuditEventView.Change c) {
        return c.field() == null ? "" : message("field_" + c.field()).orElse(c.field());
    }

    static String fromShown(AuditEventView.Change c) {
        return shown(c, c.from());
    }

    static String toShown(AuditEventView.Change c) {
        return shown(c, c.to());
    }

    static String shown(AuditEventView.Change c, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        AdminMsg m = Messages.admin();
        switch (value) {
            case "true":
                return m.yes();
            case "false":
                return m.no();
            case "(hidden)":
                return m.value_hidden();
            case "(changed)":
                return m.value_changed();
            default:
                break;
        }
        if ("StaffUser".equals(c.entityType()) && "role".equals(c.field())) {
            return EnumLabels.shown("role", value.toLowerCase()).orElse(value);
        }
        if ("StaffUser".equals(c.entityType()) && "language".equals(c.field())) {
            return Language.fromTag(value).map(Language::nativeName).orElse(value);
        }
        String enumeration = ENUM_OF_FIELD.get(c.entityType() + "." + c.field());
        if (enumeration != null) {
            return EnumLabels.shown(enumeration, value).orElse(value);
        }
        return DateTemplateExtensions.isoDateShown(value);
    }

    private static Optional<String> message(String name) {
        Optional<Method> method = METHODS.computeIfAbsent(name, n -> {
            try {
                return Optional.of(AdminMsg.class.getMethod(n));
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        });
        if (method.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of((String) method.get().invoke(Messages.admin()));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("message " + name, e);
        }
    }
}
