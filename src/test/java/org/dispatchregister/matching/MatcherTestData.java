package org.dispatchregister.matching;

import org.dispatchregister.common.TextFold;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.recipients.RecipientAlias;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Recipients with made-up, unique names for tests that share one database. */
final class MatcherTestData {

    private static final Random RANDOM = new Random();

    private MatcherTestData() {
    }

    /** A made-up word nobody else's data contains, e.g. "Vorakulenta". */
    static String word() {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder sb = new StringBuilder();
        sb.append(Character.toUpperCase(consonants.charAt(RANDOM.nextInt(consonants.length()))));
        for (int i = 0; i < 9; i++) {
            sb.append(i % 2 == 0 ? vowels.charAt(RANDOM.nextInt(vowels.length())) : consonants.charAt(RANDOM.nextInt(consonants.length())));
        }
        return sb.toString();
    }

    /** A unique acronym like "QXJTWB". */
    static String acronym() {
        StringBuilder sb = new StringBuilder("Q");
        for (int i = 0; i < 6; i++) {
            sb.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return sb.toString();
    }

    static Recipient recipient(String name, String acronym, String... aliases) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Recipient r = new Recipient();
            r.name = name;
            r.acronym = acronym;
            r.acronymKey = acronym == null ? null : TextFold.acronymKey(acronym);
            r.sortName = TextFold.fold(name);
            r.searchText = TextFold.fold(name);
            r.createdAt = LocalDateTime.now();
            r.updatedAt = LocalDateTime.now();
            r.persist();
            for (String alias : List.of(aliases)) {
                RecipientAlias a = new RecipientAlias();
                a.recipient = r;
                a.alias = alias;
                a.aliasKey = TextFold.fold(alias);
                a.persist();
            }
            return r;
        });
    }
}
