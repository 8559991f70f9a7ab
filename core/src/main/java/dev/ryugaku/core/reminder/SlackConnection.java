package dev.ryugaku.core.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The Slack workspace reminders are sent to, by its bot token (stored sealed). One row at most. */
@Entity
@Table(name = "slack_connection")
public class SlackConnection {

    static final long THE_ONE = 1;

    @Id
    private Long id;

    @Version
    private Long version;

    @Column(name = "bot_token_sealed", nullable = false, length = 1000)
    private String botTokenSealed;

    /** The token's last four characters, to tell which one is stored without showing it. */
    @Column(name = "token_hint", nullable = false, length = 20)
    private String tokenHint;

    @Column(name = "connected_by", nullable = false)
    private long connectedBy;

    @Column(name = "connected_at", nullable = false)
    private Instant connectedAt;

    @Column(name = "webhook_url_sealed", length = 1000)
    private String webhookUrlSealed;

    @Column(name = "digest_names", nullable = false)
    private boolean digestNames;

    protected SlackConnection() {
    }

    SlackConnection(String botTokenSealed, String tokenHint, long connectedBy, Instant connectedAt) {
        this.id = THE_ONE;
        replace(botTokenSealed, tokenHint, connectedBy, connectedAt);
    }

    void replace(String sealed, String hint, long by, Instant at) {
        this.botTokenSealed = sealed;
        this.tokenHint = hint;
        this.connectedBy = by;
        this.connectedAt = at;
    }

    void channel(String sealedWebhookUrl, boolean names) {
        this.webhookUrlSealed = sealedWebhookUrl;
        this.digestNames = names;
    }

    public String getWebhookUrlSealed() {
        return webhookUrlSealed;
    }

    public boolean isDigestNames() {
        return digestNames;
    }

    public long getConnectedBy() {
        return connectedBy;
    }

    public long getVersion() {
        return version == null ? ReminderPreferences.NEVER_SAVED : version;
    }

    public String getBotTokenSealed() {
        return botTokenSealed;
    }

    public String getTokenHint() {
        return tokenHint;
    }

    public Instant getConnectedAt() {
        return connectedAt;
    }
}
