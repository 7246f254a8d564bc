package org.dispatchregister.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.dispatchregister.dispatches.WorkflowData;
import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;
import org.dispatchregister.users.StaffUser;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Message;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An Azerbaijani- or Russian-speaking clerk walks the translated pages (dashboard → statement → dispatch →
 * reply → recipient report, the lists and the other reports, the register of bodies, distribution lists and the
 * distribution reader) and meets none of the interface's English
 * texts: every English message of the bundles that has words of its own is looked for in each page's text.
 */
@QuarkusTest
class NoEnglishOnTranslatedPagesTest {

    /**
     * The English texts of the bundles with at least two words, eight letters and no parameter (a parameter splits a
     * text; "of the" also occurs in the institution's name).
     */
    static Set<String> englishTexts() {
        Set<String> texts = new TreeSet<>();
        for (Class<?> bundle : List.of(Msg.class, ReportMsg.class, RegisterMsg.class, AdminMsg.class, DailyMsg.class)) {
            for (Method m : bundle.getDeclaredMethods()) {
                Message message = m.getAnnotation(Message.class);
                if (message != null && !message.value().contains("{") && message.value().trim().contains(" ")
                        && message.value().trim().length() >= 8) {
                    texts.add(message.value());
                }
            }
        }
        return texts;
    }

    /** The text a reader sees; the footer is left out (it shows the operator's own setting, register.institution.header). */
    static String text(String html) {
        return html.replaceAll("(?s)<footer.*?</footer>|<script.*?</script>|<style.*?</style>", " ").replaceAll("<[^>]+>", " ")
                .replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    @Test
    void azerbaijaniAndRussianPagesShowNoEnglishInterfaceText() {
        walk("az", "Bəyanatlar");
        walk("ru", "Заявления");
    }

    /** An administrator reads the admin pages, users, statement kinds, categories and the audit history in az and ru. */
    @Test
    void administratorsPagesInAzerbaijaniAndRussian() {
        for (String[] l : new String[][] { { "az", "Bəyanatlar" }, { "ru", "Заявления" } }) {
            String user = TestUsers.ensure("admin-walker-" + l[0], "ADMIN");
            QuarkusTransaction.requiringNew().run(() -> StaffUser.findByUsername(user).language = l[0]);
            Session s = Session.signIn(user, TestUsers.PASSWORD);
            String tag = WorkflowData.unique("Admin walk " + l[0]);
            Map<String, Long> one = WorkflowData.oneOfEach(tag);
            Long userId = QuarkusTransaction.requiringNew().call(() -> StaffUser.findByUsername(user).id);
            // a change in the audit history: a field, a code and a yes/no value shown as words (the unfiltered history
            // also shows what other tests wrote: stored summaries are data, not interface text)
            s.post("/recipients/" + one.get("recipients") + "/archive", Map.of()).then().statusCode(303);
            List<String> pages = List.of("/admin", "/admin/users", "/admin/users/new", "/admin/users/" + userId, "/admin/audit?user=" + user,
                    "/admin/audit?type=Recipient&id=" + one.get("recipients"), "/recipients/" + one.get("recipients"),
                    "/dispatches/" + one.get("dispatches"), "/admin/categories", "/admin/kinds", "/admin/kinds/new");
            Map<String, Map<String, String>> posts = Map.of(
                    "/recipients", Map.of("name", "", "website", "not a web address"),
                    "/statements", Map.of("title", "", "issuedOn", "31.02.2026"),
                    "/admin/users", Map.of("username", "", "displayName", "", "role", "", "password", "short"));
            check(s, l[0], l[1], pages, posts);
        }
    }

    private void check(Session s, String language, String statementsInThatLanguage, List<String> pages,
            Map<String, Map<String, String>> posts) {
        Set<String> english = englishTexts();
        english.addAll(noticeTexts());
        List<String> found = new ArrayList<>();
        List<String> visits = new ArrayList<>(pages);
        visits.addAll(posts.keySet().stream().map(p -> "POST " + p).toList());
        for (String page : visits) {
            String html = page.startsWith("POST ") ? s.post(page.substring(5), posts.get(page.substring(5))).then().extract().asString()
                    : s.get(page).then().extract().asString();
            String text = text(html);
            assertTrue(text.contains(statementsInThatLanguage), page + " is in " + language);
            for (String e : english) {
                if (text.contains(e)) {
                    found.add(page + ": " + e);
                }
            }
        }
        assertEquals(List.of(), found, "English interface text on " + language + " pages");
    }

    private void walk(String language, String statementsInThatLanguage) {
        String user = TestUsers.ensure("walker-" + language, "CLERK");
        QuarkusTransaction.requiringNew().run(() -> StaffUser.findByUsername(user).language = language);
        Session s = Session.signIn(user, TestUsers.PASSWORD);
        String tag = WorkflowData.unique("Walk " + language);
        Map<String, Long> one = WorkflowData.oneOfEach(tag);
        Long[] ids = { one.get("statements"), one.get("dispatches"), one.get("replies"), one.get("recipients") };
        List<String> pages = List.of("/", "/statements", "/statements/" + ids[0], "/statements/" + ids[0] + "/edit",
                "/statements/" + ids[0] + "/dispatch", "/dispatches", "/dispatches/" + ids[1], "/dispatches/" + ids[1] + "/reminder",
                "/replies", "/replies/" + ids[2], "/replies/new", "/overdue", "/reports", "/reports/recipients/" + ids[3] + "?from=2000-01-01",
                "/reports/statements/" + ids[0], "/reports/unanswered", "/reports/analytics", "/account", "/statements/999999999",
                // the register: recipients, lists, the distribution reader
                "/recipients", "/recipients?q=zzzz-no-such-body", "/recipients/" + ids[3], "/recipients/" + ids[3] + "/edit",
                "/recipients/new", "/recipients/" + ids[3] + "/merge?q=Walk", "/recipients/import", "/lists", "/lists/new",
                "/lists/" + one.get("lists"), "/lists/" + one.get("lists") + "/edit", "/lists/" + one.get("lists") + "?q=Walk",
                "/match", "/statements/import");
        Map<String, Map<String, String>> posts = Map.of(
                "/match", Map.of("text", "The statement was sent to " + tag + " body and to the Quite Unknown Committee."),
                "/recipients/import/preview", Map.of("csv", "name,acronym\nWalk " + language + " imported body,\n,\n"));
        check(s, language, statementsInThatLanguage, pages, posts);
        byte[] pdf = s.get("/reports/recipients/" + ids[3] + "?from=2000-01-01&format=pdf").then().statusCode(200).extract().asByteArray();
        assertTrue(pdf.length > 1000);
    }

    /** The texts Java writes (flash messages, form errors), chosen as in {@link #englishTexts()}. */
    static Set<String> noticeTexts() {
        Set<String> texts = new TreeSet<>();
        for (Method m : NoticeMsg.class.getDeclaredMethods()) {
            String text = m.getAnnotation(Message.class).value();
            if (!text.contains("{") && text.trim().contains(" ") && text.trim().length() >= 8) {
                texts.add(text);
            }
        }
        return texts;
    }
}
