package io.dateline.enrich.names;

import io.dateline.avro.EntityType;
import io.dateline.enrich.tag.KnownEntity;
import io.dateline.enrich.tag.Names;
import java.util.List;

/**
 * A name the rules found over tokens {@code [start, end)}, before it is grouped with the other mentions of the same
 * person: a person (its capitalised words, the gazetteer person it was linked to if any, the role phrase around it) or
 * a company.
 *
 * @param start  index of its first token
 * @param end    index after its last token
 * @param type   PERSON or ORGANIZATION
 * @param words  the capitalised words of a person's name ({@code [Dmitry, Peskov]}); empty for a company
 * @param linked the gazetteer person it names, or null
 * @param role   the role phrase around it, or null
 */
record Candidate(int start, int end, EntityType type, List<String> words, KnownEntity linked, RolePhrase role) {

    static Candidate person(int start, int end, List<String> words, KnownEntity linked, RolePhrase role) {
        return new Candidate(start, end, EntityType.PERSON, words, linked, role);
    }

    static Candidate organization(int start, int end) {
        return new Candidate(start, end, EntityType.ORGANIZATION, List.of(), null, null);
    }

    /** The surname among the words, or null. */
    String surname() {
        return Names.surname(words);
    }
}
