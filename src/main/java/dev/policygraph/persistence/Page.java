package dev.policygraph.persistence;

import java.util.List;

/**
 * One page of a longer result.
 *
 * @param total the number of all matches
 * @param items the matches of this page, in result order
 */
public record Page<T>(long total, List<T> items) {

    public Page {
        items = List.copyOf(items);
    }
}
