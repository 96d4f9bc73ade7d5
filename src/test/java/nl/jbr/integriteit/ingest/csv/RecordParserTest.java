package nl.jbr.integriteit.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The record splitter on its own: records written the way a spreadsheet writes them come back field for field,
 * across the 64K buffer it reads in, and the character limit is reported at exactly the character that passes it.
 */
class RecordParserTest {

    private static final char[] TEKENS = {'a', 'b', 'é', ' ', ';', ',', '"', '\n', '\r', 'x', '1'};

    @Test
    void recordsWrittenLikeASpreadsheetComeBackFieldForField() throws IOException {
        Random random = new Random(20261127);
        List<List<String>> records = new ArrayList<>();
        StringBuilder tekst = new StringBuilder();
        String[] einden = {"\n", "\r\n", "\r"};
        // about 300,000 characters: records cross the parser's 64K buffer several times, some fields are long
        while (tekst.length() < 300_000) {
            List<String> velden = new ArrayList<>();
            int aantal = 1 + random.nextInt(8);
            for (int v = 0; v < aantal; v++) {
                int lengte = random.nextInt(10) == 0 ? random.nextInt(5_000) : random.nextInt(12);
                StringBuilder veld = new StringBuilder();
                for (int i = 0; i < lengte; i++) {
                    veld.append(TEKENS[random.nextInt(TEKENS.length)]);
                }
                velden.add(veld.toString());
            }
            if (velden.size() == 1 && velden.get(0).isEmpty()) {
                velden.set(0, "leeg"); // an empty line is no record
            }
            records.add(velden);
            for (int v = 0; v < velden.size(); v++) {
                tekst.append(v == 0 ? "" : ";").append(schrijf(velden.get(v), ';'));
            }
            tekst.append(einden[random.nextInt(einden.length)]);
        }
        RecordParser parser = new RecordParser(new StringReader(tekst.toString()), ';', 1_000_000, 100);
        for (List<String> verwacht : records) {
            assertThat(parser.next()).isEqualTo(RecordParser.Status.RECORD);
            assertThat(parser.fields()).isEqualTo(verwacht);
        }
        assertThat(parser.next()).isEqualTo(RecordParser.Status.END);
    }

    @Test
    void leniencyOfSpreadsheetsIsKept() throws IOException {
        // a quote inside an unquoted field is text; text after a closing quote is appended to the field
        RecordParser parser = new RecordParser(new StringReader("ab\"c\"d;\"x\"yz\"w;\"\"\n"), ';', 100, 10);
        assertThat(parser.next()).isEqualTo(RecordParser.Status.RECORD);
        assertThat(parser.fields()).containsExactly("ab\"c\"d", "xyz\"w", "");
    }

    /** Every character of a record counts (separators, quotes, an escaped quote twice), its line break does not. */
    @ParameterizedTest
    @ValueSource(strings = {"12345;7890", "\"1234;\"\"890\"", "\"abc\"defgh", "\"line\nbreak\"", "abcdefghij"})
    void theLimitIsReportedAtTheCharacterThatPassesIt(String record) throws IOException {
        int lengte = record.length();
        for (int limiet = lengte - 3; limiet <= lengte + 3; limiet++) {
            RecordParser parser = new RecordParser(new StringReader(record + "\nvolgende\n"), ';', limiet, 10);
            RecordParser.Status status = parser.next();
            if (lengte <= limiet) {
                assertThat(status).as("limit %d", limiet).isEqualTo(RecordParser.Status.RECORD);
                assertThat(parser.next()).isEqualTo(RecordParser.Status.RECORD);
                assertThat(parser.fields()).containsExactly("volgende");
            } else {
                assertThat(status).as("limit %d", limiet).isEqualTo(RecordParser.Status.TOO_LONG);
                // inside quotes when the character past the limit (index limiet) comes before the closing quote
                int sluit = record.lastIndexOf('"');
                assertThat(parser.inQuotes()).as("limit %d", limiet)
                        .isEqualTo(record.startsWith("\"") && sluit > limiet);
            }
        }
    }

    /** As spreadsheet software writes a field: quoted when it holds the separator, a quote or a line break. */
    private static String schrijf(String veld, char separator) {
        if (veld.indexOf(separator) < 0 && veld.indexOf('"') < 0 && veld.indexOf('\n') < 0 && veld.indexOf('\r') < 0) {
            return veld;
        }
        return "\"" + veld.replace("\"", "\"\"") + "\"";
    }
}
