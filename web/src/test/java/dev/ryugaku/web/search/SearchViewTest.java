package dev.ryugaku.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.navigation.SearchPages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The results page at /search?q=…, reached from the header's field, in both languages, linking to each hit's page. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class SearchViewTest extends SpringBrowserlessTest {

    @Autowired
    SearchFixtures fixtures;

    @Autowired
    SignIn signIn;

    private void open(String query) {
        UI.getCurrent().navigate(SearchPages.results(), SearchPages.query(query, null, null));
        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
    }

    private List<String> links(String groupId) {
        return find(RouterLink.class).from(find(Div.class).id(groupId)).all().stream().map(RouterLink::getHref).toList();
    }

    @Test
    void theHeadersFieldOpensTheResultsGroupedByKindWithLinksToTheirPages() {
        SearchFixtures.World world = fixtures.world();
        signIn.as(world.mentorLogin());
        Speak.in(Locale.JAPANESE);
        open("");
        assertThat(find(Div.class).id("search-results").getElement().getTextRecursively()).contains("見られるものだけ");

        HeaderSearch header = find(HeaderSearch.class).single();
        header.field().setValue(world.word());
        ComponentUtil.fireEvent(header.field(), new KeyDownEvent(header.field(), Key.ENTER.getKeys().getFirst()));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("search?q=" + URLEncoder.encode(world.word(), StandardCharsets.UTF_8));
        String page = find(Div.class).id("search-results").getElement().getTextRecursively();
        assertThat(page).contains("メンバー", "改善タスク", "留学", world.mentored().name(), world.mentored().taskTitle())
                .doesNotContain(world.other().name());
        long rotation = world.mentored().rotation().enrollmentId();
        assertThat(links("search-person")).containsExactly("enrollments/" + rotation);
        assertThat(links("search-rotation")).containsExactly("enrollments/" + rotation);
        assertThat(links("search-task")).containsExactly("tasks/" + world.mentored().taskId());
    }

    @Test
    void anOwnerOpensPeoplesPagesAndPagesThroughOneKindInEnglish() {
        SearchFixtures.World world = fixtures.world();
        IntStream.range(0, 6).forEach(i -> fixtures.task(world.word() + " extra " + i, world.other().rotation().enrollmentId()));
        signIn.as(DemoPeople.OWNER);
        Speak.in(Locale.ENGLISH);

        open(world.word());
        assertThat(links("search-person")).allMatch(href -> href.startsWith("admin/people/"));
        assertThat(find(Div.class).id("search-results").getElement().getTextRecursively())
                .contains("People", "Improvement tasks", "Rotations", "More Improvement tasks");
        assertThat(links("search-task")).hasSize(5 + 1).last().asString().endsWith("kind=TASK");

        open(world.word() + " extra");
        assertThat(links("search-task")).hasSize(6);

        open("該当なし" + world.word());
        assertThat(find(Paragraph.class).id("search-none").getText()).contains("Nothing matches");
    }
}
