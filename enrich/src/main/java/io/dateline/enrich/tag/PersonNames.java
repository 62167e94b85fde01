package io.dateline.enrich.tag;

import io.dateline.avro.EntityType;
import io.dateline.enrich.tag.Gazetteer.Name;
import io.dateline.enrich.text.Token;
import io.dateline.enrich.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * People → their names in the phrase trie and their words in the people indexes. A name or alias of two words or more
 * goes into the trie with its variants ({@code Bashar Al-Assad}), unless a place or organisation holds it; namesakes
 * share the phrase. A one-word alias is a lone name ({@code Netanyahu}); the last word of each name is a surname (also
 * the first, for people named family name first: {@code Xi Jinping}); the first word of a full name is a given name.
 */
final class PersonNames {

    /** Countries whose people are named family name first ({@code Xi Jinping}: President Xi). */
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("CHN", "TWN", "HKG", "MAC", "KOR", "PRK");

    private PersonNames() {
    }

    /** Adds every person to {@code entities}, their names to {@code trie} and their words to {@code people}. */
    static void add(List<PeopleLoader.Person> persons, PhraseTrie<Name> trie, People.Builder people,
                    Map<String, KnownEntity> entities) {
        for (PeopleLoader.Person person : persons) {
            KnownEntity entity = person.entity();
            if (entities.putIfAbsent(entity.id(), entity) != null) {
                throw new IllegalStateException("person id " + entity.id() + " is used by another entity");
            }
            List<String> all = new ArrayList<>();
            all.add(entity.name());
            all.addAll(person.aliases());
            for (String phrase : all) {
                List<Token> tokens = Tokenizer.tokenize(phrase);
                List<String> words = words(tokens);
                if (words.isEmpty()) {
                    continue;
                }
                if (words.size() == 1) {
                    people.loneName(words.get(0), entity);
                    people.surname(words.get(0), entity);
                    continue;
                }
                String surname = Names.surname(words);
                if (surname != null) {
                    people.surname(surname, entity);
                }
                if (entity.country() != null && FAMILY_NAME_FIRST.contains(entity.country())) {
                    people.surname(words.get(0), entity);
                }
                for (String variant : Names.personVariants(phrase)) {
                    List<Token> variantTokens = variant.equals(phrase) ? tokens : Tokenizer.tokenize(variant);
                    addPerson(trie, texts(variantTokens), entity);
                }
                if (phrase.equals(entity.name()) && words.get(0).length() > 1
                        && Character.isUpperCase(words.get(0).charAt(0))) {
                    people.givenName(words.get(0));
                }
            }
        }
    }

    private static void addPerson(PhraseTrie<Name> trie, List<String> tokens, KnownEntity person) {
        Name name = new Name(Optional.of(person), Match.Form.NAME);
        Name before = trie.putIfAbsent(tokens, name);
        if (before == null || before.entity().isEmpty()) {
            return;
        }
        KnownEntity holder = before.entity().get();
        if (holder.type() == EntityType.PERSON && holder != person
                && before.alternatives().stream().noneMatch(other -> other == person)) {
            trie.put(tokens, before.with(person));
        }
    }

    /** The word tokens of a name: {@code Bashar al-Assad} → Bashar, al, Assad. */
    private static List<String> words(List<Token> tokens) {
        List<String> words = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            if (token.isWord()) {
                words.add(token.text());
            }
        }
        return words;
    }

    private static List<String> texts(List<Token> tokens) {
        List<String> texts = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            texts.add(token.text());
        }
        return texts;
    }
}
