package dev.ryugaku.core.reminder;

import java.util.List;

/** The active program owners, for the digest; implemented in persistence. */
public interface ProgramOwners {

    List<Long> activeOwnerIds();
}
