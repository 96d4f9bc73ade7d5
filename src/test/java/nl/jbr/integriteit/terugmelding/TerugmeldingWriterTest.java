package nl.jbr.integriteit.terugmelding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.bevinding.Ernst;
import nl.jbr.integriteit.uitvoer.Templates;

class TerugmeldingWriterTest {

    @TempDir
    Path root;

    private final TerugmeldingWriter writer = new TerugmeldingWriter(new Templates("classpath:jobs/"));

    private static Terugmelding report(String naam, boolean geaccepteerd, String inGebruik, List<Bevinding> bevindingen) {
        return new Terugmelding("BZK", 2024, naam, 2, "ab12cd34", "incidenten", geaccepteerd, 1234, geaccepteerd ? 1234 : 0,
                "puntkomma-gescheiden, UTF-8", inGebruik, bevindingen);
    }

    @Test
    void writesCsvInTheGivenOrderSafeForSpreadsheets() throws IOException {
        List<Bevinding> bevindingen = List.of(
                Bevinding.bestand(Ernst.WAARSCHUWING, BevindingCode.KOLOM_ONBEKEND, "De kolom 'x' is onbekend."),
                Bevinding.fout(7, "categorie", "=SOM(A1)", BevindingCode.CATEGORIE_ONBEKEND, "Regel 7: onbekende categorie."),
                Bevinding.waarschuwing(3, "subcategorie", "regel een\nregel; twee \"q\"", BevindingCode.SUBCATEGORIE_ONBEKEND,
                        "Regel 3: onbekende subcategorie."));
        Path csv = schrijf(root, report("incidenten.CSV", false, null, bevindingen));

        assertThat(csv).isEqualTo(root.resolve("terugmelding/BZK/2024/incidenten.csv"));
        assertThat(root.resolve("terugmelding/BZK/2024/incidenten.html")).isRegularFile();
        List<CSVRecord> records = parse(csv);
        assertThat(records.get(0).toList()).containsExactly("regel", "kolom", "waarde", "ernst", "code", "melding", "blad");
        // order as given (the caller sorts by line), not fouten first; file-level finding has an empty regel
        assertThat(records.get(1).toList()).containsExactly("", "", "", "waarschuwing", "KOLOM_ONBEKEND",
                "De kolom 'x' is onbekend.", "");
        assertThat(records.get(2).toList()).containsExactly("7", "categorie", "'=SOM(A1)", "fout", "CATEGORIE_ONBEKEND",
                "Regel 7: onbekende categorie.", "");
        assertThat(records.get(3).toList()).containsExactly("3", "subcategorie", "regel een\nregel; twee \"q\"", "waarschuwing",
                "SUBCATEGORIE_ONBEKEND", "Regel 3: onbekende subcategorie.", "");
        assertThat(records).hasSize(4);
        assertThat(Files.readAllBytes(csv)).startsWith("regel,kolom".getBytes(StandardCharsets.UTF_8)); // no BOM
    }

    @Test
    void workbookFindingsNameTheirSheetAndComeAlsoAsXlsx() throws IOException {
        List<Bevinding> bevindingen = List.of(
                Bevinding.fout(12, "categorie", "zz", BevindingCode.CATEGORIE_ONBEKEND, "Regel 12: onbekende categorie.")
                        .opBlad("Incidenten", "Incidenten!E12: onbekende categorie."));
        Path csv = schrijf(root, report("registratie 2024.xlsx", false, null, bevindingen));

        // the stem drops .xlsx as it drops .csv
        assertThat(csv).isEqualTo(root.resolve("terugmelding/BZK/2024/registratie 2024.csv"));
        List<CSVRecord> records = parse(csv);
        assertThat(records.get(1).toList()).containsExactly("12", "categorie", "zz", "fout", "CATEGORIE_ONBEKEND",
                "Incidenten!E12: onbekende categorie.", "Incidenten");
        Path xlsx = root.resolve("terugmelding/BZK/2024/registratie 2024.xlsx");
        assertThat(xlsx).isRegularFile();
        String blad;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            blad = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        // header in row 1 (frozen, filter), regel a number in A2, the sheet name in G2
        assertThat(blad).contains("<c r=\"A1\" t=\"inlineStr\" s=\"2\"><is><t xml:space=\"preserve\">regel</t></is></c>",
                "<c r=\"A2\" s=\"3\"><v>12</v></c>",
                "<c r=\"G2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Incidenten</t></is></c>",
                "<pane ySplit=\"1\" topLeftCell=\"A2\"", "<autoFilter ref=\"A1:G2\"/>");
        assertThat(Files.readString(root.resolve("terugmelding/BZK/2024/registratie 2024.html")))
                .contains("<a href=\"registratie%202024.xlsx\">"); // a space is no URL character (issue 23 item 3)
    }

