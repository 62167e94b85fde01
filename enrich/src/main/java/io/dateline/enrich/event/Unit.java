package io.dateline.enrich.event;

/**
 * An actor mention: tokens {@code [first, last]} of the sentence, found by {@link ActorMentions}; an agent word
 * ("troops") has no country of its own.
 */
record Unit(int first, int last, String country, String sector, String text, String entityId, boolean agent,
            boolean demonym, boolean place) {

    /** Whether it names a person, linked to the gazetteer or not. */
    boolean person() {
        return entityId != null && (entityId.startsWith("person:") || entityId.startsWith("unlinked:person:"));
    }

    /** A demonym used as an adjective ("Israeli jails"), not as a plural noun ("Palestinians reject"). */
    boolean adjective() {
        return demonym && !text.endsWith("s");
    }
}
