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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The pre-mortem gate in a real browser: a mentor assigns a HIGH-risk task, the participant is
 * refused starting it, writes the pre-mortem, the mentor approves it, and the participant starts.
 */
@SpringBootTest(classes = RyugakuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PreMortemGateJourneyIT {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target", "journey");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM);
        }
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
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

    private Page signedIn(String login) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP").setViewportSize(1280, 900));
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill(login);
        page.locator("vaadin-login-form input[name=password]").fill("ryugaku-demo");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        PlaywrightAssertions.assertThat(page.locator("vaadin-app-layout")).isVisible();
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aHighRiskTaskStartsOnlyAfterTheMentorApprovesItsPreMortem() {
        Page mentor = signedIn("mentor");
        mentor.navigate(url("/tasks/new"));
        String title = "本番DBのフェイルオーバー訓練 " + UUID.randomUUID().toString().substring(0, 6);
        mentor.locator("#task-title input").fill(title);
        mentor.locator("#task-category").click();
        mentor.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("信頼性")).click();
        mentor.locator("#task-risk vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("リスク高")).click();
        mentor.locator("#task-assignee input").fill("田中");
        mentor.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("田中 翔太")).first().click();
        mentor.locator("#save-task").click();
        PlaywrightAssertions.assertThat(mentor.locator("#task-thread")).isVisible();
        PlaywrightAssertions.assertThat(mentor).hasURL(Pattern.compile(".*/tasks/\\d+$"));
        Matcher id = Pattern.compile("/tasks/(\\d+)").matcher(mentor.url());
        assertThat(id.find()).as(mentor.url()).isTrue();
        String task = "/tasks/" + id.group(1);

        Page participant = signedIn("participant");
        participant.navigate(url(task));
        participant.locator("#move-in-progress").click();
        PlaywrightAssertions.assertThat(participant.locator("#task-refusal"))
                .containsText("リスク高のタスクは、プレモーテムが承認されるまで作業を始められません。");
        participant.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("gate-refusal.png")).setFullPage(true));
        participant.locator("#gate-premortem-link").click();
        participant.locator("#premortem-failureScenario textarea").fill("切り替え中に書き込みが失われる。");
        participant.locator("#premortem-rootCauses textarea").fill("レプリケーション遅延を確認していない。");
        participant.locator("#premortem-prevention textarea").fill("遅延が1秒未満のときだけ実施する。");
        participant.locator("#premortem-rollbackProcedure textarea").fill("旧プライマリへ戻し、DNSを切り替える。");
        participant.locator("#submit-premortem").click();
        PlaywrightAssertions.assertThat(participant.locator("#premortem-status")).hasText("承認待ち");

        mentor.navigate(url(task + "/premortem"));
        mentor.locator("#approve-premortem").click();
        PlaywrightAssertions.assertThat(mentor.locator("#premortem-status")).hasText("承認済み");

        participant.navigate(url(task));
        participant.locator("#move-in-progress").click();
        PlaywrightAssertions.assertThat(participant.locator("#move-in-review")).isVisible();
        PlaywrightAssertions.assertThat(participant.locator("vaadin-horizontal-layout").first()).containsText("作業中");
        participant.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("task-started.png")).setFullPage(true));
    }
}
