package io.dateline.enrich.event;

import java.util.List;

/**
 * Adjacent units read as one actor phrase ("Saudi Arabia, Qatar and Oman", "Iranian security forces");
 * {@code phrase}: the object of a preposition ("a factory in China", "the city of Harbin in China"), which is no
 * subject. Built by {@link ActorGroups}.
 */
record Group(int first, int last, List<Unit> units, boolean phrase) {
}
