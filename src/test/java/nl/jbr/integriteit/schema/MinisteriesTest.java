package nl.jbr.integriteit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ministry codes match the code list exactly, or in another case of ASCII letters; nothing else. */
class MinisteriesTest {

    private final Ministeries ministeries = new Ministeries(SchemaSource.embedded());

    @Test
    void codes() {
        assertThat(ministeries.code("FIN")).contains("FIN");
        assertThat(ministeries.code("bzk")).contains("BZK");
        assertThat(ministeries.code("JENV")).contains("JenV");
        // Java's equalsIgnoreCase takes these for SZW and FIN
        assertThat("\u017FZW".equalsIgnoreCase("SZW")).isTrue();
        assertThat("F\u0130N".equalsIgnoreCase("FIN")).isTrue();
        assertThat(ministeries.code("\u017FZW")).isEmpty();   // long s
        assertThat(ministeries.code("F\u0130N")).isEmpty();   // dotted capital I
        assertThat(ministeries.code("f\u0131n")).isEmpty();   // dotless small i
        assertThat(ministeries.code("F\u0406N")).isEmpty();   // Cyrillic І
        assertThat(ministeries.code("FIN\u200B")).isEmpty();
    }
}
