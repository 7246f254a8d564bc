package org.dispatchregister.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the daily-use pages of issue 15 ({dmsg:key} in templates, {@link Messages#daily()} in Java): the
 * header search, the dispatch list's filters and selection, the recipient page's actions and the annual summary.
 * English here, Azerbaijani and Russian in messages/dmsg_az.properties and dmsg_ru.properties. A bundle of its own,
 * as {@link Msg} is near the size at which Qute's generated resolver breaks.
 *
 * <p>Texts that count something carry their word forms separated by "|" (one|few|many, as many as the language
 * needs; the last one also stands for "other"), chosen by {@link Plural}.
 */
@MessageBundle(value = "dmsg", locale = "en")
public interface DailyMsg {

    // ---- header search
    @Message("Search")
    String search_label();

    @Message("Search bodies, statements, replies")
    String search_placeholder();

    @Message("Search (press / to focus)")
    String search_title();

    @Message("Search")
    String search_go();

    @Message("Search results")
    String search_results();

    @Message("Results for “{q}”")
    String search_results_for(String q);

    @Message("Type a name, an acronym, a title or a reference.")
    String search_empty();

    @Message("Nothing matches “{q}”.")
    String search_nothing(String q);

    @Message("Bodies")
    String search_bodies();

    @Message("Statements")
    String search_statements();

    @Message("Replies")
    String search_replies();

    @Message("All matching bodies")
    String search_more_bodies();

    @Message("All matching statements")
    String search_more_statements();

    @Message("All matching replies")
    String search_more_replies();

    @Message("archived")
    String search_archived();

    @Message("no reference")
    String search_no_reference();

    // ---- dispatches list
    @Message("All statements")
    String all_statements();

    @Message("All lists")
    String all_lists();

    @Message("Apply to")
    String apply_to();

    @Message("the ticked rows")
    String scope_selected();

    @Message("all matching the filter ({n})")
    String scope_filter(long n);

    @Message("Select all on this page")
    String select_page();

    @Message("Clear the selection")
    String clear_selection();

    // ---- recipient page, match page
    @Message("Add to list")
    String add_to_list();

    @Message("Choose a list…")
    String choose_list();

    @Message("Add")
    String add();

    @Message("Dispatch a statement to this body")
    String dispatch_to_body();

    @Message("Choose a list first. Nothing was changed.")
    String choose_a_list();

    @Message("Added to the list {name}.")
    String added_to_list(String name);
}
