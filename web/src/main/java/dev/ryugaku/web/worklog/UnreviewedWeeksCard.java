package dev.ryugaku.web.worklog;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.QueryParameters;
import dev.ryugaku.core.worklog.UnreviewedWeek;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.WorkLogPages;
import java.util.List;
import dev.ryugaku.web.support.PhoneCards;

/**
 * 未レビューの週: past weeks of the mentor's mentees that wait for a look, oldest first. Part of the
 * mentor's review queue, on the home page and at /reviews.
 */
public class UnreviewedWeeksCard extends Div {

    public UnreviewedWeeksCard(List<UnreviewedWeek> weeks) {
        addClassName("home-card");
        setId("unreviewed-weeks");
        add(new H3(getTranslation("worklog.unreviewed.title")));
        Grid<UnreviewedWeek> grid = new Grid<>();
        grid.setId("unreviewed-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(UnreviewedWeek::personName).setHeader(getTranslation("enrollment.field.person"));
        grid.addColumn(new ComponentRenderer<>(week -> {
            String url = WorkLogPages.rotation(week.enrollmentId());
            String query = QueryParameters.of("week", week.weekStart().toString()).getQueryString();
            return new Anchor(url + "?" + query,
                    Formats.period(week.weekStart(), week.weekStart().plusDays(6), getLocale()));
        })).setHeader(getTranslation("worklog.unreviewed.week")).setFlexGrow(2);
        grid.addColumn(week -> getTranslation("worklog.hours", week.minutes() / 60.0)).setHeader(getTranslation("worklog.unreviewed.hours"));
        PhoneCards.apply(grid);
        grid.setItems(weeks);
        if (weeks.size() <= 10) {
            grid.setAllRowsVisible(true);
        } else {
            // a long queue scrolls inside the card; the grid sends the browser only the rows in view
            grid.setHeight("26em");
        }
        grid.setEmptyStateText(getTranslation("worklog.unreviewed.empty"));
        add(grid);
    }
}
