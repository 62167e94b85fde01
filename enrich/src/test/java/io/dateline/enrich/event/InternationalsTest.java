package io.dateline.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.enrich.text.Token;
import io.dateline.enrich.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class InternationalsTest {

    private static Internationals.Hit match(String sentence, int at) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        return Internationals.standard().match(tokens.stream().map(Token::text).toList(),
                tokens.stream().map(Token::lower).toList(), at);
    }

    @Test
    void shouldFindTheLongestNameStartingAtACapitalisedWord() {
        // "the International Committee of the Red Cross" is longer than "the International Committee"
        assertThat(match("The International Committee of the Red Cross said", 1))
                .isEqualTo(new Internationals.Hit(1, 6, "NGO", "NGO"));
        assertThat(match("Amnesty International said", 0)).isEqualTo(new Internationals.Hit(0, 1, "NGO", "NGO"));
        assertThat(match("They met al-Qaeda in Iraq fighters", 2))
                .isEqualTo(new Internationals.Hit(2, 6, "IMG", "REB"));
    }

    @Test
    void shouldTakeAOneWordNameOnlyAsAnAcronymInCapitals() {
        assertThat(match("UNHCR said", 0)).isEqualTo(new Internationals.Hit(0, 0, "IGO", "IGO"));
        assertThat(match("Unhcr said", 0)).isNull();
        assertThat(match("amnesty international said", 0)).isNull();
    }

    @Test
    void shouldGiveAGroupOfARegionTheCountryItsNameNames() {
        // the dictionary codes them for a region (MEA, EAF, WEU); their names name one country
        assertThat(match("Palestinian Islamic Jihad said", 0)).extracting(Internationals.Hit::code).isEqualTo("PSE");
        assertThat(match("The Eritrean Liberation Front said", 1)).extracting(Internationals.Hit::code)
                .isEqualTo("ERI");
        assertThat(match("The Irish Republican Army said", 1)).extracting(Internationals.Hit::code).isEqualTo("IRL");
        assertThat(match("The Revolutionary United Front said", 1)).extracting(Internationals.Hit::code)
                .as("a name that names no country").isEqualTo("IMG");
    }
}
