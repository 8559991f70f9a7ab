package dev.ryugaku.core.people;

/** The outcome of a single sign-on: the person signed in as, or why they were refused. */
public sealed interface SignOnResult {

    /** @param created whether the account was created just now (just-in-time) */
    record SignedOn(Person person, boolean created) implements SignOnResult {
    }

    record Refused(SignOnRefusal reason) implements SignOnResult {
    }
}