    @Test
    void htmlShowsAcceptanceCountsAndFindingsInOrder() throws IOException {
        List<Bevinding> bevindingen = List.of(
                Bevinding.waarschuwing(2, "subcategorie", "Fraudee", BevindingCode.SUBCATEGORIE_ONBEKEND, "Regel 2: onbekende subcategorie."),
                Bevinding.waarschuwing(9, "aantal", "", BevindingCode.WAARDE_GECORRIGEERD, "Regel 9: gecorrigeerd."));
        schrijf(root, report("incidenten.csv", true, "Versie 2 van dit bestand is in gebruik.", bevindingen));
        String html = Files.readString(root.resolve("terugmelding/BZK/2024/incidenten.html"));

        assertThat(html).contains("<html lang=\"nl\">", "<title>Terugmelding incidenten.csv</title>",
                "<h1>Terugmelding incidenten.csv</h1>", "Geaccepteerd", "Het bestand telt mee",
                "Versie 2 van dit bestand is in gebruik.", "ab12cd34", "BZK", "2024",
                "incidenten (registratieformulier integriteitsschendingen)", "puntkomma-gescheiden, UTF-8",
                "<caption id=\"bevindingen-bijschrift\">", "<th scope=\"col\">Regel</th>");
        assertThat(html).doesNotContain("Afgekeurd", "Geen bevindingen.");
        // 1234 rows, Dutch grouping
        assertThat(html).contains("<dt>Gegevensregels</dt><dd>1.234</dd>");
        // two warnings, no errors
        assertThat(html).contains("<dt>Fouten</dt><dd>0</dd>", "<dt>Waarschuwingen</dt><dd>2</dd>", "(0 fouten, 2 waarschuwingen)");
        assertThat(html.indexOf("Regel 2: onbekende subcategorie.")).isLessThan(html.indexOf("Regel 9: gecorrigeerd."));
        assertSelfContained(html);
    }

    @Test
    void rejectedFileSaysTheEarlierVersionStaysInForce() throws IOException {
        List<Bevinding> bevindingen = List.of(
                Bevinding.waarschuwing(2, "subcategorie", "x", BevindingCode.SUBCATEGORIE_ONBEKEND, "Regel 2: waarschuwing."),
                Bevinding.fout(4, "categorie", "z", BevindingCode.CATEGORIE_ONBEKEND, "Regel 4: fout."),
                Bevinding.fout(5, "onderdeel", "", BevindingCode.WAARDE_ONTBREEKT, "Regel 5: fout."));
        schrijf(root, report("incidenten.csv", false, "Versie 1 van dit bestand (ontvangen 2025-03-01) blijft in gebruik.",
                bevindingen));
        String html = Files.readString(root.resolve("terugmelding/BZK/2024/incidenten.html"));

        assertThat(html).contains("Afgekeurd", "Het bestand wordt niet geaccepteerd en telt niet mee; de eerder geaccepteerde versie blijft in gebruik.",
                "Versie 1 van dit bestand (ontvangen 2025-03-01) blijft in gebruik.");
        assertThat(html).doesNotContain(">Geaccepteerd<");
        // 2 fouten (rows 4 and 5), 1 waarschuwing (row 2)
        assertThat(html).contains("<dt>Fouten</dt><dd>2</dd>", "<dt>Waarschuwingen</dt><dd>1</dd>", "(2 fouten, 1 waarschuwing)");
        // given order kept: the warning of row 2 comes before the errors
        assertThat(html.indexOf("Regel 2: waarschuwing.")).isLessThan(html.indexOf("Regel 4: fout."));

        schrijf(root, report("nieuw.csv", false, null, bevindingen));
        String zonder = Files.readString(root.resolve("terugmelding/BZK/2024/nieuw.html"));
        assertThat(zonder).contains("Het bestand wordt niet geaccepteerd en telt niet mee; herstel de fouten hieronder en lever het bestand opnieuw aan.")
                .doesNotContain("eerder geaccepteerde versie");
    }

