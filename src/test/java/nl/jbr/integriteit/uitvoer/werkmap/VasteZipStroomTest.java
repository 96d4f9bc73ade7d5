package nl.jbr.integriteit.uitvoer.werkmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import nl.jbr.integriteit.uitvoer.werkmap.VasteZip;

/**
 * An entry written in pieces ({@link VasteZip#schrijf(String, VasteZip.StroomInhoud)}, for sheets of a hundred
 * thousand rows) gives the same bytes as the same text written at once: the workbooks stay reproducible and a
 * reader cannot tell how they were written.
 */
class VasteZipStroomTest {

    @Test
    void anEntryWrittenInPiecesHasTheBytesOfTheWholeText() throws IOException {
        StringBuilder geheel = new StringBuilder();
        for (int r = 1; r <= 20_000; r++) { // about 1 MB: passed on to the zip some fifteen times
            geheel.append("<row r=\"").append(r).append("\"><c><v>").append(r * 7919L % 1000).append("</v></c>")
                    .append("<c t=\"inlineStr\"><is><t>Financiële schendingen — ").append(r % 13).append("</t></is></c></row>");
        }
        String tekst = geheel.toString();

        byte[] inEenKeer = VasteZip.inGeheugen(zip -> zip.schrijf("xl/worksheets/sheet1.xml", tekst));
        byte[] inStukken = VasteZip.inGeheugen(zip -> zip.schrijf("xl/worksheets/sheet1.xml", stroom -> {
            for (String rij : tekst.split("(?<=</row>)")) {
                stroom.uit().append(rij);
                stroom.misschienDoorgeven();
            }
        }));

        assertThat(inStukken).isEqualTo(inEenKeer);
        assertThat(inEenKeer.length).isLessThan(tekst.length() / 4); // compressed, and not empty
    }
}
