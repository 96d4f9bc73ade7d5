package nl.jbr.integriteit.vijandig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.jbr.integriteit.JbrIntegriteitApplication;
import nl.jbr.integriteit.ingest.Archief;

/**
 * The corpus of bad input (issue 5 items 1 and 4), end to end: one drop folder holds every kind of bad input
 * of {@link Corpus} next to four good files; the whole pipeline runs once over it, then each case checks its
 * own outcome in the ledger ({@code bestandsversie}, {@code bevinding}) and the feedback. A second run replaces
 * a good file by a broken version; a third run, in another folder, holds only the good files. The 2023 tables
 * (where every hostile file is rejected) must come out byte for byte as in that third run.
 */
class VijandigeInvoerTest {

    @TempDir
    static Path tmp;

    // with a kengetallen file each: an unreadable file in a folder counts as a rejected attempt at every form, so
    // without an accepted one the kengetallen tables would rightly say 'opgave afgekeurd' instead of 'geen opgave'
    private static final List<String> GOED = List.of("BZK/2023/incidenten.csv", "BZK/2023/personeel.csv",
            "BZK/2023/kengetallen.csv", "FIN/2023/incidenten.csv", "FIN/2023/personeel.csv", "FIN/2023/kengetallen.csv");

    private static List<Geval> gevallen;
    private static Path root;
    /** ministerie/jaar/bestandsnaam -> the latest version of it in the ledger after the first run. */
    private static final Map<String, Versie> versies = new HashMap<>();
    private static final Map<Long, List<Bevinding>> bevindingen = new HashMap<>();
    private static final Map<String, String> feedbackNaRun1 = new TreeMap<>();
    private static final Map<String, String> tabellen2023NaRun1 = new TreeMap<>();
    private static final Map<String, String> tabellen2023NaRun2 = new TreeMap<>();
    private static final Map<String, String> tabellen2023Basis = new TreeMap<>();
    private static List<String> inGebruikNaRun1;
    private static List<String> inGebruikNaRun2;
    private static List<String> inGebruikBasis;
    private static String feedbackHtmlNaRun2;
    private static String uitvoerRun1;

    record Versie(long id, String status, long gegevensregels) {
    }

    record Bevinding(long regel, String kolom, String waarde, String ernst, String code) {
    }

