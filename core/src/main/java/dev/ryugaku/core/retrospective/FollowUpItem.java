package dev.ryugaku.core.retrospective;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of a follow-up's "brought back" list, as stored. */
@Embeddable
class FollowUpItem {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BroughtBackKind kind;

    @Column(nullable = false, length = RetrospectiveRules.ITEM_TITLE_MAX_LENGTH)
    private String title;

    @Column(length = RetrospectiveRules.LINK_MAX_LENGTH)
    private String link;

    protected FollowUpItem() {
    }

    FollowUpItem(BroughtBack item) {
        this.kind = item.kind();
        this.title = item.title().strip();
        this.link = item.link() == null || item.link().isBlank() ? null : item.link().strip();
    }

    BroughtBack toBroughtBack() {
        return new BroughtBack(kind, title, link);
    }
}