    @Test
    void noFindings() throws IOException {
        Path csv = schrijf(root, report("schoon.csv", true, null, List.of()));
        assertThat(parse(csv)).hasSize(1);
        String html = Files.readString(root.resolve("terugmelding/BZK/2024/schoon.html"));
        assertThat(html).contains("<p>Geen bevindingen.</p>").doesNotContain("<table");
    }

    @Test
    void everythingFromInputIsEscaped() throws IOException {
        String naam = "<script>alert(\"x\")</script> 'a' &lt;.csv";
        Bevinding f = Bevinding.fout(3, "<b>kolom</b>", "<img src=x onerror=alert(1)> \"'&lt;", BevindingCode.WAARDE_ONGELDIG,
                "Regel 3: <script>bad()</script> & 'quote'");
        Path csv = schrijf(root, new Terugmelding("BZK", 2024, naam, 1, "<sha>", null, false, 1, 0, null,
                "<i>oud</i>", List.of(f)));
        String html = Files.readString(csv.resolveSibling(csv.getFileName().toString().replace(".csv", ".html")));

        assertThat(html).doesNotContain("<script", "<img", "<b>kolom", "<i>oud", "<sha>");
        assertThat(html).contains(
                "Terugmelding &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;a&#39; &amp;lt;.csv",
                "&lt;b&gt;kolom&lt;/b&gt;",
                "&lt;img src=x onerror=alert(1)&gt; &quot;&#39;&amp;lt;",
                "Regel 3: &lt;script&gt;bad()&lt;/script&gt; &amp; &#39;quote&#39;",
                "&lt;i&gt;oud&lt;/i&gt;", "&lt;sha&gt;", "niet herkend");
        assertSelfContained(html);
        // the CSV keeps the text as written
        assertThat(parse(csv).get(1).get(5)).isEqualTo("Regel 3: <script>bad()</script> & 'quote'");
    }

    @Test
    void hostileFileNamesStayInsideTheFeedbackFolder() throws IOException {
        Path output = root.resolve("output");
        Path dir = output.resolve("terugmelding/BZK/2024");
        // "../../x": '/' -> '_' gives ".._.._x", then each ".." -> "__": 6 underscores and x
        assertThat(schrijf(output, report("../../x.csv", true, null, List.of()))).isEqualTo(dir.resolve("______x.csv"));
        assertThat(schrijf(output, report("..\\..\\y.CSV", true, null, List.of()))).isEqualTo(dir.resolve("______y.csv"));
        assertThat(schrijf(output, report("-rf.csv", true, null, List.of()))).isEqualTo(dir.resolve("_rf.csv"));
        assertThat(schrijf(output, report(".hidden.csv", true, null, List.of()))).isEqualTo(dir.resolve("_hidden.csv"));
        assertThat(schrijf(output, report("a\u0000b\nc\u202Ed.csv", true, null, List.of()))).isEqualTo(dir.resolve("a_b_c_d.csv"));
        assertThat(schrijf(output, report("..", true, null, List.of()))).isEqualTo(dir.resolve("__.csv"));
        assertThat(schrijf(output, report(".csv", true, null, List.of()))).isEqualTo(dir.resolve("_.csv"));
        // spaces and accents stay
        assertThat(schrijf(output, report("Opgave BZK é ë 2024.csv", true, null, List.of())))
                .isEqualTo(dir.resolve("Opgave BZK é ë 2024.csv"));
        // a long name is capped at 150 UTF-8 bytes: "é" is 2 bytes, so 75 of them
        Path lang = schrijf(output, report("é".repeat(300) + ".csv", true, null, List.of()));
        assertThat(lang).isEqualTo(dir.resolve("é".repeat(75) + ".csv"));
        // a hostile ministry code (the folder name) is sanitised the same way:
        // "../.." -> ".._.." -> "__" + "_" + "__" = 5 underscores
        assertThat(schrijf(output, new Terugmelding("../..", 2024, "x.csv", 1, "s", null, true, 0, 0, null, null, List.of())))
                .isEqualTo(output.resolve("terugmelding/_____/2024/x.csv"));

        // nothing was written outside output/terugmelding, and no temp files remain
        try (Stream<Path> all = Files.walk(root)) {
            List<Path> files = all.filter(Files::isRegularFile).toList();
            assertThat(files).allSatisfy(p -> assertThat(p.startsWith(output.resolve("terugmelding"))).isTrue());
            assertThat(files).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
            assertThat(files).hasSize(3 * 10);
        }
    }

