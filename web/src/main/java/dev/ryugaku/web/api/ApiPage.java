package dev.ryugaku.web.api;

import java.util.List;

/**
 * One page of a list: the items, which page (from 0) of what size, and how many there are in all.
 *
 * @param <T> the items' type
 */
public record ApiPage<T>(List<T> items, int page, int size, long total) {
}
