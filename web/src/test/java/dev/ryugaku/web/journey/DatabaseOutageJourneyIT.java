package dev.ryugaku.web.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.ryugaku.persistence.db.EmbeddedMariaDb;
import dev.ryugaku.web.outage.OutageDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import static org.awaitility.Awaitility.await;

/**
 * The database goes down while a participant fills in their week: saving says the service is
 * temporarily unavailable and keeps what they typed; once the database is back, saving the same
 * grid again succeeds, unchanged.
 *
 * <p>The journeys' own embedded server goes down ({@link OutageDatabase}), so this journey shares
 * their application instead of starting one more.
 */
class DatabaseOutageJourneyIT extends BrowserJourney {

    @Autowired
    ObjectProvider<EmbeddedMariaDb> embedded;

    @Autowired
    DataSource dataSource;

    @Test
    void aWeekSavedDuringAnOutageKeepsWhatWasTypedAndSavesOnceTheDatabaseIsBack() {
        EmbeddedMariaDb database = OutageDatabase.server(embedded);
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1);
        Page page = signedIn("participant");
        page.navigate(url("/worklog?week=" + yesterday));
        Locator learning = page.locator("#cell-" + yesterday.getDayOfWeek().name().toLowerCase() + "-learning input");
        String seen = learning.inputValue();
        String typed = Integer.toString((seen.isBlank() ? 0 : Integer.parseInt(seen.replaceAll("\\D", ""))) + 45);
        learning.fill(typed);
        learning.press("Tab");

        database.stopServer();
        // every access fails during the outage: a page says so after 0.5 s instead of the pool's 3 s
        // (DatabaseOutageTest keeps the configured timeout and checks that sign-in and health fail fast)
        try (var shortWaits = OutageDatabase.connectionTimeout(dataSource, Duration.ofMillis(500))) {
            page.locator("#save-week").click();
            PlaywrightAssertions.assertThat(page.getByText("サービスが一時的に利用できません").first()).isVisible();
            PlaywrightAssertions.assertThat(learning).hasValue(typed);
            JourneyBrowser.screenshot(page, "outage-week-save.png");
            signingInSaysUnavailableNotWrongPassword();
            openingAPageSaysUnavailable(page);
        } finally {
            database.startServer();
        }
        await().atMost(Duration.ofSeconds(30)).until(this::ready);

        page.locator("#save-week").click();
        PlaywrightAssertions.assertThat(page.getByText("この週の作業ログを保存しました。").first()).isVisible();
        page.reload();
        PlaywrightAssertions.assertThat(learning).hasValue(typed);
        page.close();
    }

    /** Someone else signs in meanwhile, with the right password: "unavailable", not "wrong password". */
    private void signingInSaysUnavailableNotWrongPassword() {
        Page login = newPage();
        login.navigate(url("/login"));
        login.locator("vaadin-login-form input[name=username]").fill("mentor");
        login.locator("vaadin-login-form input[name=password]").fill("ryugaku-demo");
        login.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        PlaywrightAssertions.assertThat(login.getByText("パスワードの誤りではありません")).isVisible();
        JourneyBrowser.screenshot(login, "outage-sign-in.png");
        login.close();
    }

    /** The same participant opens another page in a second tab: a friendly page, not a stack trace. */
    private void openingAPageSaysUnavailable(Page signedInPage) {
        Page other = signedInPage.context().newPage();
        other.navigate(url("/worklog"));
        PlaywrightAssertions.assertThat(other.getByText("サービスが一時的に利用できません").first()).isVisible();
        PlaywrightAssertions.assertThat(other.getByText("Exception")).hasCount(0);
        JourneyBrowser.screenshot(other, "outage-page.png");
        other.close();
    }

    private boolean ready() {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception notYet) {
            return false;
        }
    }
}
