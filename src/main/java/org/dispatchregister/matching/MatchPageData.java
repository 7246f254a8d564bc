package org.dispatchregister.matching;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.dispatchregister.matching.MatchResult.Candidate;
import org.dispatchregister.matching.MatchResult.Match;
import org.dispatchregister.web.Option;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** What the matcher pages show besides the result: the recipients and statements to choose from. */
@ApplicationScoped
public class MatchPageData {

    /** Ambiguous proposals are not ticked: the clerk chooses. */
    public record Row(long recipientId, String label, String phrase, int percent, boolean ambiguous, List<Option> choices) {
    }

    @Inject
    EntityManager em;

    /** One row per proposal; an ambiguous one lists its body first, then the alternatives. */
    public static List<Row> rows(MatchResult result) {
        List<Row> rows = new ArrayList<>();
        for (Match m : result.matches()) {
            List<Option> choices = new ArrayList<>();
            choices.add(new Option(String.valueOf(m.recipientId()), label(m.name(), m.acronym())));
            for (Candidate c : m.alternatives()) {
                choices.add(new Option(String.valueOf(c.recipientId()), label(c.name(), c.acronym()) + " (" + Math.round(c.score() * 100) + "%)"));
            }
            rows.add(new Row(m.recipientId(), label(m.name(), m.acronym()), m.phrase(), (int) Math.round(m.score() * 100),
                    m.ambiguous(), choices));
        }
        return rows;
    }

    static String label(String name, String acronym) {
        return acronym == null || acronym.isBlank() ? name : name + " (" + acronym + ")";
    }

    /** Active, unmerged recipients by name, for "Add as alias of …" (one query). */
    public List<Option> recipients() {
        return QuarkusTransaction.joiningExisting().call(() -> em.createQuery(
                "select r.id, r.name, r.acronym from Recipient r where r.active = true and r.mergedInto is null order by r.sortName, r.name",
                Object[].class).getResultList().stream()
                .map(r -> new Option(String.valueOf(r[0]), label((String) r[1], (String) r[2]))).toList());
    }

    /** The 50 latest statements by date of issue (one query). */
    public List<Option> latestStatements() {
        return QuarkusTransaction.joiningExisting().call(() -> em.createQuery(
                "select s.id, s.reference, s.title, s.issuedOn from Statement s order by s.issuedOn desc nulls last, s.id desc",
                Object[].class).setMaxResults(50).getResultList().stream()
                .map(s -> new Option(String.valueOf(s[0]), (s[3] != null ? s[3] + " · " : "") + (s[1] != null ? s[1] + " · " : "")
                        + shorten((String) s[2])))
                .toList());
    }

    private static String shorten(String title) {
        return title == null || title.length() <= 90 ? title : title.substring(0, 89) + "…";
    }
}
