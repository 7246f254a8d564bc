package org.dispatchregister.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dispatchregister.common.TextFold;
import org.dispatchregister.matching.RegisterSnapshot.Entry;
import org.dispatchregister.recipients.RecipientCsv;

/**
 * The test register of src/test/resources/matching/register.csv, with each body's corpus key, plus
 * the application's seed register (src/main/resources/seed/recipients.csv): its aliases (the
 * Azerbaijani and Russian names among them) join the test body with the same acronym or name, and
 * its bodies the test register lacks are added under their seed key. So the corpus reads texts
 * against the names the application really ships.
 */
final class RegisterFixture {

    /** Seed keys whose test body has another key. */
    private static final Map<String, String> SEED_KEYS = Map.of("OWN_MISSIONS", "MISSIONS-ABROAD", "FOREIGN_MISSIONS",
            "FOREIGN-MISSIONS", "OIC_IPHRC", "OIC-IPHRC", "COE", "CoE");

    final RegisterSnapshot snapshot;
    final Map<Long, String> keyById = new HashMap<>();
    final Map<String, Long> idByKey = new HashMap<>();

    private RegisterFixture(RegisterSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    static RegisterFixture load() {
        List<Entry> entries = new ArrayList<>();
        Map<Long, String> keys = new HashMap<>();
        for (String line : lines("/matching/register.csv")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\\|", -1);
            long id = Long.parseLong(c[0]);
            List<String> aliases = c[4].isBlank() ? List.of() : Arrays.stream(c[4].split(";")).map(String::strip).toList();
            entries.add(new Entry(id, c[2], c[3].isBlank() ? null : c[3], aliases, Boolean.parseBoolean(c[5]),
                    Boolean.parseBoolean(c[6])));
            keys.put(id, c[1]);
        }
        mergeSeed(entries, keys);
        RegisterFixture f = new RegisterFixture(new RegisterSnapshot(entries));
        f.keyById.putAll(keys);
        keys.forEach((id, key) -> f.idByKey.put(key, id));
        return f;
    }

    private static void mergeSeed(List<Entry> entries, Map<Long, String> keys) {
        List<CSVRecord> seed;
        try (InputStream in = RegisterFixture.class.getResourceAsStream("/seed/recipients.csv")) {
            seed = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long nextId = 1000;
        for (CSVRecord row : seed) {
            String acronymKey = TextFold.acronymKey(row.get("acronym"));
            String nameKey = TextFold.fold(row.get("name"));
            String key = SEED_KEYS.getOrDefault(row.get("key"), row.get("key"));
            int found = -1;
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                if (key.equals(keys.get(e.id())) || (acronymKey != null ? acronymKey.equals(TextFold.acronymKey(e.acronym()))
                        : nameKey.equals(TextFold.fold(e.name())))) {
                    found = i;
                }
            }
            List<String> aliases = RecipientCsv.values(row.get("aliases"));
            if (found >= 0) {
                Entry e = entries.get(found);
                List<String> merged = new ArrayList<>(e.aliases());
                aliases.stream().filter(a -> !merged.contains(a) && !a.equals(e.name())).forEach(merged::add);
                entries.set(found, new Entry(e.id(), e.name(), e.acronym(), merged, e.collective(), e.active()));
            } else {
                long id = nextId++;
                String acronym = row.get("acronym");
                entries.add(new Entry(id, row.get("name"), acronym.isBlank() ? null : acronym, aliases,
                        Boolean.parseBoolean(row.get("collective")), true));
                keys.put(id, row.get("key"));
            }
        }
    }

    static List<String> lines(String resource) {
        try (InputStream in = RegisterFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        return String.join("\n", lines(resource));
    }

    List<String> keys(MatchResult result) {
        return result.matches().stream().map(m -> keyById.get(m.recipientId())).toList();
    }
}
