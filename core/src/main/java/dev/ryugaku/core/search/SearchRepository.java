package dev.ryugaku.core.search;

import java.util.List;

/**
 * One query per kind, who may open a row part of it; implemented in persistence. {@code pattern} is a
 * LIKE pattern with {@code !} as its escape character ({@link SearchText#pattern()});
 * {@code viewerId} null means a program owner, who may open everything.
 */
public interface SearchRepository {

    List<PersonHit> people(String pattern, Long viewerId, int offset, int limit);

    List<CohortHit> cohorts(String pattern, Long viewerId, int offset, int limit);

    List<TaskHit> tasks(String pattern, Long viewerId, int offset, int limit);

    List<RotationHit> rotations(String pattern, Long viewerId, int offset, int limit);
}
