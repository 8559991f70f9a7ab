package dev.ryugaku.web.task;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouterLink;
import dev.ryugaku.core.task.ReviewItem;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** What waits for a mentor, longest waiting first, with how long it has waited. */
public class ReviewQueue extends Grid<ReviewItem> {

    public ReviewQueue(List<ReviewItem> items, Clock clock) {
        setId("review-queue");
        addThemeVariants(GridVariant.LUMO_COMPACT);
        addColumn(item -> getTranslation("reviews.kind." + item.kind().name())).setHeader(getTranslation("reviews.kind"));
        addColumn(new ComponentRenderer<>(item -> item.kind() == ReviewItem.Kind.TASK
                ? new RouterLink(item.title(), TaskView.class, TaskView.parameters(item.taskId()))
                : new RouterLink(item.title(), PreMortemPage.class, TaskView.parameters(item.taskId()))))
                .setHeader(getTranslation("task.field.title")).setFlexGrow(3);
        addColumn(ReviewItem::assigneeName).setHeader(getTranslation("task.field.assignee"));
        addColumn(item -> {
            Duration waited = Duration.between(item.waitingSince(), clock.instant());
            return getTranslation("reviews.waited", waited.toDays(), waited.toHoursPart());
        }).setHeader(getTranslation("reviews.waiting"));
        setItems(items);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("reviews.empty"));
    }
}
