package org.dispatchregister.matching;

import org.dispatchregister.recipients.RegisterChanged;
import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.dispatchregister.audit.AuditLog;
import org.dispatchregister.common.NotFound;
import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.recipients.RecipientAlias;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Saves a phrase the matcher could not place as another name of a recipient, so the next match finds it. */
@ApplicationScoped
public class AliasService {

    /** Longest alias the register stores (recipient_alias.alias). */
    static final int MAX_ALIAS = 300;

    @Inject
    AuditLog audit;

    @Inject
    Event<RegisterChanged> changed;

    @Inject
    Clock clock;

    /** Adds the alias; returns why it was refused, or null when saved. Unknown recipient → 404. */
    public String addAlias(long recipientId, String phrase) {
        String alias = phrase == null ? "" : TextInput.clean(phrase).replaceAll("\\s+", " ").strip();
        String key = Fold.fold(alias);
        if (key.isEmpty()) {
            return "The phrase is empty.";
        }
        if (alias.length() > MAX_ALIAS) {
            return "An alias has at most " + MAX_ALIAS + " characters.";
        }
        String refused = QuarkusTransaction.requiringNew().call(() -> {
            Recipient recipient = NotFound.orThrow(Recipient.<Recipient>findById(recipientId));
            RecipientAlias existing = RecipientAlias.find("aliasKey = ?1", key).firstResult();
            if (existing != null) {
                return "“" + alias + "” is already a name of " + existing.recipient.auditLabel() + ".";
            }
            if (Fold.fold(recipient.name).equals(key)) {
                return "“" + alias + "” is already the name of " + recipient.auditLabel() + ".";
            }
            RecipientAlias a = new RecipientAlias();
            a.recipient = recipient;
            a.alias = alias;
            a.aliasKey = key;
            a.persist();
            // the register searches name, acronym and aliases folded together; keep it current
            String search = (recipient.searchText + " " + key).strip();
            recipient.searchText = search.length() > 4000 ? search.substring(0, 4000) : search;
            recipient.updatedAt = LocalDateTime.now(clock);
            audit.record("ALIAS_ADD", "Recipient", recipient.id, "Alias “" + alias + "” added to " + recipient.auditLabel()
                    + " from the distribution matcher");
            return null;
        });
        if (refused == null) {
            changed.fire(new RegisterChanged("alias added"));
        }
        return refused;
    }
}
