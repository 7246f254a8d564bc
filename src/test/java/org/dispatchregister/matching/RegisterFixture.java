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

import org.dispatchregister.matching.RegisterSnapshot.Entry;

/** The test register of src/test/resources/matching/register.csv, with each body's corpus key. */
final class RegisterFixture {

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
        RegisterFixture f = new RegisterFixture(new RegisterSnapshot(entries));
        f.keyById.putAll(keys);
        keys.forEach((id, key) -> f.idByKey.put(key, id));
        return f;
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
