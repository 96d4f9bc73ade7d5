package nl.jbr.integriteit.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.bevinding.Ernst;

class SpreadsheetCsvReaderTest {

    static final JbrProperties.Limits DEFAULT = new JbrProperties.Limits(104_857_600, 100_000, 2_000_000, 200);
    static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    enum Encoding { UTF8, UTF8_BOM, WINDOWS_1252 }

    static Stream<Arguments> combinations() {
        List<Arguments> out = new ArrayList<>();
        for (char sep : new char[] {';', ',', '\t'}) {
            for (Encoding enc : Encoding.values()) {
                for (String eol : new String[] {"\r\n", "\n"}) {
                    out.add(Arguments.of(sep, enc, eol));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "[{index}] sep={0} {1} eol={2}")
    @MethodSource("combinations")
    void readsEveryDialect(char sep, Encoding enc, String eol) throws IOException {
        String s = String.valueOf(sep);
        // The quoted field holds all three candidate separators, an escaped quote and a line break.
        String quoted = "\"a;b,c\td \"\"q\"\"" + eol + "e\"";
        String text = String.join(eol,
                "onderdeel" + s + "categorie" + s + "omschrijving" + s + s,   // row 1, two trailing empty columns
                "Dienst Één" + s + "g" + s + quoted + s + s,                     // row 2 (two physical lines)
                "",                                                              // row 3: empty line
                "Directie ë" + s + "c" + s + "Privé ï € 5" + s + s,              // row 4
                s + s + s + s,                                                   // row 5: only separators
                "Laatste" + s + "a" + s + "x" + s + s)                           // row 6
                + eol;
        Path file = dir.resolve("f.csv");
        Charset charset = enc == Encoding.WINDOWS_1252 ? CP1252 : StandardCharsets.UTF_8;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (enc == Encoding.UTF8_BOM) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        bytes.write(text.getBytes(charset));
        Files.write(file, bytes.toByteArray());

        try (SpreadsheetCsvReader reader = SpreadsheetCsvReader.open(file, DEFAULT)) {
            assertThat(reader.findings()).isEmpty();
            assertThat(reader.dialect()).contains(new Dialect(charset, enc == Encoding.UTF8_BOM, sep));
            assertThat(reader.header()).contains(new CsvRow(1, List.of("onderdeel", "categorie", "omschrijving")));
            List<CsvRow> rows = readAll(reader);
            assertThat(rows).containsExactly(
                    new CsvRow(2, List.of("Dienst Één", "g", "a;b,c\td \"q\"" + eol + "e")),
                    new CsvRow(4, List.of("Directie ë", "c", "Privé ï € 5")),
                    new CsvRow(6, List.of("Laatste", "a", "x")));
            assertThat(reader.gegevensregels()).isEqualTo(3);
            assertThat(reader.findings()).isEmpty();
        }
    }

    @Test
    void describesTheDialectInDutch() {
        assertThat(new Dialect(CP1252, false, ';').beschrijving()).isEqualTo("puntkomma-gescheiden, Windows-1252");
        assertThat(new Dialect(StandardCharsets.UTF_8, true, ',').beschrijving()).isEqualTo("komma-gescheiden, UTF-8 met BOM");
        assertThat(new Dialect(StandardCharsets.UTF_8, false, '\t').beschrijving()).isEqualTo("tab-gescheiden, UTF-8");
    }

    @Test
    void loneCarriageReturnsAndNoFinalLineBreak() throws IOException {
        Path file = write("a;b\r1;2\r\r3;\"x\ry\"");
        try (SpreadsheetCsvReader reader = SpreadsheetCsvReader.open(file, DEFAULT)) {
            assertThat(reader.header()).contains(new CsvRow(1, List.of("a", "b")));
            // row 2 = "1;2", row 3 = empty, row 4 = 3;"x<CR>y"
            assertThat(readAll(reader)).containsExactly(new CsvRow(2, List.of("1", "2")), new CsvRow(4, List.of("3", "x\ry")));
            assertThat(reader.findings()).isEmpty();
        }
    }

    @Test
    void headerAfterEmptyLinesKeepsItsRowNumber() throws IOException {
        Path file = write("\n\n;;\nnaam;aantal\nx;1\n");
        try (SpreadsheetCsvReader reader = SpreadsheetCsvReader.open(file, DEFAULT)) {
            assertThat(reader.header()).contains(new CsvRow(4, List.of("naam", "aantal")));
            assertThat(readAll(reader)).containsExactly(new CsvRow(5, List.of("x", "1")));
        }
    }

    @Test
    void cellsAreNotTrimmedAndQuotesInsideUnquotedTextAreKept() throws IOException {
        Path file = write("a;b;c\n  x ;5\" scherm;\"q\"na\n");
        try (SpreadsheetCsvReader reader = SpreadsheetCsvReader.open(file, DEFAULT)) {
            assertThat(readAll(reader)).containsExactly(new CsvRow(2, List.of("  x ", "5\" scherm", "qna")));
        }
    }

    @Test
    void separatorTieBreaking() throws IOException {
        // ';' and ',' both split the header into 2 fields and both are consistent: ';' wins by the fixed order.
        assertThat(dialectOf("naam;bedrag, fte\nx;1,5\n").separator()).isEqualTo(';');
        // comma file with Dutch decimals quoted: ',' gives 3 fields on every row, ';' only 1 on the header.
        assertThat(dialectOf("naam,fte,n\nx,\"1,5\",2\ny,\"2,0\",3\n").separator()).isEqualTo(',');
        // header splits into 3 by ',' but also into 2 by ';'; only ',' is consistent over the data rows.
        assertThat(dialectOf("a,b;c,d\n1,2,3\n4,5,6\n").separator()).isEqualTo(',');
        // more header fields wins when both are fully consistent: tab 3 fields vs ',' 2 fields.
        assertThat(dialectOf("a\tb,c\td\n1\t2,5\t3\n").separator()).isEqualTo('\t');
        // a one-column file: nothing splits, ';' is assumed.
        assertThat(dialectOf("categorie\nc\n").separator()).isEqualTo(';');
    }

    @Test
    void emptyFile() throws IOException {
        assertFatal(Files.write(dir.resolve("leeg.csv"), new byte[0]), BevindingCode.BESTAND_LEEG, false);
    }

    @Test
    void bomOnly() throws IOException {
        assertFatal(Files.write(dir.resolve("bom.csv"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
                BevindingCode.BESTAND_LEEG, false);
    }

    @Test
    void onlyEmptyLines() throws IOException {
        assertFatal(write("\r\n;;;\r\n  \r\n"), BevindingCode.BESTAND_LEEG, true);
    }

    @Test
    void binaryWithNulBytes() throws IOException {
        byte[] data = "a;b\n1;2\n".getBytes(StandardCharsets.US_ASCII);
        byte[] withNul = new byte[data.length + 4];
        System.arraycopy(data, 0, withNul, 0, data.length);
        withNul[data.length + 1] = 0;
        withNul[data.length] = 'x';
        assertFatal(Files.write(dir.resolve("bin.csv"), withNul), BevindingCode.BESTAND_ONLEESBAAR, false);
    }

    @Test
    void binaryWithControlCharacters() throws IOException {
        byte[] data = new byte[200];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (1 + i % 7); // control bytes 0x01..0x07, no NUL
        }
        assertFatal(Files.write(dir.resolve("ctl.csv"), data), BevindingCode.BESTAND_ONLEESBAAR, false);
    }

    @Test
    void gzipNamedCsv() throws IOException {
        Path file = dir.resolve("gz.csv");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8));
        }
        Bevinding f = assertFatal(file, BevindingCode.BESTAND_ONLEESBAAR, false);
        assertThat(f.melding()).contains("gzip");
    }

    @Test
    void xlsxNamedCsv() throws IOException {
        Path file = dir.resolve("werkmap.csv");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new ZipEntry("xl/workbook.xml"));
            out.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Bevinding f = assertFatal(file, BevindingCode.BESTAND_ONLEESBAAR, false);
        assertThat(f.melding()).contains("zip").contains("xlsx");
    }

