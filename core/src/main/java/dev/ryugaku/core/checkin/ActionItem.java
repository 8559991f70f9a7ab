package dev.ryugaku.core.checkin;

import dev.ryugaku.core.enrollment.Enrollment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** Something agreed at a check-in (アクションアイテム); open until ticked off, at that check-in or a later one. */
@Entity
@Table(name = "action_item")
public class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id", nullable = false)
    private Enrollment enrollment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "check_in_id", nullable = false)
    private CheckIn checkIn;

    @Column(nullable = false, length = 500)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionItemOwner owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

    protected ActionItem() {
    }

    ActionItem(CheckIn checkIn, String text, ActionItemOwner owner, LocalDate dueDate, Instant createdAt) {
        this.enrollment = checkIn.getEnrollment();
        this.checkIn = checkIn;
        this.text = text;
        this.owner = owner;
        this.dueDate = dueDate;
        this.createdAt = createdAt;
    }

    void markDone(boolean done, Instant now) {
        this.doneAt = done ? now : null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public CheckIn getCheckIn() {
        return checkIn;
    }

    public String getText() {
        return text;
    }

    public ActionItemOwner getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public boolean isDone() {
        return doneAt != null;
    }
}
