package vn.motcua.it;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Debian's headless Chromium driven by Playwright. A missing browser fails the test: the Test
 * command installs it.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("MOTCUA_CHROMIUM", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        if (!CHROMIUM.toFile().canExecute()) {
            throw new IllegalStateException(CHROMIUM + " is missing: the Test command installs Debian's chromium");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A fresh browser context (no cookies) logged in through Keycloak's login page. */
    Page loggedIn(String username, String app) {
        Page page = fresh();
        page.navigate(TestStackSession.baseUrl() + "/" + app + "/");
        logIn(page, username);
        page.waitForURL(url -> url.startsWith(TestStackSession.baseUrl() + "/" + app + "/"));
        return page;
    }

    /** A page in a fresh browser context: no cookies, nobody logged in. */
    Page fresh() {
        Page page = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-US")).newPage();
        page.setDefaultTimeout(60_000);
        return page;
    }

    /** Fills Keycloak's login form, which the page must be showing (or about to show), and submits it. */
    static void logIn(Page page, String username) {
        page.waitForSelector("#username");
        assertOnKeycloak(page);
        page.fill("#username", username);
        page.fill("#password", Api.PASSWORD);
        page.click("#kc-login");
    }

    /** Keycloak asks for a password: the page shows its login form, not a Motcua screen. */
    static void assertAsksForPassword(Page page) {
        // whichever comes: Keycloak's form, or a UI that still knows the user
        page.waitForSelector("#password, #current-user");
        assertOnKeycloak(page);
        if (!page.isVisible("#password")) {
            throw new AssertionError("Keycloak shows no password field at " + page.url());
        }
    }

    private static void assertOnKeycloak(Page page) {
        if (!page.url().startsWith(TestStackSession.realmUrl())) {
            throw new AssertionError("expected Keycloak's login page, got " + page.url());
        }
    }

    /** Switches the UI to English with the header's language picker; the page reloads in English. */
    static void english(Page page) {
        page.click("#current-user + vaadin-select");
        page.click("vaadin-select-item:has-text('English')");
        page.waitForSelector("vaadin-side-nav-item:has-text('Version history')");
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
