package dev.ryugaku.web.task;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.ryugaku.core.task.ReviewItem;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.TaskPages;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import dev.ryugaku.web.support.PhoneCards;

/** What waits for a mentor, longest waiting first, with how long it has waited. */
public class ReviewQueue extends Grid<ReviewItem> {

    public ReviewQueue(List<ReviewItem> items, Clock clock) {
        setId("review-queue");
        addThemeVariants(GridVariant.LUMO_COMPACT);
        addColumn(item -> getTranslation("reviews.kind." + item.kind().name())).setHeader(getTranslation("reviews.kind"));
        addColumn(new ComponentRenderer<>(item -> item.kind() == ReviewItem.Kind.TASK
                ? Pages.link(item.title(), TaskPages.task(item.taskId()))
                : Pages.link(item.title(), TaskPages.preMortem(item.taskId()))))
                .setHeader(getTranslation("task.field.title")).setFlexGrow(3);
        addColumn(ReviewItem::assigneeName).setHeader(getTranslation("task.field.assignee"));
        addColumn(item -> {
            Duration waited = Duration.between(item.waitingSince(), clock.instant());
            return getTranslation("reviews.waited", waited.toDays(), waited.toHoursPart());
        }).setHeader(getTranslation("reviews.waiting"));
        PhoneCards.apply(this);
        setItems(items);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("reviews.empty"));
    }
}
