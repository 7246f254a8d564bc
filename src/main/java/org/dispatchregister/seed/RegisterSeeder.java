package org.dispatchregister.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dispatchregister.common.RegisterConfig;
import org.dispatchregister.lists.DistributionList;
import org.dispatchregister.lists.ListMember;
import org.dispatchregister.recipients.Recipient;
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
    private static final Logger LOG = Logger.getLogger(RegisterSeeder.class);

    @Inject
    RegisterConfig config;

    @Inject
    RecipientService recipients;

    @Inject
    Clock clock;

    void onStart(@Observes @Priority(100) StartupEvent event) {
        if (!config.seed().register()) {
            return;
        }
        int created = QuarkusTransaction.requiringNew().call(this::seedIfEmpty);
        if (created > 0) {
            LOG.infof("Seeded the recipient register with %d bodies from %s", created, SEED_FILE);
        }
    }

    /** Loads the seed when the register is empty; returns how many bodies it created (0 when it did nothing). */
    int seedIfEmpty() {
        if (Recipient.count() > 0) {
            return 0;
        }
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

    private static List<CSVRecord> read() {
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
