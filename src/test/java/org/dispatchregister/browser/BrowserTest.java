package org.dispatchregister.browser;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.dispatchregister.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Base for end-to-end tests in Debian's Chromium (/usr/bin/chromium) driven by Playwright.
 * Every dialog fails the test: no script a user typed may ever run. Tagged "browser": "./mvnw test"
 * leaves them out (fast loop), "./mvnw verify" runs them after the other tests.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    static final Path CHROMIUM = Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium"));

    @TestHTTPResource("/")
    protected URL base;

    protected Playwright playwright;
    protected Browser browser;
    protected BrowserContext context;
    protected Page page;
    protected final List<String> dialogs = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    void launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM + ": apt-get install -y chromium");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900));
        page = context.newPage();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        dialogs.clear();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @AfterAll
    void shutdown() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    protected String url(String path) {
        String root = base.toString().replaceAll("/$", "");
        return root + path;
    }

    protected void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.fill("#f-username", username);
        page.fill("#f-password", password);
        page.click("button[type=submit]");
        page.waitForURL(u -> !u.contains("/login"));
    }

    protected void signInAsAdmin() {
        signIn("admin", TestUsers.ADMIN_PASSWORD);
    }

    protected void signInAsClerk() {
        signIn(TestUsers.ensure("clerk", "CLERK"), TestUsers.PASSWORD);
    }

    /** Saves a screenshot under target/screenshots for people to look at. */
    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Paths.get("target", "screenshots", name + ".png")));
    }
}
