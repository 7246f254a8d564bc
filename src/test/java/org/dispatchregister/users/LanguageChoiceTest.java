package org.dispatchregister.users;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.dispatchregister.audit.AuditEvent;
import org.dispatchregister.statements.Statement;
import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;
import org.dispatchregister.web.Language;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The interface speaks the user's language: their choice, else the sign-in switcher's cookie, else the browser's. */
@QuarkusTest
class LanguageChoiceTest {

    private static Session freshUser(String name) {
        String user = TestUsers.ensure(name, "CLERK");
        QuarkusTransaction.requiringNew().run(() -> StaffUser.findByUsername(user).language = null);
        return Session.signIn(user, TestUsers.PASSWORD);
    }

    @Test
    void signInPageFollowsAcceptLanguageAndItsSwitcher() {
        given().header("Accept-Language", "az-AZ,az;q=0.9,en;q=0.5").get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"az\">")).body(containsString(">Daxil ol</button>"))
                .body(containsString("İstifadəçi adı")).body(containsString("href=\"/login?lang=ru\""));
        given().header("Accept-Language", "ru").get("/login").then().body(containsString(">Войти</button>"));
        given().get("/login").then().body(containsString(">Sign in</button>"));

        Response switched = given().redirects().follow(false).header("Accept-Language", "az").get("/login?lang=ru");
        assertEquals(303, switched.statusCode());
        assertEquals("/login", switched.header("Location"));
        assertEquals("ru", switched.getCookie("dr-lang"));
        given().header("Accept-Language", "az").cookie("dr-lang", "ru").get("/login").then()
                .body(containsString(">Войти</button>"));
        given().cookie("dr-lang", "xx").header("Accept-Language", "az").get("/login").then().body(containsString(">Daxil ol</button>"));
        given().header("Accept-Language", "az").get("/login?error=true").then().body(containsString("İstifadəçi adı və ya şifrə yanlışdır"));
    }

    @Test
    void aUsersChoiceWinsOverTheBrowserIsAuditedAndShowsAtOnce() {
        Session s = freshUser("langpick");
        s.request().header("Accept-Language", "ru").get("/").then().statusCode(200).body(containsString(">Заявления</a>"));
        s.get("/account").then().statusCode(200).body(containsString("action=\"/account/language\""));

        Response saved = s.post("/account/language", Map.of("language", "az"));
        assertEquals(303, saved.statusCode());
        s.request().header("Accept-Language", "ru").get("/").then().statusCode(200).body(containsString("<html lang=\"az\">"))
                .body(containsString(">Bəyanatlar</a>")).body(containsString(">Göndərişlər</a>")).body(containsString(">Cavablar</a>"))
                .body(containsString(">Çıxış</button>")).body(not(containsString(">Statements</a>")));
        s.get("/account").then().body(containsString("Diliniz yadda saxlanıldı")).body(containsString("<option value=\"az\" selected>"));
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "entityType = 'StaffUser' and action = 'UPDATE' and changes like '%language%' and entityId = ?1",
                StaffUser.findByUsername("langpick").id));
        assertTrue(audited >= 1, "the language change is in the audit history");

        // the refusal in the user's own language
        s.post("/account/language", Map.of("language", "klingon")).then().statusCode(400)
                .body(containsString("Təklif olunan dillərdən birini seçin"));
        assertEquals("az", QuarkusTransaction.requiringNew().call(() -> StaffUser.findByUsername("langpick").language));

        s.post("/account/language", Map.of("language", "")).then().statusCode(303);
        s.request().header("Accept-Language", "ru").get("/").then().body(containsString(">Заявления</a>"));
    }

    @Test
    void theLanguageChoiceNeedsCsrf() {
        Session s = freshUser("langcsrf");
        s.get("/account");
        assertEquals(true, s.postWithoutCsrf("/account/language", Map.of("language", "ru")).statusCode() >= 400);
        assertEquals(null, QuarkusTransaction.requiringNew().call(() -> StaffUser.findByUsername("langcsrf").language));
    }

    @Test
    void anAdministratorSetsTheLanguageOfAnotherUser() {
        String user = TestUsers.ensure("langother", "VIEWER");
        Long id = QuarkusTransaction.requiringNew().call(() -> StaffUser.findByUsername(user).id);
        Session admin = Session.admin();
        String page = admin.get("/admin/users/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("name=\"language\""));
        long version = QuarkusTransaction.requiringNew().call(() -> StaffUser.findByUsername(user).version);
        Map<String, Object> form = new HashMap<>();
        form.put("username", user);
        form.put("displayName", "Test " + user);
        form.put("role", "VIEWER");
        form.put("active", "on");
        form.put("language", "ru");
        form.put("version", version);
        admin.post("/admin/users/" + id, form).then().statusCode(303);
        assertEquals("ru", QuarkusTransaction.requiringNew().call(() -> StaffUser.findByUsername(user).language));
        Session.signIn(user, TestUsers.PASSWORD).get("/").then().body(containsString(">Отправления</a>"));
    }

    @Test
    void datesAreShownAndTypedTheLanguagesWay() {
        Session s = freshUser("langdates");
        s.post("/account/language", Map.of("language", "az")).then().statusCode(303);
        String title = "Dated " + System.nanoTime();
        Map<String, Object> f = new HashMap<>();
        f.put("kindCode", "APPEAL");
        f.put("title", title);
        f.put("issuedOn", "23.02.2026");
        f.put("language", "English");
        Response created = s.post("/statements", f);
        assertEquals(303, created.statusCode(), created.asString());
        Statement st = QuarkusTransaction.requiringNew().call(() -> Statement.<Statement> find("title", title).firstResult());
        assertEquals(LocalDate.of(2026, 2, 23), st.issuedOn);

        s.get("/statements/" + st.id).then().statusCode(200).body(containsString("23.02.2026")).body(not(containsString("2026-02-23")));
        // the edit form: a text field holding the date as the user writes it, with the format in its hint
        String form = s.get("/statements/" + st.id + "/edit").then().statusCode(200).extract().asString();
        assertTrue(form.contains("name=\"issuedOn\" type=\"text\" class=\"date\" value=\"23.02.2026\""), form);
        assertTrue(form.contains("Məsələn: 23.02.2026 və ya 2026-02-23"));
        assertTrue(!form.contains("type=\"date\""));

        s.post("/account/language", Map.of("language", "en")).then().statusCode(303);
        s.get("/statements/" + st.id).then().body(containsString(Language.EN.format(LocalDate.of(2026, 2, 23))));

        f.put("title", title + " bad");
        f.put("issuedOn", "31.02.2026");
        s.post("/statements", f).then().statusCode(400).body(containsString("Enter a date as 23.02.2026 or 2026-02-23"))
                .body(containsString("value=\"31.02.2026\""));
    }
}