    @Test
    void rewritingReplacesTheEarlierFeedback() throws IOException {
        schrijf(root, report("f.csv", false, null,
                List.of(Bevinding.fout(2, "a", "b", BevindingCode.WAARDE_ONGELDIG, "Regel 2: fout."))));
        Path csv = schrijf(root, report("f.csv", true, null, List.of()));
        assertThat(parse(csv)).hasSize(1);
        assertThat(Files.readString(csv.resolveSibling("f.html"))).contains("Geen bevindingen.");
        try (Stream<Path> files = Files.list(csv.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("f.csv", "f.html", "f.xlsx");
        }
    }

    private static void assertSelfContained(String html) {
        assertThat(html).doesNotContain("<script", "<link", "src=\"", "http://", "https://", "@import");
    }

    /** All records, the header row included. */
    private static List<CSVRecord> parse(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().get().parse(in).getRecords();
        }
    }

    /**
     * A run after one changed file rewrites that file's feedback only: pages written from the same fingerprint are
     * left as they are (their "made on" line keeps its date); another fingerprint, or a missing file, writes again.
     */
    @Test
    void feedbackWithTheSameFingerprintIsNotWrittenAgain() throws IOException {
        List<Bevinding> bevindingen = List.of(Bevinding.fout(7, "categorie", "zz", BevindingCode.CATEGORIE_ONBEKEND,
                "Regel 7: onbekende categorie."));
        Terugmelding melding = report("incidenten.csv", false, null, bevindingen);
        Path csv = schrijf(root, melding, "Gemaakt door run 1", "f1");
        Path html = root.resolve("terugmelding/BZK/2024/incidenten.html");
        Path xlsx = root.resolve("terugmelding/BZK/2024/incidenten.xlsx");
        assertThat(Files.readString(html)).contains("<meta name=\"jbr-vingerafdruk\" content=\"f1\">", "Gemaakt door run 1");

        schrijf(root, melding, "Gemaakt door run 2", "f1");
        assertThat(Files.readString(html)).contains("Gemaakt door run 1").doesNotContain("run 2");

        schrijf(root, melding, "Gemaakt door run 3", "f2"); // what it says changed
        assertThat(Files.readString(html)).contains("content=\"f2\"", "Gemaakt door run 3");

        Files.delete(xlsx); // a file gone: all three are written again
        schrijf(root, melding, "Gemaakt door run 4", "f2");
        assertThat(xlsx).isRegularFile();
        assertThat(Files.readString(html)).contains("Gemaakt door run 4");

        schrijf(root, melding, "Gemaakt door run 5", null); // no fingerprint: always
        assertThat(Files.readString(html)).contains("Gemaakt door run 5").doesNotContain("jbr-vingerafdruk");
        assertThat(csv).isRegularFile();
    }

    @Test
    void theFingerprintChangesWithWhatTheFeedbackSaysAndWithTheCode() {
        Terugmelding a = report("incidenten.csv", true, "Versie 2 is in gebruik.", List.of());
        Terugmelding b = report("incidenten.csv", true, "Versie 1 blijft in gebruik.", List.of());
        assertThat(Terugmeldingen.vingerafdruk("code", a)).isEqualTo(Terugmeldingen.vingerafdruk("code", a))
                .isNotEqualTo(Terugmeldingen.vingerafdruk("code", b))
                .isNotEqualTo(Terugmeldingen.vingerafdruk("andere code", a));
        assertThat(Terugmeldingen.vingerafdruk(null, a)).isNull();
    }

    /** Reserves the place of one file's feedback and writes it there, as the feedback step does for each file. */
    private Path schrijf(Path root, Terugmelding report) {
        return schrijf(root, report, "", null);
    }

    private Path schrijf(Path root, Terugmelding report, String stempel, String vingerafdruk) {
        TerugmeldingWriter.Plek plek = writer.reserveer(root, report, new java.util.HashSet<>());
        writer.write(plek, report, stempel, vingerafdruk);
        return plek.csv();
    }
}
