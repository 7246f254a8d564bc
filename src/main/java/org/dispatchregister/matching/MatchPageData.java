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

/**
 * What the matcher pages show besides the result: the recipients and statements to choose from. The recipient
 * page's "Dispatch a statement to this body" offers the same statements ({inject:matchPages}).
 */
@ApplicationScoped
@jakarta.inject.Named("matchPages")
public class MatchPageData {

    /**
     * Ambiguous proposals are not ticked: the clerk chooses; {@code noneFirst} when no body is preselected
     * (words that name several bodies equally well).
     */
    public record Row(long recipientId, String label, String phrase, int percent, boolean ambiguous, List<Option> choices,
            boolean noneFirst) {
    }

    /** A stretch of the text read: plain, or the words a body (or a choice) was read from. */
    public record Segment(String text, long recipientId, String label, boolean choice) {

        public boolean found() {
            return recipientId > 0 || choice;
        }
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
                    m.ambiguous(), choices, false));
        }
        for (MatchResult.Choice c : result.choices()) {
            List<Option> choices = c.candidates().stream()
                    .map(k -> new Option(String.valueOf(k.recipientId()), label(k.name(), k.acronym()))).toList();
            rows.add(new Row(0, c.phrase(), c.phrase(), (int) Math.round(c.candidates().get(0).score() * 100), true, choices, true));
        }
        return rows;
    }

    /**
     * The text read, cut into stretches: the words each proposed body (or choice) was read from, and
     * the rest, so the page can show the whole text with every recognised name marked.
     */
    public static List<Segment> highlight(String text, MatchResult result) {
        List<Segment> marks = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (Match m : result.matches()) {
            spans.add(new int[] { m.start(), m.end(), marks.size() });
            marks.add(new Segment(null, m.recipientId(), label(m.name(), m.acronym()), false));
        }
        for (MatchResult.Choice c : result.choices()) {
            spans.add(new int[] { c.start(), c.end(), marks.size() });
            marks.add(new Segment(null, 0, "Choose: " + c.candidates().stream().map(k -> label(k.name(), k.acronym()))
                    .collect(java.util.stream.Collectors.joining(" / ")), true));
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (int[] span : spans) {
            if (span[0] < at || span[1] > text.length() || span[0] >= span[1]) {
                continue; // overlapping or out of the text: the table still lists it
            }
            if (span[0] > at) {
                out.add(new Segment(text.substring(at, span[0]), 0, null, false));
            }
            Segment mark = marks.get(span[2]);
            out.add(new Segment(text.substring(span[0], span[1]), mark.recipientId(), mark.label(), mark.choice()));
            at = span[1];
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), 0, null, false));
        }
        return out;
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

    /** {@link #latestStatements()}, with the statement the page was opened from first when it is older than those. */
    public List<Option> statementsWith(Long statementId) {
        List<Option> latest = latestStatements();
        if (statementId == null || latest.stream().anyMatch(o -> o.value().equals(statementId.toString()))) {
            return latest;
        }
        List<Option> out = new ArrayList<>();
        QuarkusTransaction.joiningExisting().run(() -> em.createQuery(
                "select s.id, s.reference, s.title, s.issuedOn from Statement s where s.id = :id", Object[].class)
                .setParameter("id", statementId).getResultStream().findFirst().ifPresent(s -> out.add(option(s))));
        out.addAll(latest);
        return out;
    }

    private static Option option(Object[] s) {
        return new Option(String.valueOf(s[0]), (s[3] != null ? s[3] + " · " : "") + (s[1] != null ? s[1] + " · " : "")
                + shorten((String) s[2]));
    }

    private static String shorten(String title) {
        return title == null || title.length() <= 90 ? title : title.substring(0, 89) + "…";
    }
}