    @Test
    void utf16NamedCsv() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write("a;b\r\n1;2\r\n".getBytes(StandardCharsets.UTF_16LE));
        Bevinding f = assertFatal(Files.write(dir.resolve("u16.csv"), bytes.toByteArray()), BevindingCode.BESTAND_ONLEESBAAR, false);
        assertThat(f.melding()).contains("UTF-16");
    }

    @Test
    void unbalancedQuoteAtEndOfFile() throws IOException {
        Path file = write("a;b\n1;2\n\n3;\"open\n4;5\n");
        try (SpreadsheetCsvReader reader = SpreadsheetCsvReader.open(file, DEFAULT)) {
            // row 2 is fine, row 3 empty, row 4 opens a quote that never closes
            assertThat(readAll(reader)).containsExactly(new CsvRow(2, List.of("1", "2")));
            assertThat(reader.findings()).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(BevindingCode.BESTAND_ONLEESBAAR);
                assertThat(f.ernst()).isEqualTo(Ernst.FOUT);
                assertThat(f.regel()).isEqualTo(4);
                assertThat(f.melding()).contains("Regel 4").contains("aanhalingsteken");
            });
            assertThat(reader.next()).isEmpty();
        }
    }

    @Test
    void limitFileBytes() throws IOException {
        Path file = write("a;b\n1;2\n"); // 8 bytes
        Bevinding f = assertFatal(file, BevindingCode.LIMIET_OVERSCHREDEN, false, new JbrProperties.Limits(7, 100, 100, 10));
        assertThat(f.regel()).isZero();
        try (SpreadsheetCsvReader reader = SpreadsheetCsvReader.open(file, new JbrProperties.Limits(8, 100, 100, 10))) {
            assertThat(reader.findings()).isEmpty(); // exactly at the limit is allowed
        }
    }

    @Test
    void limitLineChars() throws IOException {
        // row 2 "12345;7890" = 10 chars (allowed at limit 10), row 4 "12345;78901" = 11 chars
        Path file = write("a;b\n12345;7890\n\n12345;78901\n1;2\n");
        try (SpreadsheetCsvReader reader = SpreadsheetCsvReader.open(file, new JbrProperties.Limits(1000, 10, 100, 10))) {
            assertThat(readAll(reader)).containsExactly(new CsvRow(2, List.of("12345", "7890")));
            assertLimit(reader, 4);
        }
    }

    @Test
    void limitRows() throws IOException {
        // data rows at 2, 4, 5: with maxRows 2 the third (row 5) is over the limit
        Path file = write("a;b\n1;2\n\n3;4\n5;6\n7;8\n");
        try (SpreadsheetCsvReader reader = SpreadsheetCsvReader.open(file, new JbrProperties.Limits(1000, 100, 2, 10))) {
            assertThat(readAll(reader)).extracting(CsvRow::regel).containsExactly(2L, 4L);
            assertThat(reader.gegevensregels()).isEqualTo(2);
            assertLimit(reader, 5);
        }
    }

    @Test
    void limitFields() throws IOException {
        // row 3 holds 4 fields, the limit is 3
        Path file = write("a;b;c\n1;2;3\n1;2;3;4\n");
        try (SpreadsheetCsvReader reader = SpreadsheetCsvReader.open(file, new JbrProperties.Limits(1000, 100, 100, 3))) {
            assertThat(readAll(reader)).extracting(CsvRow::regel).containsExactly(2L);
            assertLimit(reader, 3);
        }
        // the header itself over the limit
        try (SpreadsheetCsvReader reader = SpreadsheetCsvReader.open(write("a;b;c;d\n1\n"), new JbrProperties.Limits(1000, 100, 100, 3))) {
            assertThat(reader.header()).isEmpty();
            assertLimit(reader, 1);
        }
    }

    @Test
    void unclosedQuoteRunningIntoTheLineLimitSaysSo() throws IOException {
        Path file = write("a;b\n1;\"open\n" + "x;y\n".repeat(50));
        try (SpreadsheetCsvReader reader = SpreadsheetCsvReader.open(file, new JbrProperties.Limits(10_000, 100, 100, 10))) {
            assertThat(readAll(reader)).isEmpty();
            assertLimit(reader, 2);
            assertThat(reader.findings().get(0).melding()).contains("aanhalingsteken");
        }
    }

    @Test
    void quotedFieldWithAThousandLineBreaks() throws IOException {
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            value.append("regel ").append(i).append("\r\n");
        }
        Path file = write("a;b\r\n1;\"" + value + "\"\r\n2;3\r\n");
        try (SpreadsheetCsvReader reader = SpreadsheetCsvReader.open(file, DEFAULT)) {
            List<CsvRow> rows = readAll(reader);
            // the 1001 physical lines of row 2 are one spreadsheet row, so "2;3" is row 3
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).regel()).isEqualTo(2);
            assertThat(rows.get(0).cel(1)).isEqualTo(value.toString());
            assertThat(rows.get(1)).isEqualTo(new CsvRow(3, List.of("2", "3")));
        }
    }

    @Test
    void longLineWithinTheLimitAndBeyondTheSampleSize() throws IOException {
        String longValue = "é".repeat(90_000); // 90,000 chars (180,000 bytes: longer than the 64 KB sample)
        Path file = write("a;b\nx;" + longValue + "\ny;z\n");
        try (SpreadsheetCsvReader reader = SpreadsheetCsvReader.open(file, DEFAULT)) {
            assertThat(reader.dialect()).contains(new Dialect(StandardCharsets.UTF_8, false, ';'));
            List<CsvRow> rows = readAll(reader);
            assertThat(rows).extracting(CsvRow::regel).containsExactly(2L, 3L);
            assertThat(rows.get(0).cel(1)).isEqualTo(longValue);
            assertThat(reader.findings()).isEmpty();
        }
    }

    @Test
    void mixedEncodingIsReadAsWindows1252WithAWarning() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("naam;plaats\nRené;Utrecht\n".getBytes(StandardCharsets.UTF_8)); // é = C3 A9
        bytes.write("Zoë;Den Haag\n".getBytes(CP1252)); // ë = EB, invalid UTF-8 here
        Path file = Files.write(dir.resolve("mix.csv"), bytes.toByteArray());
        try (SpreadsheetCsvReader reader = SpreadsheetCsvReader.open(file, DEFAULT)) {
            assertThat(reader.dialect()).contains(new Dialect(CP1252, false, ';'));
            assertThat(readAll(reader)).containsExactly(
                    new CsvRow(2, List.of("RenÃ©", "Utrecht")), // C3 A9 read as Windows-1252
                    new CsvRow(3, List.of("Zoë", "Den Haag")));
            assertThat(reader.findings()).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(BevindingCode.TEKENCODERING_GEMENGD);
                assertThat(f.ernst()).isEqualTo(Ernst.WAARSCHUWING);
            });
        }
    }

    @Test
    void invalidUtf8AfterTheSampleStillSwitchesToWindows1252() throws IOException {
        // 70,000 ASCII rows bytes first, so the only non-UTF-8 byte lies beyond the 64 KB sample
        String ascii = "a;b\n" + "x;y\n".repeat(17_500);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(ascii.getBytes(StandardCharsets.US_ASCII));
        bytes.write("€;é\n".getBytes(CP1252));
        Path file = Files.write(dir.resolve("laat.csv"), bytes.toByteArray());
        try (SpreadsheetCsvReader reader = SpreadsheetCsvReader.open(file, DEFAULT)) {
            assertThat(reader.dialect()).contains(new Dialect(CP1252, false, ';'));
            List<CsvRow> rows = readAll(reader);
            // header row 1, 17,500 "x;y" rows 2..17,501, then row 17,502
            assertThat(rows).hasSize(17_501);
            assertThat(rows.get(rows.size() - 1)).isEqualTo(new CsvRow(17_502, List.of("€", "é")));
            assertThat(reader.findings()).isEmpty();
        }
    }

    @Test
    void manyRowsAreStreamed() throws IOException {
        Path file = dir.resolve("groot.csv");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("onderdeel;categorie;aantal\r\n");
            for (int i = 0; i < 200_000; i++) {
                out.write("Dienst " + i + ";\"c) Lekken; misbruik\";" + i + "\r\n");
            }
        }
        try (SpreadsheetCsvReader reader = SpreadsheetCsvReader.open(file, DEFAULT)) {
            long n = 0;
            CsvRow last = null;
            for (var row = reader.next(); row.isPresent(); row = reader.next()) {
                n++;
                last = row.get();
            }
            assertThat(n).isEqualTo(200_000);
            // last data row: i = 199,999 on row 1 + 200,000 = 200,001
            assertThat(last).isEqualTo(new CsvRow(200_001, List.of("Dienst 199999", "c) Lekken; misbruik", "199999")));
        }
    }

    private Dialect dialectOf(String content) throws IOException {
        try (SpreadsheetCsvReader reader = SpreadsheetCsvReader.open(write(content), DEFAULT)) {
            return reader.dialect().orElseThrow();
        }
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "t", ".csv");
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static List<CsvRow> readAll(SpreadsheetCsvReader reader) {
        List<CsvRow> rows = new ArrayList<>();
        for (var row = reader.next(); row.isPresent(); row = reader.next()) {
            rows.add(row.get());
        }
        return rows;
    }

    private static void assertLimit(SpreadsheetCsvReader reader, long regel) {
        assertThat(reader.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(BevindingCode.LIMIET_OVERSCHREDEN);
            assertThat(f.ernst()).isEqualTo(Ernst.FOUT);
            assertThat(f.regel()).isEqualTo(regel);
            assertThat(f.melding()).startsWith("Regel " + regel);
        });
        assertThat(reader.next()).isEmpty();
    }

    private static Bevinding assertFatal(Path file, BevindingCode code, boolean dialectKnown) {
        return assertFatal(file, code, dialectKnown, DEFAULT);
    }

    private static Bevinding assertFatal(Path file, BevindingCode code, boolean dialectKnown, JbrProperties.Limits limits) {
        try (SpreadsheetCsvReader reader = SpreadsheetCsvReader.open(file, limits)) {
            assertThat(reader.findings()).hasSize(1);
            Bevinding f = reader.findings().get(0);
            assertThat(f.code()).isEqualTo(code);
            assertThat(f.ernst()).isEqualTo(Ernst.FOUT);
            assertThat(f.melding()).isNotBlank();
            assertThat(reader.dialect().isPresent()).isEqualTo(dialectKnown);
            assertThat(reader.header()).isEmpty();
            assertThat(reader.next()).isEmpty();
            assertThat(reader.gegevensregels()).isZero();
            return f;
        }
    }
}
