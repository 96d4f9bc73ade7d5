package nl.jbr.integriteit.normalise.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The decoding layers one by one, and stacked; expectations worked out by hand from the code tables. */
class OntcijferingTest {

    @Test
    void excelEscapes() {
        assertEquals("j.jansen@minbzk.nl", ExcelCodering.decode("j.jansen_x0040_minbzk.nl"));   // 0x40 = '@'
        assertEquals("06-12345678", ExcelCodering.decode("06_x002d_12345678"));                 // 0x2D = '-'
        assertEquals("Jan", ExcelCodering.decode("_x004A__x0061__x006E_"));                    // J a n
        // _x005F_ is the underscore: the rest is literal text, decoded only in a next round
        assertEquals("_x0040_", ExcelCodering.decode("_x005F_x0040_"));
        assertEquals("a\rb", ExcelCodering.decode("a_x000D_b"));
        assertTrue(ExcelCodering.contains("tekst _X00e9_"));
        assertFalse(ExcelCodering.contains("tekst _x00e_ of _x00eg_ of x0040_"));
        String plain = "geen codering hier_";
        assertSame(plain, ExcelCodering.decode(plain));
    }

    @Test
    void htmlCharacterReferences() {
        assertEquals("j.jansen@minbzk.nl", HtmlTekenverwijzingen.decode("j.jansen&#64;minbzk.nl"));
        assertEquals("j.jansen@minbzk.nl", HtmlTekenverwijzingen.decode("j.jansen&#x40;minbzk&#x2E;nl"));
        assertEquals("j.jansen@minbzk.nl", HtmlTekenverwijzingen.decode("j.jansen&commat;minbzk&period;nl"));
        assertEquals("@", HtmlTekenverwijzingen.decode("&#0064;"));                      // leading zeros
        assertEquals("@ en", HtmlTekenverwijzingen.decode("&#64 en"));                  // no semicolon
        assertEquals("DJI & COA", HtmlTekenverwijzingen.decode("DJI &amp; COA"));
        assertEquals("&#64;", HtmlTekenverwijzingen.decode("&amp;#64;"));               // one pass only
        assertEquals("Justitiële", HtmlTekenverwijzingen.decode("Justiti&euml;le"));
        assertEquals("café", HtmlTekenverwijzingen.decode("caf&eacute;"));
        assertEquals("a\u00a0b", HtmlTekenverwijzingen.decode("a&nbsp;b"));
        // not references: left as they are
        String noReferences = "R&D en &onbekend; en &#; en &#xZZ;";
        assertEquals(noReferences, HtmlTekenverwijzingen.decode(noReferences));
        assertEquals("&#55296;", HtmlTekenverwijzingen.decode("&#55296;"));             // a lone surrogate
        assertEquals("&#1114112;", HtmlTekenverwijzingen.decode("&#1114112;"));         // beyond Unicode
    }

    @Test
    void percentEncodingAndQuotedPrintable() {
        assertEquals("j.jansen@minbzk.nl", Bytecodering.PROCENT.decode("j.jansen%40minbzk.nl"));
        assertEquals("j.jansen%40minbzk.nl", Bytecodering.PROCENT.decode("j.jansen%2540minbzk.nl"));
        assertEquals("Pieter Jansen", Bytecodering.PROCENT.decode("Pieter%20Jansen"));
        assertEquals("é", Bytecodering.PROCENT.decode("%C3%A9"));                       // UTF-8
        assertEquals("é", Bytecodering.PROCENT.decode("%E9"));                          // not UTF-8: Latin-1
        assertEquals("15% en 20%-norm", Bytecodering.PROCENT.decode("15% en 20%-norm"));
        assertEquals("j.jansen@minbzk.nl", Bytecodering.QUOTED_PRINTABLE.decode("j.jansen=40minbzk.nl"));
        assertEquals("Ayşe", Bytecodering.QUOTED_PRINTABLE.decode("Ay=C5=9Fe"));         // ş = C5 9F in UTF-8
        assertEquals("x=4a", Bytecodering.QUOTED_PRINTABLE.decode("x=4a"));              // hex in capitals only
        assertEquals("a = b", Bytecodering.QUOTED_PRINTABLE.decode("a = b"));
    }

    @Test
    void stackedEncodingsArePeeledOffInRounds() {
        assertEquals("j.jansen@minbzk.nl", Ontcijfering.of("j.jansen&amp;#64;minbzk.nl").text());
        assertEquals("j.jansen@minbzk.nl", Ontcijfering.of("j.jansen%2540minbzk.nl").text());
        assertEquals("j.jansen@minbzk.nl", Ontcijfering.of("j.jansen&#x40;minbzk%2Enl").text());
        Ontcijfering nested = Ontcijfering.of("j.jansen_x005F_x0040_minbzk.nl");
        assertEquals("j.jansen@minbzk.nl", nested.text());
        assertTrue(nested.excelEscape());
        Ontcijfering hidden = Ontcijfering.of("j.jansen&#95;x0040&#95;minbzk.nl");
        assertEquals("j.jansen@minbzk.nl", hidden.text());
        assertTrue(hidden.excelEscape());                                              // seen in round two
        // four rounds at most: a fifth layer stays
        assertEquals("%40", Ontcijfering.of("%2525252540").text());
        String plain = "Dossier overgedragen aan het Openbaar Ministerie.";
        assertSame(plain, Ontcijfering.of(plain).text());
        assertFalse(Ontcijfering.of(plain).excelEscape());
    }

    @Test
    void longRunsOfMarkersStayLinear() {
        long start = System.nanoTime();
        Ontcijfering.of("&#".repeat(50_000) + "%4".repeat(50_000) + "_x00".repeat(50_000) + "=4".repeat(50_000));
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "decoding 600,000 marker characters took over 2 s");
    }
}
