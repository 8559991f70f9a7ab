package dev.ryugaku.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.ryugaku.web.RyugakuApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Journeys in a real browser (Debian's Chromium, headless): an owner schedules a cohort and finds
 * it in the list; a participant types another participant's enrollment into the address bar and is
 * refused. Screenshots land in target/journey/.
 */
@SpringBootTest(classes = RyugakuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OwnerSchedulesACohortJourneyIT {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target", "journey");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        // CI installs Chromium; elsewhere the journey runs when Chromium is there
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM);
        }
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void ownerSignsInSchedulesACohortAndSeesItInTheList() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("ja-JP").setViewportSize(1280, 900));
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        signIn(page, "owner");
        PlaywrightAssertions.assertThat(page.getByText("佐藤 美咲さん、ようこそ")).isVisible();

        page.navigate("http://localhost:" + port + "/cohorts/new");
        String name = "第5期 " + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#cohort-name input").fill(name);
        fillDate(page, "#cohort-start", "2028/4/1");
        fillDate(page, "#cohort-end", "2028/9/30");
        page.locator("#cohort-capacity input").fill("5");
        page.locator("#cohort-host-team input").fill("SREチーム");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("SREチーム")).first().click();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("cohort-form.png")).setFullPage(true));
        page.locator("#save-cohort").click();

        PlaywrightAssertions.assertThat(page.locator("#edit-cohort")).isVisible();
        page.navigate("http://localhost:" + port + "/cohorts");
        Locator row = page.locator("#cohort-grid").getByText(name);
        PlaywrightAssertions.assertThat(row).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("cohort-list.png")).setFullPage(true));
        assertThat(SCREENSHOTS.resolve("cohort-list.png")).exists();
        context.close();
    }

    @Test
    void participantIsRefusedAnotherParticipantsEnrollmentByUrl(@Autowired JdbcTemplate jdbc) {
        long theirs = jdbc.queryForObject("""
                select e.id from enrollment e join person p on p.id = e.person_id where p.login_name = 'participant2'
                """, Long.class);
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("ja-JP").setViewportSize(1280, 900));
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        signIn(page, "participant");
        PlaywrightAssertions.assertThat(page.getByText("田中 翔太さん、ようこそ")).isVisible();

        page.navigate("http://localhost:" + port + "/enrollments/" + theirs);
        PlaywrightAssertions.assertThat(page.getByText("このページは表示できません")).isVisible();
        assertThat(page.content()).doesNotContain("鈴木", "障害対応の一次切り分け");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("enrollment-refused.png")).setFullPage(true));
        context.close();
    }

    private void signIn(Page page, String login) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(login);
        page.locator("vaadin-login-form input[name=password]").fill("ryugaku-demo");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    }

    private static void fillDate(Page page, String field, String date) {
        Locator input = page.locator(field + " input");
        input.fill(date);
        input.press("Enter");
    }
}
