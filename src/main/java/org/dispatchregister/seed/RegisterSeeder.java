package org.dispatchregister.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dispatchregister.audit.AuditLog;
import org.dispatchregister.common.RegisterConfig;
import org.dispatchregister.common.TextFold;
import org.dispatchregister.lists.DistributionList;
import org.dispatchregister.lists.ListMember;
import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.recipients.RecipientAlias;
import org.dispatchregister.recipients.RecipientCsv;
import org.dispatchregister.recipients.RecipientInput;
import org.dispatchregister.recipients.RecipientService;
import org.dispatchregister.web.FormErrors;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * On a first start (no recipient at all) loads the standard register from seed/recipients.csv:
 * the bodies and collective addressees the institution's statements are sent to, with their
 * hierarchy, aliases, and the "Standard international distribution" list. Runs before the
 * workflow's demo data (priority 100 &lt; 200), which refers to these bodies.
 */
@ApplicationScoped
public class RegisterSeeder {

    static final String SEED_FILE = "seed/recipients.csv";
    static final String ALIASES_TOPUP = "aliases-az-ru";
    private static final Logger LOG = Logger.getLogger(RegisterSeeder.class);

    @Inject
    RegisterConfig config;

    @Inject
    RecipientService recipients;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    void onStart(@Observes @Priority(100) StartupEvent event) {
        if (!config.seed().register()) {
            return;
        }
        int created = QuarkusTransaction.requiringNew().call(this::seedIfEmpty);
        if (created > 0) {
            LOG.infof("Seeded the recipient register with %d bodies from %s", created, SEED_FILE);
        }
        int aliases = QuarkusTransaction.requiringNew().call(() -> topUpAliasesOnce(read()));
        if (aliases > 0) {
            LOG.infof("Added %d Azerbaijani and Russian aliases from %s to the register's standard bodies", aliases, SEED_FILE);
        }
    }

    /**
     * Once per register (the pending row of migration V60): adds the seed's aliases to the bodies of a
     * register seeded before they were in the seed. A register seeded with them, or topped up already,
     * is left alone, so an alias a clerk deleted stays deleted. Returns how many aliases it added.
     */
    int topUpAliasesOnce(List<CSVRecord> rows) {
        List<?> pending = em.createNativeQuery("select name from seed_topup where name = ?1 and done = false")
                .setParameter(1, ALIASES_TOPUP).getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        int added = 0;
        for (CSVRecord row : rows) {
            added += topUp(row);
        }
        em.createNativeQuery("update seed_topup set done = true where name = ?1").setParameter(1, ALIASES_TOPUP).executeUpdate();
        return added;
    }

    /** The row's aliases that no body answers to yet, added to the body with the row's acronym (or name). */
    private int topUp(CSVRecord row) {
        String acronymKey = TextFold.acronymKey(row.get("acronym"));
        Recipient r = acronymKey != null
                ? Recipient.<Recipient>find("acronymKey = ?1 and mergedInto is null", acronymKey).firstResult()
                : Recipient.<Recipient>find("sortName = ?1 and mergedInto is null", TextFold.fold(row.get("name"))).firstResult();
        if (r == null) {
            return 0;
        }
        List<String> added = new ArrayList<>();
        for (String alias : RecipientCsv.values(row.get("aliases"))) {
            String key = TextFold.fold(alias);
            // a name some body already answers to (an alias, a name, an acronym) is never given to a second one
            boolean taken = RecipientAlias.count("aliasKey", key) > 0 || Recipient.count("sortName", key) > 0
                    || !alias.strip().contains(" ") && Recipient.count("acronymKey", TextFold.acronymKey(alias)) > 0;
            if (!taken && recipients.addAlias(r, alias)) {
                added.add(alias);
            }
        }
        if (!added.isEmpty()) {
            recipients.refreshDerived(r);
            audit.record("ALIAS_ADD", "Recipient", r.id, "Aliases added to " + r.auditLabel() + " from the seed register: "
                    + String.join(", ", added));
        }
        return added.size();
    }

    /** Loads the seed when the register is empty; returns how many bodies it created (0 when it did nothing). */
    int seedIfEmpty() {
        if (Recipient.count() > 0) {
            return 0;
        }
        // the seed holds every alias: nothing to top up later
        em.createNativeQuery("update seed_topup set done = true").executeUpdate();
        List<CSVRecord> rows = read();
        Map<String, Recipient> byKey = new HashMap<>();
        for (CSVRecord row : rows) {
            RecipientInput input = new RecipientInput(row.get("name"), row.get("acronym"), row.get("category"), null,
                    row.get("country"), row.get("city"), null, null, null, null, null, null, null, null,
                    Boolean.parseBoolean(row.get("collective")), RecipientCsv.values(row.get("aliases")), null);
            FormErrors errors = new FormErrors();
            Recipient r = recipients.create(input, errors);
            if (r == null) {
                throw new IllegalStateException("Seed row " + row.get("key") + " is invalid: " + errors.asMap());
            }
            byKey.put(row.get("key"), r);
        }
        Map<String, DistributionList> lists = new HashMap<>();
        for (CSVRecord row : rows) {
            Recipient r = byKey.get(row.get("key"));
            String parentKey = row.get("parent_key");
            if (!parentKey.isBlank()) {
                r.parent = byKey.get(parentKey);
                if (r.parent == null) {
                    throw new IllegalStateException("Seed row " + row.get("key") + " names unknown parent " + parentKey);
                }
            }
            for (String listName : RecipientCsv.values(row.get("lists"))) {
                ListMember member = new ListMember();
                member.list = lists.computeIfAbsent(listName, this::list);
                member.recipient = r;
                member.addedAt = LocalDateTime.now(clock);
                member.persist();
            }
        }
        return rows.size();
    }

    private DistributionList list(String name) {
        DistributionList existing = DistributionList.find("name", name).firstResult();
        if (existing != null) {
            return existing;
        }
        DistributionList list = new DistributionList();
        list.name = name;
        list.description = "The bodies the Commissioner's statements are usually sent to (as in the 27 September 2025 statement).";
        list.createdAt = LocalDateTime.now(clock);
        list.updatedAt = list.createdAt;
        list.persist();
        return list;
    }

    static List<CSVRecord> read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SEED_FILE)) {
            if (in == null) {
                throw new IllegalStateException(SEED_FILE + " is missing from the application");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                    .parse(reader).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + SEED_FILE, e);
        }
    }
}
