package org.dispatchregister.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.dispatchregister.audit.AuditLog;
import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.recipients.RecipientAlias;
import org.dispatchregister.recipients.RecipientService;
import org.dispatchregister.common.TextFold;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Saves a phrase the matcher could not place as another name of a recipient, so the next match finds it. */
@ApplicationScoped
public class AliasService {

    /** Longest alias the register stores (recipient_alias.alias). */
    static final int MAX_ALIAS = 300;

    @Inject
    AuditLog audit;

    @Inject
    RecipientService recipients;

    /**
     * Adds the alias through the register's own write path (RecipientService), which keeps the alias
     * key, the search text and the update time right and announces the change after the commit.
     * Returns why it was refused, or null when saved. Unknown recipient → 404.
     */
    public String addAlias(long recipientId, String phrase) {
        String alias = phrase == null ? "" : TextInput.clean(phrase).replaceAll("\\s+", " ").strip();
        String key = TextFold.fold(alias);
        if (key.isEmpty()) {
            return "The phrase is empty.";
        }
        if (alias.length() > MAX_ALIAS) {
            return "An alias has at most " + MAX_ALIAS + " characters.";
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Recipient recipient = recipients.get(recipientId);
            RecipientAlias existing = RecipientAlias.find("aliasKey = ?1", key).firstResult();
            if (existing != null) {
                return "“" + alias + "” is already a name of " + existing.recipient.auditLabel() + ".";
            }
            if (!recipients.addAlias(recipient, alias)) {
                return "“" + alias + "” is already the name of " + recipient.auditLabel() + ".";
            }
            recipients.refreshDerived(recipient);
            audit.record("ALIAS_ADD", "Recipient", recipient.id, "Alias “" + alias + "” added to " + recipient.auditLabel()
                    + " from the distribution matcher");
            return null;
        });
    }
}
