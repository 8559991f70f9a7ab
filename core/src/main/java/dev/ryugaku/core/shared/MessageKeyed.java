package dev.ryugaku.core.shared;

/**
 * Something the user is told about, named by a key of the message bundles rather than by text:
 * core knows no language, the web layer translates.
 */
public interface MessageKeyed {

    String messageKey();
}
