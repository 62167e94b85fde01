package io.dateline.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FalseEventCheckTest {

    @Test
    void shouldTakeAStoryOnlyWhenEveryTopicIsOfOneNonPoliticalKind() {
        assertThat(FalseEventCheck.topicKind(List.of("earn"))).isEqualTo("earnings");
        assertThat(FalseEventCheck.topicKind(List.of("coffee", "sugar"))).isEqualTo("commodities");
        assertThat(FalseEventCheck.topicKind(List.of("cpi", "gnp"))).isEqualTo("statistics");
        assertThat(FalseEventCheck.topicKind(List.of("grain", "trade"))).isNull();
        assertThat(FalseEventCheck.topicKind(List.of("earn", "acq"))).isNull();
        assertThat(FalseEventCheck.topicKind(List.of())).isNull();
    }
}
