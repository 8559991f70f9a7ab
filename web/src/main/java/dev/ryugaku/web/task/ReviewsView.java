package dev.ryugaku.web.task;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.task.TaskService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** レビュー待ち: the mentor's mentees' tasks in review and pre-mortems to approve. */
@Route("reviews")
@RolesAllowed(Role.MENTOR_NAME)
public class ReviewsView extends VerticalLayout implements HasDynamicTitle {

    ReviewsView(TaskService tasks, Clock clock) {
        add(new ReviewQueue(tasks.reviewQueue(), clock));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviews.title");
    }
}
