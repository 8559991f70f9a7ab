package dev.ryugaku.core.people;

/** Whether other records depend on a team being what it is. */
public interface TeamUsage {

    boolean hostsCohorts(long teamId);
}
