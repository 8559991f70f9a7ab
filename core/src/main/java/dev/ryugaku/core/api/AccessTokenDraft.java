package dev.ryugaku.core.api;

import java.time.LocalDate;

/** What a person fills in to create a token: a name, whether it may write, and its last day. */
public class AccessTokenDraft {

    private String name;
    private boolean write;
    private LocalDate expiresOn;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isWrite() {
        return write;
    }

    public void setWrite(boolean write) {
        this.write = write;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
