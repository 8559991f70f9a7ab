package dev.ryugaku.web.task;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.task.TaskService;
import dev.ryugaku.core.worklog.WorkWeekService;
import dev.ryugaku.web.worklog.UnreviewedWeeksCard;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** レビュー待ち: the mentor's mentees' tasks in review, pre-mortems to approve and past weeks not yet reviewed. */
@Route("reviews")
@RolesAllowed(Role.MENTOR_NAME)
class ReviewsView extends VerticalLayout implements HasDynamicTitle {

    ReviewsView(TaskService tasks, WorkWeekService workWeeks, Clock clock) {
        Div taskReviews = new Div(new H3(getTranslation("reviews.tasks")), new ReviewQueue(tasks.reviewQueue(), clock));
        taskReviews.addClassName("home-card");
        add(taskReviews, new UnreviewedWeeksCard(workWeeks.unreviewedWeeks()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviews.title");
    }
}
