package dev.ryugaku.core.retrospective;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.shared.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** フォローアップ: months after the rotation, what the graduate brought back to their home team. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends Submission {

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "follow_up_item", joinColumns = @JoinColumn(name = "follow_up_id"))
    @OrderColumn(name = "position")
    private List<FollowUpItem> items = new ArrayList<>();

    @Column(name = "changed_work", length = RetrospectiveRules.TEXT_MAX_LENGTH)
    private String changedWork;

    protected FollowUp() {
    }

    FollowUp(Enrollment enrollment) {
        super(enrollment);
    }

    void write(FollowUpDraft draft, boolean submit, Instant now) {
        items.clear();
        draft.broughtBack().stream().filter(item -> !RetrospectiveRules.isBlank(item)).map(FollowUpItem::new)
                .forEach(items::add);
        changedWork = Texts.trimToNull(draft.changedWork());
        saved(submit, now);
    }

    public FollowUpDraft toDraft() {
        return new FollowUpDraft(items.stream().map(FollowUpItem::toBroughtBack).toList(), changedWork);
    }
}
