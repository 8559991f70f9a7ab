package dev.ryugaku.web.retrospective;

import static dev.ryugaku.web.support.CsvFiles.asText;

import com.vaadin.flow.component.Component;
import dev.ryugaku.core.retrospective.AggregateThreshold;
import dev.ryugaku.core.retrospective.BroughtBack;
import dev.ryugaku.core.retrospective.CohortFeedback;
import dev.ryugaku.core.retrospective.CohortResponses;
import dev.ryugaku.core.retrospective.FollowUpAnswer;
import dev.ryugaku.core.retrospective.OnCallReadiness;
import dev.ryugaku.core.retrospective.RecommendScores;
import dev.ryugaku.core.retrospective.RetrospectiveAnswer;
import dev.ryugaku.web.support.CsvFiles;
import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * A cohort's feedback as one CSV table Excel can filter: a row per figure or answer text, with the
 * section, the answer's number (answers are not named), what it is, the value, and a link for what a
 * graduate brought back. Figures below the threshold are withheld, as on the page. Headers and
 * labels in the user's language.
 */
final class FeedbackCsv {

    private final Component translator;
    private final CSVPrinter csv;

    private FeedbackCsv(Component translator, CSVPrinter csv) {
        this.translator = translator;
        this.csv = csv;
    }

    static byte[] write(CohortFeedback feedback, Component translator) {
        return CsvFiles.write(csv -> new FeedbackCsv(translator, csv).print(feedback));
    }

    private void print(CohortFeedback feedback) throws IOException {
        csv.printRecord(List.of("section", "answer", "item", "value", "link").stream()
                .map(column -> text("feedback.csv." + column)).toList());
        CohortResponses responses = feedback.responses();
        String section = text("feedback.section.responses");
        row(section, null, text("feedback.cohort"), responses.cohortName());
        row(section, null, text("feedback.responses.retrospectives"), ratio(responses.retrospectives(), responses.rotations()));
        row(section, null, text("feedback.responses.evaluations"), ratio(responses.evaluations(), responses.rotations()));
        row(section, null, text("feedback.responses.followUps"), ratio(responses.followUps(), responses.graduates()));

        section = text("feedback.section.recommend");
        RecommendScores recommend = feedback.recommend();
        if (recommend == null) {
            row(section, null, text("feedback.nps"), withheld(responses.retrospectives()));
        } else {
            row(section, null, text("feedback.nps"), String.valueOf(recommend.nps()));
            row(section, null, text("feedback.promoters"), String.valueOf(recommend.promoters()));
            row(section, null, text("feedback.passives"), String.valueOf(recommend.passives()));
            row(section, null, text("feedback.detractors"), String.valueOf(recommend.detractors()));
            for (int score = 0; score < recommend.distribution().size(); score++) {
                row(section, null, text("feedback.csv.score", score), String.valueOf(recommend.distribution().get(score)));
            }
        }

        section = text("feedback.section.readiness");
        if (feedback.readiness() == null) {
            row(section, null, text("feedback.section.readiness"), withheld(responses.evaluations()));
        } else {
            for (OnCallReadiness level : OnCallReadiness.values()) {
                row(section, null, text(level.messageKey()), String.valueOf(feedback.readiness().of(level)));
            }
        }

        section = text("feedback.section.retrospectives");
        if (feedback.textsWithheld()) {
            row(section, null, text("feedback.section.retrospectives"), withheld(responses.retrospectives()));
        }
        int number = 0;
        for (RetrospectiveAnswer answer : feedback.answers()) {
            number++;
            for (FeedbackTexts.Part part : FeedbackTexts.PARTS) {
                String value = part.of(answer);
                if (value != null) {
                    row(section, number, text(part.labelKey()), value);
                }
            }
        }

        section = text("feedback.section.followUps");
        number = 0;
        for (FollowUpAnswer answer : feedback.followUps()) {
            number++;
            for (BroughtBack item : answer.broughtBack()) {
                csv.printRecord(section, number, text(item.kind().messageKey()), asText(item.title()), asText(item.link()));
            }
            if (answer.changedWork() != null) {
                row(section, number, text("followUp.field.changedWork"), answer.changedWork());
            }
        }
    }

    private void row(String section, Integer answer, String item, String value) throws IOException {
        csv.printRecord(section, answer == null ? "" : answer, item, asText(value), "");
    }

    private String ratio(long part, long whole) {
        return text("feedback.ratio", part, whole);
    }

    private String withheld(long answers) {
        return text("feedback.withheld", answers, AggregateThreshold.MINIMUM_ANSWERS);
    }

    private String text(String key, Object... arguments) {
        return translator.getTranslation(key, arguments);
    }
}
