package org.dispatchregister.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the administration's pages: the admin page, users (list, form), statement kinds, recipient
 * categories, the audit history and the resubmit page — {amsg:key} in templates, {@link Messages#admin()} in
 * Java — in English here and in messages/amsg_az.properties and amsg_ru.properties. A bundle of its own: keep
 * each bundle under about 280 messages (see {@link ReportMsg}).
 */
@MessageBundle(value = "amsg", locale = "en")
public interface AdminMsg {

    // ---- statement kinds and recipient categories

    @Message("Kind {code}")
    String kind_code(String code);

    @Message("New kind")
    String new_kind();

    @Message("Statement kinds")
    String statement_kinds();

    @Message("Code")
    String code();

    @Message("(fixed: the API uses it)")
    String code_fixed();

    @Message("e.g. OPEN_LETTER")
    String kind_code_hint();

    @Message("Name")
    String name();

    @Message("A reply is expected")
    String reply_is_expected();

    @Message("Reply expected within (days)")
    String reply_within_days();

    @Message("Order in lists")
    String order_in_lists();

    @Message("Active (offered on new statements)")
    String kind_active();

    @Message("Within days")
    String within_days();

    @Message("Order")
    String order();

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("active")
    String active_badge();

    @Message("retired")
    String retired_badge();

    @Message("Categories")
    String categories();

    @Message("Recipient categories")
    String recipient_categories();

    @Message("The kinds of body in the register, in the order pick lists show them. A category in use cannot be deleted: rename it instead.")
    String categories_explain();

    @Message("Bodies")
    String bodies();

    @Message("Name of {code}")
    String name_of(String code);

    @Message("Rename")
    String rename();

    @Message("Move up")
    String move_up();

    @Message("Move down")
    String move_down();

    @Message("Delete")
    String delete();

    @Message("New category")
    String new_category();

    @Message("Upper case, e.g. PARLIAMENT; used by the API and CSV import")
    String category_code_hint();

    @Message("Add category")
    String add_category();
}
