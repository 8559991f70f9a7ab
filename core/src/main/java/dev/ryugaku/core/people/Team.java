package dev.ryugaku.core.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** チーム: a product team that sends participants, or an SRE team that hosts them. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 100)
    private String name;

    /** Unique: {@link dev.ryugaku.core.shared.Texts#sameNameKey(String)} of the name. */
    @Column(name = "name_key", nullable = false, length = 100)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TeamKind kind;

    /** The home-team manager: nominates people of the team for intake and approves their applications. */
    @Column(name = "manager_id")
    private Long managerId;

    protected Team() {
    }

    public Team(String name, TeamKind kind) {
        rename(name, kind);
    }

    public final void rename(String name, TeamKind kind) {
        this.name = name.strip();
        this.nameKey = dev.ryugaku.core.shared.Texts.sameNameKey(name);
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public TeamKind getKind() {
        return kind;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }
}
