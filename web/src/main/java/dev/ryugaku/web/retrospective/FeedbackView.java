package dev.ryugaku.web.retrospective;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.ryugaku.core.retrospective.AggregateThreshold;
import dev.ryugaku.core.retrospective.CohortComparison;
import dev.ryugaku.core.retrospective.CohortFeedback;
import dev.ryugaku.core.retrospective.CohortResponses;
import dev.ryugaku.core.retrospective.FeedbackPage;
import dev.ryugaku.core.retrospective.FeedbackService;
import dev.ryugaku.core.retrospective.FollowUpAnswer;
import dev.ryugaku.core.retrospective.OnCallReadiness;
import dev.ryugaku.core.retrospective.ReadinessCounts;
import dev.ryugaku.core.retrospective.RecommendScores;
import dev.ryugaku.core.retrospective.RetrospectiveAnswer;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.support.CsvFiles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;

/**
 * プログラムへのフィードバック, for program owners: the comparison across cohorts, then one cohort —
 * response rates, recommend scores and NPS, readiness for on-call, the retrospectives' texts and the
 * follow-ups — with CSV and JSON downloads. {@code ?cohort=12} picks the cohort. No answer carries a
 * name, and figures from fewer than three answers are withheld.
 */
@Route("feedback")
@RolesAllowed(Role.OWNER_NAME)
class FeedbackView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String COHORT = "cohort";

    private final FeedbackService feedback;

    FeedbackView(FeedbackService feedback) {
        this.feedback = feedback;
        setMaxWidth("75em");
    }

    /** The query that picks one cohort's feedback. */
    private static QueryParameters cohort(long cohortId) {
        return QueryParameters.of(COHORT, String.valueOf(cohortId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long cohortId = event.getLocation().getQueryParameters().getSingleParameter(COHORT)
                .filter(value -> value.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        render(feedback.page(cohortId));
    }

    private void render(FeedbackPage page) {
        removeAll();
        add(new H2(getPageTitle()));
        add(new Paragraph(getTranslation("feedback.intro", AggregateThreshold.MINIMUM_ANSWERS)));
        CohortFeedback selected = page.selected();
        if (selected == null) {
            Paragraph none = new Paragraph(getTranslation("feedback.none"));
            none.setId("feedback-none");
            add(none);
            return;
        }
        add(new H3(getTranslation("feedback.section.comparison")));
        add(comparison(page));

        long cohortId = selected.responses().cohortId();
        Select<CohortComparison> cohort = new Select<>();
        cohort.setId("feedback-cohort");
        cohort.setLabel(getTranslation("feedback.cohort"));
        cohort.setItems(page.comparison());
        cohort.setItemLabelGenerator(row -> row.responses().cohortName());
        page.comparison().stream().filter(row -> row.responses().cohortId() == cohortId).findFirst()
                .ifPresent(cohort::setValue);
        cohort.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                show(change.getValue().responses().cohortId());
            }
        });
        HorizontalLayout top = new HorizontalLayout(cohort,
                download("feedback-export-csv", "feedback.export.csv", CsvFiles.csv("feedback-cohort-" + cohortId + ".csv",
                        () -> FeedbackCsv.write(feedback.cohort(cohortId), this))),
                download("feedback-export-json", "feedback.export.json", CsvFiles.download(
                        "feedback-cohort-" + cohortId + ".json", "application/json",
                        () -> FeedbackJson.write(feedback.cohort(cohortId)))));
        top.setAlignItems(Alignment.BASELINE);
        add(top);

        add(new H3(getTranslation("feedback.section.responses")));
        add(responses(selected.responses()));
        add(new H3(getTranslation("feedback.section.recommend")));
        add(recommend(selected.recommend(), selected.responses().retrospectives()));
        add(new H3(getTranslation("feedback.section.readiness")));
        add(readiness(selected.readiness(), selected.responses().evaluations()));
        add(new H3(getTranslation("feedback.section.retrospectives")));
        if (selected.textsWithheld()) {
            add(withheld("feedback-texts-withheld", selected.responses().retrospectives()));
        } else {
            for (FeedbackTexts.Part part : FeedbackTexts.PARTS) {
                add(texts(part, selected.answers()));
            }
        }
        add(new H3(getTranslation("feedback.section.followUps")));
        add(followUps(selected.followUps()));
    }

    private void show(long cohortId) {
        getUI().ifPresent(ui -> ui.navigate(FeedbackView.class, cohort(cohortId)));
    }

    private Grid<CohortComparison> comparison(FeedbackPage page) {
        Grid<CohortComparison> grid = new Grid<>();
        grid.setId("feedback-comparison");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(row -> row.responses().cohortName()).setHeader(getTranslation("feedback.cohort")).setAutoWidth(true);
        grid.addColumn(row -> Formats.period(row.responses().startDate(), row.responses().endDate(), getLocale()))
                .setHeader(getTranslation("feedback.period")).setAutoWidth(true);
        grid.addColumn(row -> ratio(row.responses().retrospectives(), row.responses().rotations()))
                .setHeader(getTranslation("feedback.responses.retrospectives")).setAutoWidth(true);
        grid.addColumn(row -> row.nps() == null ? getTranslation("feedback.notEnough") : signed(row.nps()))
                .setHeader(getTranslation("feedback.nps")).setAutoWidth(true);
        grid.addColumn(row -> readinessLine(row.readiness())).setHeader(getTranslation("feedback.section.readiness"))
                .setAutoWidth(true);
        grid.addColumn(row -> ratio(row.responses().followUps(), row.responses().graduates()))
                .setHeader(getTranslation("feedback.responses.followUps")).setAutoWidth(true);
        if (page.growthShown()) {
            grid.addColumn(row -> row.averageGrowth() == null ? getTranslation("feedback.notEnough")
                    : getTranslation("feedback.growth.value", row.averageGrowth())).setHeader(getTranslation("feedback.growth"));
        }
        grid.setItems(page.comparison());
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> show(click.getItem().responses().cohortId()));
        return grid;
    }

    private Div responses(CohortResponses responses) {
        Div box = new Div(
                new Paragraph(getTranslation("feedback.responses.line", getTranslation("feedback.responses.retrospectives"),
                        ratio(responses.retrospectives(), responses.rotations()))),
                new Paragraph(getTranslation("feedback.responses.line", getTranslation("feedback.responses.evaluations"),
                        ratio(responses.evaluations(), responses.rotations()))),
                new Paragraph(getTranslation("feedback.responses.line", getTranslation("feedback.responses.followUps"),
                        ratio(responses.followUps(), responses.graduates()))));
        box.setId("feedback-responses");
        return box;
    }

    private Component recommend(RecommendScores scores, long answers) {
        if (scores == null) {
            return withheld("feedback-recommend-withheld", answers);
        }
        Span nps = new Span(getTranslation("feedback.nps.value", signed(scores.nps())));
        nps.setId("feedback-nps");
        nps.addClassName("feedback-nps");
        Paragraph groups = new Paragraph(getTranslation("feedback.groups", scores.promoters(), scores.passives(),
                scores.detractors(), scores.answers()));
        groups.setId("feedback-groups");
        Div bars = new Div();
        bars.setId("feedback-distribution");
        bars.addClassName("score-distribution");
        long most = scores.distribution().stream().mapToLong(Long::longValue).max().orElse(1);
        for (int score = 0; score < scores.distribution().size(); score++) {
            long count = scores.distribution().get(score);
            Div bar = new Div();
            bar.addClassName("score-bar");
            bar.getStyle().set("height", (most == 0 ? 0 : 70 * count / most) + "%");
            Div column = new Div(new Span(String.valueOf(count)), bar, new Span(String.valueOf(score)));
            column.addClassName("score-column");
            column.getElement().setAttribute("title", getTranslation("feedback.distribution.title", score, count));
            bars.add(column);
        }
        Div box = new Div(nps, groups, bars);
        box.setId("feedback-recommend");
        return box;
    }

    private Component readiness(ReadinessCounts counts, long answers) {
        if (counts == null) {
            return withheld("feedback-readiness-withheld", answers);
        }
        Paragraph line = new Paragraph(readinessLine(counts));
        line.setId("feedback-readiness");
        return line;
    }

    private String readinessLine(ReadinessCounts counts) {
        if (counts == null) {
            return getTranslation("feedback.notEnough");
        }
        return getTranslation("feedback.readiness.line", counts.of(OnCallReadiness.READY),
                counts.of(OnCallReadiness.WITH_SUPPORT), counts.of(OnCallReadiness.NOT_YET));
    }

    private Paragraph withheld(String id, long answers) {
        Paragraph withheld = new Paragraph(getTranslation("feedback.withheld", answers, AggregateThreshold.MINIMUM_ANSWERS));
        withheld.setId(id);
        withheld.addClassName("notice");
        return withheld;
    }

    private Div texts(FeedbackTexts.Part part, List<RetrospectiveAnswer> answers) {
        UnorderedList list = new UnorderedList();
        answers.stream().map(part::of).filter(Objects::nonNull).forEach(text -> list.add(new ListItem(text)));
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("feedback.noAnswers")));
        }
        Div box = new Div(new H4(getTranslation(part.labelKey())), list);
        box.setId("feedback-" + part.name());
        box.addClassName("feedback-texts");
        return box;
    }

    private Div followUps(List<FollowUpAnswer> answers) {
        Div box = new Div();
        box.setId("feedback-follow-ups");
        if (answers.isEmpty()) {
            box.add(new Paragraph(getTranslation("feedback.noAnswers")));
        }
        for (FollowUpAnswer answer : answers) {
            Div one = new Div(new BroughtBackList(answer.broughtBack()));
            if (answer.changedWork() != null) {
                one.add(new Paragraph(answer.changedWork()));
            }
            one.addClassName("follow-up-answer");
            box.add(one);
        }
        return box;
    }

    private Anchor download(String id, String labelKey, DownloadHandler handler) {
        Anchor anchor = new Anchor(handler, getTranslation(labelKey));
        anchor.setId(id);
        return anchor;
    }

    private String ratio(long part, long whole) {
        Integer percent = CohortResponses.percent(part, whole);
        return percent == null ? getTranslation("feedback.ratio", part, whole)
                : getTranslation("feedback.ratio.percent", part, whole, percent);
    }

    private static String signed(int nps) {
        return nps > 0 ? "+" + nps : String.valueOf(nps);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.title");
    }
}
