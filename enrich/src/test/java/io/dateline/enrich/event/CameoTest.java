package io.dateline.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CameoTest {

    @Test
    void shouldMapCameoCodesToPloverTypesByTheDerivedTable() {
        assertThat(Cameo.plover("163")).as("sanctions imposed, as the gold records code them").isEqualTo("SANCTION");
        assertThat(Cameo.plover("172")).isEqualTo("COERCE");
        assertThat(Cameo.plover("0813")).as("a curfew eased, as its parent 081").isEqualTo("CONCEDE");
        assertThat(Cameo.plover("1712")).isEqualTo("ASSAULT");
        assertThat(Cameo.plover("0874")).isEqualTo("RETREAT");
        assertThat(Cameo.plover("083")).isEqualTo("CONCEDE");
        assertThat(Cameo.plover("112")).isEqualTo("DISAPPROVE");
        assertThat(Cameo.plover("090")).isEqualTo("INVESTIGATE");
        assertThat(Cameo.plover("1033")).isEqualTo("DEMAND");
        assertThat(Cameo.plover("195")).isEqualTo("FIGHT");
    }

    @Test
    void shouldFallBackToTheRootForCodesTheTableLacks() {
        assertThat(Cameo.plover("0233")).isEqualTo("DEMAND");
        assertThat(Cameo.plover("010")).isNull();
        assertThat(Cameo.plover("-")).as("a support verb's code").isNull();
        assertThat(Cameo.plover("---")).as("the dictionary's no-event code").isNull();
    }
}
