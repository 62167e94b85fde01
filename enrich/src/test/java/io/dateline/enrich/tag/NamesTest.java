package io.dateline.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void shouldMakeSlugOfLowerCaseAsciiWordsJoinedByOneDash() {
        assertThat(Names.slug("Quai d'Orsay")).isEqualTo("quai-d-orsay");
        assertThat(Names.slug("Côte d'Ivoire")).isEqualTo("cote-d-ivoire");
        assertThat(Names.slug("Sears, Roebuck and Co")).isEqualTo("sears-roebuck-and-co");
        assertThat(Names.slug("G-7 (Group of Seven)")).isEqualTo("g-7-group-of-seven");
    }

    @Test
    void shouldDropDashesAtTheEndsOfASlug() {
        assertThat(Names.slug("  <Texaco Inc.>  ")).isEqualTo("texaco-inc");
        assertThat(Names.slug("--")).isEmpty();
        assertThat(Names.slug("")).isEmpty();
    }
}
