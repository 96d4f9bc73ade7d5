package nl.jbr.integriteit.uitvoer.werkmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import nl.jbr.integriteit.uitvoer.werkmap.VasteZip;
import nl.jbr.integriteit.uitvoer.werkmap.Werkblad;
import nl.jbr.integriteit.uitvoer.werkmap.XlsxSchrijver;

class WerkbladTest {

    @Test
    void sheetNamesAreValidUniqueAndAtMost31Characters() {
        Set<String> gebruikt = new HashSet<>();
        // 32 characters: cut to 31
        assertThat(Werkblad.bladnaam("nevenwerkzaamheden_per_onderdeel", gebruikt)).isEqualTo("nevenwerkzaamheden_per_onderdee");
        // the same after cutting, Excel compares case-insensitively: numbered within 31 characters
        assertThat(Werkblad.bladnaam("NEVENWERKZAAMHEDEN_PER_ONDERDEELS", gebruikt)).isEqualTo("NEVENWERKZAAMHEDEN_PER_ONDE (2)");
        assertThat(Werkblad.bladnaam("a/b:c*d?[e]\\f", gebruikt)).isEqualTo("a_b_c_d__e__f");
        assertThat(Werkblad.bladnaam("  ", gebruikt)).isEqualTo("Blad");
        assertThatThrownBy(() -> new Werkblad("a:b", java.util.List.of(), java.util.List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void columnLetters() {
        assertThat(XlsxSchrijver.kolomLetters(0)).isEqualTo("A");
        assertThat(XlsxSchrijver.kolomLetters(25)).isEqualTo("Z");
        assertThat(XlsxSchrijver.kolomLetters(26)).isEqualTo("AA");
        assertThat(XlsxSchrijver.kolomLetters(27)).isEqualTo("AB");
        assertThat(XlsxSchrijver.kolomLetters(701)).isEqualTo("ZZ");
        assertThat(XlsxSchrijver.kolomLetters(702)).isEqualTo("AAA");
        // 2025-01-01 is Excel serial 45658
        assertThat(XlsxSchrijver.excelSerieel(java.time.LocalDate.of(2025, 1, 1))).isEqualTo(45658);
    }

    @Test
    void xmlEscapesAndDropsWhatXmlCannotHold() {
        assertThat(VasteZip.xml("<a href=\"x\">&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
        // NUL, a vertical tab and a lone surrogate are not XML 1.0 characters; tab, newline and an emoji pair are
        assertThat(VasteZip.xml("a\u0000b\u000Bc\tD\n\uD83D\uDE00e\uD800")).isEqualTo("abc\tD\n\uD83D\uDE00e");
    }

    /**
     * Every UTF-16 unit, at the start, in the middle and at the end of a cell, against the rules of XML 1.0 written out
     * here: the five markup characters escaped; tab, line feed and carriage return kept; other control characters,
     * U+FFFE, U+FFFF and a lone surrogate dropped; everything else kept. Appending to a builder gives the same.
     */
    @Test
    void xmlFollowsXml10ForEveryCharacter() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char teken = (char) c;
            String verwacht = switch (teken) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&apos;";
                default -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
                        || Character.isSurrogate(teken) ? "" : String.valueOf(teken);
            };
            for (String[] geval : new String[][] {{teken + "abc", verwacht + "abc"}, {"ab" + teken + "c", "ab" + verwacht + "c"},
                    {"abc" + teken, "abc" + verwacht}}) {
                assertThat(VasteZip.xml(geval[0])).as("U+%04X", c).isEqualTo(geval[1]);
                StringBuilder uit = new StringBuilder("<t>");
                VasteZip.xml(geval[0], uit);
                assertThat(uit.toString()).as("U+%04X appended", c).isEqualTo("<t>" + geval[1]);
            }
        }
        // a surrogate pair is one character and stays, wherever it is
        assertThat(VasteZip.xml("\uD83D\uDE00a\uD83D\uDE00")).isEqualTo("\uD83D\uDE00a\uD83D\uDE00");
    }
}
