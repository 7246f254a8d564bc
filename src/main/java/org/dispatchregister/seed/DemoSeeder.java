package org.dispatchregister.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.dispatchregister.common.RegisterConfig;
import org.dispatchregister.dispatches.Dispatch;
import org.dispatchregister.dispatches.DispatchRequest;
import org.dispatchregister.dispatches.DispatchService;
import org.dispatchregister.dispatches.ReplyInput;
import org.dispatchregister.dispatches.ReplyKind;
import org.dispatchregister.dispatches.ReplyService;
import org.dispatchregister.recipients.Channel;
import org.dispatchregister.statements.Statement;
import org.dispatchregister.statements.StatementForm;
import org.dispatchregister.statements.StatementService;
import org.dispatchregister.web.FormErrors;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Sample data for a first start ({@code register.seed.demo=true}, no statement yet): the three real statements
 * of the seed folder, issued and dispatched as they were, with two replies, entered through the same services
 * as the pages. Runs after the register seeder (priority 100), which supplies the recipients and lists.
 */
@ApplicationScoped
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);

    static final String STANDARD_LIST = "Standard international distribution";
    static final String SIGNATORY = "Sabina Aliyeva, Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan";
    public static final String NOTE_VERBALE_REFERENCE = "0461/27/20/22";

    @Inject
    RegisterConfig config;

    @Inject
    StatementService statements;

    @Inject
    DispatchService dispatches;

    @Inject
    ReplyService replies;

    @Inject
    EntityManager em;

    void onStart(@Observes @Priority(200) StartupEvent event) {
        if (!config.seed().demo()) {
            return;
        }
        boolean empty = QuarkusTransaction.requiringNew().call(() -> Statement.count() == 0);
        if (!empty) {
            return;
        }
        QuarkusTransaction.requiringNew().run(this::seed);
    }

    /** Enters the sample statements unless they are there already; needs the register's recipients. */
    public void seed() {
        if (Statement.count("reference", NOTE_VERBALE_REFERENCE) > 0) {
            return;
        }
        if (em.createQuery("select count(r) from Recipient r", Long.class).getSingleResult() == 0) {
            LOG.info("Demo statements not entered: the recipient register is empty (enable its seed or import recipients first).");
            return;
        }
        Long list = em.createQuery("select l.id from DistributionList l where l.name = :n", Long.class)
                .setParameter("n", STANDARD_LIST).getResultStream().findFirst().orElse(null);

        Statement note = create("NOTE_VERBALE", "Note verbale to OHCHR on the High Commissioner's statement on the Nagorno-Karabakh conflict",
                NOTE_VERBALE_REFERENCE, "2020-11-04", "Geneva",
                "Permanent Mission of the Republic of Azerbaijan to the UN Office and other International Organizations in Geneva",
                "Answers the High Commissioner's statement of 2 November 2020: recalls Security Council resolutions 822, 853, 874 "
                        + "and 884, the attacks on Ganja and Barda with cluster munitions, and asks OHCHR to address the situation "
                        + "of Azerbaijani refugees and IDPs.",
                "note-verbale-2020-11-04-ohchr.txt", "Nagorno-Karabakh conflict, IDPs, cluster munitions, OHCHR",
                "Statement of the UN High Commissioner for Human Rights on the Nagorno-Karabakh conflict", "2020-11-02");
        Long ohchr = byAcronym("OHCHR");
        if (ohchr != null) {
            dispatch(note, new DispatchRequest(List.of(), List.of(ohchr), Set.of(), Channel.VIA_EMBASSY, LocalDate.of(2020, 11, 4),
                    true, LocalDate.of(2020, 12, 4), "Delivered by the Permanent Mission in Geneva; copy by email."));
        }

        Statement anniversary = create("STATEMENT", "Statement on the fifth anniversary of the 27 September 2020 attacks (Remembrance Day)",
                null, "2025-09-27", "Baku", SIGNATORY,
                "Five years after the large-scale military operations of 27 September 2020: recalls civilian casualties and war "
                        + "crimes, the initialled peace agreement, and calls for missing persons, minefield maps and the return of former IDPs.",
                "statement-2025-09-27-anniversary.txt", "Remembrance Day, IDPs, missing persons, landmines, peace agreement", null, null);
        Statement khojaly = create("STATEMENT", "Statement commemorating the 34th anniversary of the Khojaly Genocide",
                null, "2026-02-23", "Khankendi city", SIGNATORY,
                "Commemorates the 613 civilians killed in Khojaly on 26 February 1992 and urges international organisations to "
                        + "recognise the genocide and bring those responsible to justice.",
                "statement-2026-02-23-khojaly.txt", "Khojaly, genocide, accountability", null, null);
        if (list == null) {
            LOG.infof("Demo statements entered without their list dispatches: no list named \"%s\".", STANDARD_LIST);
            return;
        }
        dispatch(anniversary, new DispatchRequest(List.of(list), List.of(), Set.of(), Channel.EMAIL, LocalDate.of(2025, 9, 27), false,
                null, null));
        Long upf = byAcronym("UPF");
        dispatch(khojaly, new DispatchRequest(List.of(list), List.of(), Set.of(), upf == null ? Set.of() : Set.of(upf), Channel.EMAIL,
                LocalDate.of(2026, 2, 23), false, null, null));
        reply(anniversary, "UNESCO", new ReplyInput(LocalDate.of(2025, 10, 3), "CAB/25/1187", ReplyKind.ACKNOWLEDGEMENT,
                "Acknowledges receipt of the statement; forwarded to the Sector for Social and Human Sciences."));
        reply(anniversary, "COE", new ReplyInput(LocalDate.of(2025, 10, 20), "DGI/HR/2025/412", ReplyKind.SUBSTANTIVE,
                "The Commissioner's Office takes note of the concerns on missing persons and mine action and refers to its "
                        + "continuing dialogue with both countries."));
        LOG.info("Demo statements entered and dispatched.");
    }

    private Statement create(String kind, String title, String reference, String date, String place, String signatory, String summary,
            String file, String topics, String inResponseTo, String responseDate) {
        StatementForm form = new StatementForm(kind, title, reference, date, place, signatory, "English", summary, text(file), topics,
                inResponseTo, null, responseDate, "on", List.of(), null);
        FormErrors errors = new FormErrors();
        Statement s = statements.create(form, errors);
        if (s == null) {
            throw new IllegalStateException("Demo statement refused: " + errors.asMap());
        }
        return s;
    }

    private void dispatch(Statement s, DispatchRequest request) {
        FormErrors errors = new FormErrors();
        dispatches.create(s.id, request, errors);
        if (errors.isPresent()) {
            LOG.infof("Demo dispatch of %s skipped: %s", s.reference, errors.asMap());
        }
    }

    private void reply(Statement s, String acronym, ReplyInput input) {
        Long recipient = byAcronym(acronym);
        Dispatch d = recipient == null ? null : Dispatch.<Dispatch> find("statement.id = ?1 and recipient.id = ?2", s.id, recipient).firstResult();
        if (d != null) {
            replies.recordForDispatch(d.id, input, new FormErrors());
        }
    }

    private Long byAcronym(String acronym) {
        return em.createQuery("select r.id from Recipient r where upper(r.acronym) = :a and r.active = true and r.mergedInto is null "
                + "order by r.id", Long.class).setParameter("a", acronym.toUpperCase()).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    private static String text(String file) {
        try (InputStream in = DemoSeeder.class.getResourceAsStream("/seed/statements/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing seed text " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