    @BeforeAll
    static void draaiAlles() throws Exception {
        System.setProperty("jbr.limits.max-rows", Long.toString(Corpus.MAX_RIJEN));
        System.setProperty("jbr.limits.max-file-bytes", Long.toString(Corpus.MAX_BYTES));
        root = tmp.resolve("corpus");
        Path buiten = root.resolve("buiten/geheim.csv");
        Files.createDirectories(buiten.getParent());
        Files.writeString(buiten, Corpus.BUITEN_INHOUD);
        gevallen = Corpus.gevallen(buiten);
        Path input = root.resolve("input");
        for (String goed : GOED) {
            kopieer(Corpus.goed(goed), input.resolve(goed));
        }
        for (Geval g : gevallen) {
            Path pad = input.resolve(g.map()).resolve(g.bestandsnaam());
            Files.createDirectories(pad.getParent());
            g.inhoud().schrijf(pad);
        }

        uitvoerRun1 = run(root);
        leesGrootboek(root);
        try (Stream<Path> s = Files.walk(root.resolve("output/terugmelding"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                // the .xlsx feedback is a zip: compared and searched byte for byte (ISO-8859-1 keeps every byte)
                feedbackNaRun1.put(root.resolve("output").relativize(p).toString(), Files.readString(p,
                        p.toString().endsWith(".xlsx") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
            }
        }
        tabellen(root, tabellen2023NaRun1);
        inGebruikNaRun1 = inGebruik(root);

        // second run: the good BZK incidenten file is replaced by a broken version (unclosed quote)
        Path goedBestand = input.resolve("BZK/2023/incidenten.csv");
        Files.writeString(goedBestand, Files.readString(goedBestand) + "BZK-5;DGOO;2023;BZK;\"kapot\n");
        run(root);
        tabellen(root, tabellen2023NaRun2);
        inGebruikNaRun2 = inGebruik(root);
        feedbackHtmlNaRun2 = Files.readString(root.resolve("output/terugmelding/BZK/2023/incidenten.html"));

        // baseline: the good files alone
        Path basis = tmp.resolve("basis");
        for (String goed : GOED) {
            kopieer(Corpus.goed(goed), basis.resolve("input").resolve(goed));
        }
        run(basis);
        tabellen(basis, tabellen2023Basis);
        inGebruikBasis = inGebruik(basis);
    }

    @AfterAll
    static void ruimOp() {
        System.clearProperty("jbr.limits.max-rows");
        System.clearProperty("jbr.limits.max-file-bytes");
    }

    static List<Geval> gevallen() {
        return Corpus.gevallen(Path.of("buiten"));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("gevallen")
    void elkeSoortSlechteInvoerKrijgtZijnUitkomst(Geval geval) {
        Geval g = gevallen.stream().filter(x -> x.soort().equals(geval.soort())).findFirst().orElseThrow();
        String sleutel = g.weergave();
        Versie versie = versies.get(sleutel);
        if (g.uitkomst() == Geval.Uitkomst.GENEGEERD) {
            assertThat(versie).as("ignored entries never reach the ledger").isNull();
            assertThat(feedbackNaRun1.keySet()).noneMatch(k -> k.contains(g.map().replace('/', java.io.File.separatorChar)
                    + java.io.File.separator + stem(g.bestandsnaam())));
            // listed with its reason in beheer/genegeerd.csv: the entry itself, or the folder it is in
            List<String> paden = genegeerdePaden();
            assertThat(paden).as(sleutel).anyMatch(p -> sleutel.equals(p) || (p.endsWith("/") && sleutel.startsWith(p)));
            return;
        }
        assertThat(versie).as("in the ledger: " + sleutel).isNotNull();
        List<Bevinding> lijst = bevindingen.getOrDefault(versie.id(), List.of());
        if (g.uitkomst() == Geval.Uitkomst.AFGEKEURD) {
            assertThat(versie.status()).as(lijst.toString()).isEqualTo("afgekeurd");
            assertThat(lijst).anyMatch(b -> b.ernst().equals("fout"));
        } else {
            assertThat(versie.status()).as(lijst.toString()).isEqualTo("geaccepteerd");
            assertThat(lijst).noneMatch(b -> b.ernst().equals("fout"));
            if (g.code() == null) {
                assertThat(lijst).isEmpty();
            }
        }
        if (g.code() != null) {
            assertThat(lijst).as("findings of " + sleutel).anyMatch(b -> b.code().equals(g.code().name())
                    && (g.regel() == null || b.regel() == g.regel())
                    && (g.kolom() == null || b.kolom().equals(g.kolom())));
        }
    }

    @Test
    void erZijnMinstensVijfenveertigSoorten() {
        // the issue asks for at least forty kinds; two more have their own test class: a file that changes while it
        // is read (WijzigendBestandTest) and file names that are not UTF-8 (OnleesbareNaamTest)
        assertThat(gevallen).hasSizeGreaterThanOrEqualTo(45);
        assertThat(gevallen.stream().map(Geval::soort).distinct()).hasSameSizeAs(gevallen);
        System.out.println("VIJANDIG corpus kinds=" + gevallen.size() + " (+2 in WijzigendBestandTest, OnleesbareNaamTest)");
        gevallen.forEach(g -> System.out.println("VIJANDIG kind: " + g.soort() + " -> " + g.uitkomst().name().toLowerCase()
                + (g.code() == null ? "" : " " + g.code()) + (g.regel() == null ? "" : " regel " + g.regel())
                + (g.kolom() == null ? "" : " kolom " + g.kolom())));
    }

    @Test
    void deRunSlaagtEnTeltAlleBestanden() {
        // processed: 4 good + every case that is not ignored; the run exits 0 (asserted in run())
        long verwerkt = GOED.size() + gevallen.stream().filter(g -> g.uitkomst() != Geval.Uitkomst.GENEGEERD).count();
        assertThat(uitvoerRun1).contains("Bestanden: " + verwerkt + " gezien");
    }

    @Test
    void geenStacktraceInDeTerugmelding() {
        assertThat(feedbackNaRun1).isNotEmpty();
        feedbackNaRun1.forEach((pad, inhoud) -> assertThat(inhoud).as(pad)
                .doesNotContain("Exception").doesNotContain("at nl.").doesNotContain("at java."));
    }

    @Test
    void goedeBestandenGevenDezelfdeTabellenAlsZonderVijandigeBestanden() throws IOException {
        assertThat(tabellen2023Basis).isNotEmpty();
        // byte for byte: rejected files next to the good ones change nothing in the published year
        assertThat(tabellen2023NaRun1).isEqualTo(tabellen2023Basis);
        assertThat(inGebruikNaRun1).isEqualTo(inGebruikBasis).isNotEmpty();
    }

    @Test
    void eenKapotteNieuweVersieLaatDeGoedeInGebruik() {
        assertThat(inGebruikNaRun2).isEqualTo(inGebruikBasis);
        assertThat(tabellen2023NaRun2).isEqualTo(tabellen2023Basis);
        assertThat(feedbackHtmlNaRun2).contains("Afgekeurd").contains("versie 1").contains("blijft in gebruik");
    }

    @Test
    void eenSymbolischeLinkWordtNooitGevolgdOfGearchiveerd() throws IOException {
        String sha = Archief.sha256(root.resolve("buiten/geheim.csv"));
        assertThat(new Archief(root.resolve("data")).pad(sha)).doesNotExist();
        try (Stream<Path> s = Files.walk(root.resolve("data/archief"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(p, StandardCharsets.ISO_8859_1)).doesNotContain("Geheim buiten de invoermap");
            }
        }
    }

    @Test
    void nietsBuitenDeUitvoermap() throws IOException {
        // the run writes nothing next to input/, output/, data/ and the test's own buiten/
        try (Stream<Path> s = Files.list(root)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("input", "output", "data", "buiten");
        }
        Path output = root.resolve("output").toRealPath();
        try (Stream<Path> s = Files.walk(output)) {
            for (Path p : s.toList()) {
                assertThat(Files.isSymbolicLink(p)).as(p.toString()).isFalse();
                assertThat(p.toRealPath()).startsWith(output);
            }
        }
        // ignored folders get no feedback folder; they are listed, with the reason, in beheer/genegeerd.csv
        assertThat(root.resolve("output/terugmelding/XYZ")).doesNotExist();
        assertThat(root.resolve("output/terugmelding/EZK")).doesNotExist();
        // a year folder no report can be about is not published
        try (Stream<Path> s = Files.list(root.resolve("output"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("openbaar", "terugmelding", "beheer");
        }
        try (Stream<Path> s = Files.list(root.resolve("output/openbaar"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("2023", "2024", "index.html", "formulieren", "catalogus.ttl"); // + the form (issue 11), the open-data catalogue (issue 23)
        }
        assertThat(Files.readString(root.resolve("output/beheer/genegeerd.csv"))).contains("XYZ/").contains("2O24")
                .contains("@SUM(1+1) link.csv").contains("x.csv")
                .contains("\n'=HYPERLINK(1+1)/,").contains("\nbzk/,");
    }

    @Test
    void vijandigeNamenWordenVeiligeNamenInDeTerugmelding() {
        // by hand from TerugmeldingWriter.veiligeNaam: / \ : * ? " < > | and invisible characters become _,
        // '..' becomes '__', a leading dash becomes '_'; spaces and accents stay
        assertThat(feedbackNaRun1).containsKeys(
                "terugmelding/BZK/2024/mijn meldingen 2024 (def).csv",
                "terugmelding/BZK/2024/meldingen Caraïbisch één.csv",
                "terugmelding/BZK/2024/_rf --no-preserve-root.csv",
                "terugmelding/BZK/2024/rapport__2024.csv",
                "terugmelding/BZK/2024/_img src=x onerror=alert(1)_.csv",
                "terugmelding/BZK/2024/factuur_gpj.csv",
                "terugmelding/BZK/2024/aanhalings_teken_backslash.csv",
                "terugmelding/BZK/2024/nieuwe_regel.csv");
        // 'botsing:1.csv' (rejected) and 'botsing_1.csv' (accepted) both become 'botsing_1': in name order the first
        // keeps it, the second gets ' (2)'; neither overwrites the other's feedback
        assertThat(feedbackNaRun1.get("terugmelding/BZK/2024/botsing_1.csv")).contains("CATEGORIE_ONBEKEND");
        assertThat(feedbackNaRun1.get("terugmelding/BZK/2024/botsing_1.html")).contains("botsing:1.csv").contains("Afgekeurd");
        assertThat(feedbackNaRun1.get("terugmelding/BZK/2024/botsing_1 (2).html")).contains("botsing_1.csv").contains("Geaccepteerd");
        // the page shows the name as given, escaped
        String pagina = feedbackNaRun1.get("terugmelding/BZK/2024/_img src=x onerror=alert(1)_.html");
        assertThat(pagina).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;.csv");
    }

    @Test
    void eenRegeleindeInEenBestandsnaamVervalstGeenLogregel() throws IOException {
        // the log names every file; 'nieuwe\nregel.csv' must stay on one line, or a name could forge a log line
        List<String> regels = Files.readAllLines(root.resolve("data/logs/jbr-integriteit.log"));
        assertThat(regels).anyMatch(r -> r.contains("nieuwe?regel.csv"));
        assertThat(regels).noneMatch(r -> r.startsWith("regel.csv"));
    }

    @Test
    void hetManifestBlijftGeldigeJsonZonderDeNamenVanBestanden() throws IOException {
        // a file name can hold a person's name or a count: the public manifest names no input file (issue 21); BZK's
        // inleverstatus names them as given, in a CSV that reads back
        String tekst = Files.readString(root.resolve("output/openbaar/2024/manifest.json"));
        tools.jackson.databind.JsonNode manifest = new tools.jackson.databind.ObjectMapper().readTree(tekst);
        assertThat(manifest.findValues("bestandsnaam")).isEmpty();
        assertThat(manifest.get("invoer").size()).isPositive();
        for (String naam : List.of("aanhalings", "nieuwe", "onerror", "factuur", "no-preserve-root")) {
            assertThat(tekst).doesNotContain(naam);
        }
        List<String> namen = new ArrayList<>();
        try (var r = Files.newBufferedReader(root.resolve("output/beheer/inleverstatus/2024.csv"));
             var csv = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            csv.forEach(rij -> namen.add(rij.get("bestand")));
        }
        assertThat(namen).contains("aanhalings\"teken\\backslash.csv", "<img src=x onerror=alert(1)>.csv",
                "'-rf --no-preserve-root.csv"); // a leading '-' neutralised for spreadsheets
    }

    @Test
    void formulesWordenInElkeGeschrevenCsvOnschadelijkGemaakt() throws IOException {
        List<Path> csvs;
        try (Stream<Path> s = Files.walk(root.resolve("output"))) {
            csvs = s.filter(p -> p.toString().endsWith(".csv")).toList();
        }
        int formules = 0;
        for (Path csv : csvs) {
            for (CSVRecord r : records(csv)) {
                for (String cel : r) {
                    if (cel.startsWith("'=") || cel.startsWith("'+") || cel.startsWith("'@") || cel.startsWith("'-")) {
                        formules++;
                    }
                    boolean getal = cel.matches("-?\\d+(\\.\\d+)?");
                    assertThat(getal || cel.isEmpty() || "=+-@\t\r".indexOf(cel.charAt(0)) < 0)
                            .as(csv + ": " + cel).isTrue();
                }
            }
        }
        // the published 2024 tables show the formula cells of the accepted files, neutralised
        String overzicht = Files.readString(root.resolve("output/openbaar/2024/rijk/overzicht_incidenten.csv"));
        assertThat(overzicht).contains("'@SUM(1+1)").contains("'=HYPERLINK(");
        assertThat(Files.readString(root.resolve("output/openbaar/2024/rijk/meldingen_per_onderdeel.csv"))).contains("'+1+cmd");
        assertThat(Files.readString(root.resolve("output/openbaar/2024/rijk/nevenwerkzaamheden_per_onderdeel.csv")))
                .contains("'=HYPERLINK(").contains("'@SUM(1+1)");
        // the feedback of the rejected file quotes the value, neutralised
        assertThat(feedbackNaRun1.get("terugmelding/FIN/2023/formule-categorie.csv")).contains("'=HYPERLINK(");
        assertThat(formules).isGreaterThan(10);
    }

    @Test
    void genormaliseerdeTekstIsWatGeladenEnGepubliceerdWordt() throws IOException {
        // issue 10 item 3, by hand from Corpus.tekens(): 'lijkt-op.csv' has 'Lijkt Op' (lines 2 and 4) and 'Lijkt Оp'
        // with a Cyrillic О (line 3): one onderdeel with 3 meldingen under the first spelling; 'nul-breedte.csv' has
        // 'Nul Breedte' and 'Nul<ZWSP><NBSP>Breedte': one onderdeel with 2 meldingen
        List<CSVRecord> rijen = records(root.resolve("output/openbaar/2024/rijk/meldingen_per_onderdeel.csv"));
        List<String> regels = rijen.stream().map(r -> String.join("|", r)).toList();
        assertThat(regels).contains("BZK|Lijkt Op|3", "BZK|Nul Breedte|2")
                .noneMatch(r -> r.contains("\u041E") || r.contains("\u200B") || r.contains("\u00A0"));
        // full-width formula signs are neutralised too (SafeCsv)
        assertThat(regels).contains("BZK|'\uFF1DHYPERLINK(1)|1", "BZK|'\uFF0BPlus(1)|1", "BZK|'\uFF0DMin(1)|1",
                "BZK|'\uFF20Apenstaart(1)|1");
        // the feedback names the removed characters and the column
        assertThat(feedbackNaRun1.get("terugmelding/BZK/2024/nul-breedte.csv"))
                .contains("3,onderdeel,Nul<U+200B>\u00A0Breedte,waarschuwing,ONZICHTBARE_TEKENS_VERWIJDERD").contains("U+200B");
        assertThat(feedbackNaRun1.get("terugmelding/FIN/2023/totaal-fin.csv"))
                .contains("Regel 4 lijkt een totaalregel ('Totaal FIN' in kolom 'onderdeel'); laat totalen weg, wij tellen zelf op.");
    }

    @Test
    void htmlUitDeInvoerWordtEscaped() throws IOException {
        String index = Files.readString(root.resolve("output/openbaar/2024/index.html"));
        assertThat(index).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b onmouseover")
                .contains("&lt;script&gt;alert(2)&lt;/script&gt;").contains("&lt;script&gt;alert(9)&lt;/script&gt;");
        // an entity in the input is shown as the text it is, not decoded
        assertThat(index).doesNotContain("&lt;script&gt;alert(5)").contains("&amp;lt;script&amp;gt;alert(5)");
        assertThat(feedbackNaRun1.get("terugmelding/BZK/2024/html-kop.html")).contains("&lt;svg onload=alert(8)&gt;");
        String pagina = feedbackNaRun1.get("terugmelding/FIN/2023/html-categorie.html");
        assertThat(pagina).doesNotContain("<script>alert(6)").doesNotContain("<svg onload")
                .contains("&lt;script&gt;alert(6)&lt;/script&gt;");
        for (Map.Entry<String, String> e : feedbackNaRun1.entrySet()) {
            if (e.getKey().endsWith(".html")) {
                assertThat(e.getValue()).as(e.getKey()).doesNotContain("<script").doesNotContain("<img").doesNotContain("<svg");
            }
        }
        // every published page, rijksbreed and per ministry (the pages draw their charts as inline svg themselves)
        List<Path> paginas;
        try (Stream<Path> s = Files.walk(root.resolve("output"))) {
            paginas = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(paginas).anyMatch(p -> p.endsWith("ministeries/BZK/index.html"));
        for (Path p : paginas) {
            assertThat(Files.readString(p)).as(p.toString()).doesNotContain("<script").doesNotContain("<img")
                    .doesNotContain("<b onmouseover").doesNotContain("<svg onload");
        }
    }

    @Test
    void eenLangeCelWordtIngekortInDeTerugmelding() {
        // one 90,000-character cell must not be echoed whole (twice: waarde and melding) into the feedback;
        // a file within the limits could otherwise hold 1,000 of them: 180 MB of feedback and heap
        String csv = feedbackNaRun1.get("terugmelding/FIN/2023/lange-cel.csv");
        assertThat(csv.length()).isLessThan(2_000);
        assertThat(csv).contains("ZonnebloemZonnebloem").contains("90000 tekens");
        assertThat(feedbackNaRun1.get("terugmelding/FIN/2023/lange-cel.html").length()).isLessThan(10_000);
    }

    // ---------------------------------------------------------------- helpers

    /** The pad column of beheer/genegeerd.csv, with the formula neutralisation taken off again. */
    private static List<String> genegeerdePaden() {
        List<String> paden = new ArrayList<>();
        List<CSVRecord> records = records(root.resolve("output/beheer/genegeerd.csv"));
        for (CSVRecord r : records.subList(1, records.size())) {
            String pad = r.get(0);
            paden.add(pad.length() > 1 && pad.charAt(0) == '\'' && "=+-@".indexOf(pad.charAt(1)) >= 0 ? pad.substring(1) : pad);
        }
        return paden;
    }

    private static String stem(String naam) {
        return naam.endsWith(".csv") ? naam.substring(0, naam.length() - 4) : naam;
    }

    private static String run(Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = JbrIntegriteitApplication.start(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "run",
                "--input", dir.resolve("input").toString(), "--output", dir.resolve("output").toString(),
                "--data", dir.resolve("data").toString(),
                // what reaches the tables must be checked whole: disclosure control would hide small counts and
                // group small onderdelen (its own tests check that)
                "--jbr.onthulling.drempel", "1");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Connection db(Path dir) throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("data/warehouse.duckdb"));
    }

    private static void leesGrootboek(Path dir) throws SQLException {
        try (Connection c = db(dir)) {
            try (PreparedStatement st = c.prepareStatement("SELECT ministerie, jaar, bestandsnaam, versie_id, status, "
                    + "gegevensregels FROM bestandsversie ORDER BY versie"); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    versies.put(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3),
                            new Versie(rs.getLong(4), rs.getString(5), rs.getLong(6)));
                }
            }
            try (PreparedStatement st = c.prepareStatement("SELECT versie_id, coalesce(regel, 0), kolom, waarde, ernst, code "
                    + "FROM bevinding ORDER BY versie_id, volgnr"); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    bevindingen.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Bevinding(rs.getLong(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            // a copy of another file is a valid file, recorded as accepted: that it does not count is decided by the
            // staging models (stg_bestand_kandidaat), and its feedback reports it as a fout of the file
            try (PreparedStatement st = c.prepareStatement("SELECT ministerie, jaar, bestandsnaam, actuele_versie_id, "
                    + "CASE WHEN dubbel_van IS NOT NULL THEN 'BESTAND_DUBBEL' ELSE 'BESTAND_ELDERS_INGELEVERD' END "
                    + "FROM stg_bestand_in_gebruik WHERE dubbel_van IS NOT NULL OR elders_ministerie IS NOT NULL");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String sleutel = rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3);
                    versies.computeIfPresent(sleutel, (k, v) -> new Versie(v.id(), "afgekeurd", v.gegevensregels()));
                    bevindingen.computeIfAbsent(rs.getLong(4), k -> new ArrayList<>())
                            .add(new Bevinding(0, "", "", "fout", rs.getString(5)));
                }
            }
        }
    }

    /** The rows in force for 2023, all columns but the (run-dependent) version id, in a stable order. */
    private static List<String> inGebruik(Path dir) throws SQLException {
        List<String> rijen = new ArrayList<>();
        try (Connection c = db(dir)) {
            for (String view : List.of("stg_melding", "stg_personeel")) {
                try (PreparedStatement st = c.prepareStatement("SELECT * EXCLUDE (versie_id) FROM " + view
                        + " WHERE jaar = 2023 ORDER BY ministerie, bestandsnaam, regel"); ResultSet rs = st.executeQuery()) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder rij = new StringBuilder(view);
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            rij.append('|').append(md.getColumnName(i)).append('=').append(rs.getString(i));
                        }
                        rijen.add(rij.toString());
                    }
                }
            }
        }
        return rijen;
    }

    private static void tabellen(Path dir, Map<String, String> naar) throws IOException {
        Path jaar = dir.resolve("output/openbaar/2023");
        try (Stream<Path> s = Files.walk(jaar)) {
            // every table (CSV), its metadata and every page; only the manifest carries the run
            for (Path p : s.filter(Files::isRegularFile).filter(x -> !x.endsWith("manifest.json")).toList()) {
                // pages say when and by which run they were made (issue 13); the rest must be identical (.xlsx/.ods too)
                naar.put(jaar.relativize(p).toString(),
                        Files.readString(p, StandardCharsets.ISO_8859_1).replaceAll("Gegenereerd op [^<]* door run [^<]*\\.", "")
                                // links to the other years present (the hostile corpus adds a year)
                                .replaceAll("(?m)^.*(Overzicht van alle jaren|in andere jaren: ).*\\R", ""));
            }
        }
    }

    private static List<CSVRecord> records(Path csv) {
        try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void kopieer(Path van, Path naar) throws IOException {
        Files.createDirectories(naar.getParent());
        Files.copy(van, naar, LinkOption.NOFOLLOW_LINKS);
    }
}
