package dev.ryugaku.core.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What the events told about one incident. Each event is merged in so that the order of arrival
 * does not matter: the earliest trigger, the latest resolution, the title of the latest event that
 * carried one.
 */
@Entity
@Table(name = "incident")
public class Incident {

    static final int TITLE_MAX = 300;
    static final int LINK_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 40)
    private String source;

    @Column(name = "external_id", nullable = false, length = 100)
    private String externalId;

    @Column(length = TITLE_MAX)
    private String title;

    @Column(name = "title_at")
    private Instant titleAt;

    @Column(length = LINK_MAX)
    private String link;

    @Column(name = "triggered_at")
    private Instant triggeredAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected Incident() {
    }

    void merge(IncidentEvent event) {
        if (event.title() != null && !event.title().isBlank()
                && (titleAt == null || !event.occurredAt().isBefore(titleAt))) {
            title = cut(event.title().strip(), TITLE_MAX);
            titleAt = event.occurredAt();
        }
        if (link == null && IncidentEvents.webAddress(event.link())) {
            link = event.link().strip();
        }
        switch (event.type()) {
            case TRIGGERED -> triggeredAt = IncidentEvents.earlier(triggeredAt, event.occurredAt());
            case RESOLVED -> resolvedAt = IncidentEvents.later(resolvedAt, event.occurredAt());
            default -> { }
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getTitle() {
        return title;
    }

    public String getLink() {
        return link;
    }

    public Instant getTriggeredAt() {
        return triggeredAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
