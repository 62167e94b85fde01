package io.dateline.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KafkaBrokerExtensionTest {

    private final KafkaBrokerExtension extension = new KafkaBrokerExtension();

    @Test
    void shouldGiveFreshTopicSafePrefixOnEveryCall() {
        String first = extension.uniquePrefix();
        String second = extension.uniquePrefix();

        assertThat(first).matches("it-[0-9a-f]{8}\\.");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void shouldExplainHowToRegisterWhenUsedOutsideATestClass() {
        assertThatThrownBy(extension::bootstrapServers)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@RegisterExtension");
    }
}
