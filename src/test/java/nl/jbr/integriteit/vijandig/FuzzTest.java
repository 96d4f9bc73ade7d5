package nl.jbr.integriteit.vijandig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.terugmelding.Terugmelding;
import nl.jbr.integriteit.terugmelding.TerugmeldingWriter;
import nl.jbr.integriteit.ingest.FormulierValidator;
import nl.jbr.integriteit.ingest.MeldingRij;
import nl.jbr.integriteit.ingest.PersoneelRij;
import nl.jbr.integriteit.ingest.RijOntvanger;
import nl.jbr.integriteit.ingest.ValidatieResultaat;
import nl.jbr.integriteit.ingest.Validatoren;
import nl.jbr.integriteit.uitvoer.Templates;
import nl.jbr.integriteit.schema.SchemaSource;

/**
 * Fuzzing the reader and normaliser (issue 5 item 5): seeded, reproducible mutations of valid files fed to
 * {@link FormulierValidator#valideer}. Case {@code i} uses {@code new Random(SEED + i)}, so a failing case can be
 * replayed alone. Invariants: no exception escapes; a file is accepted or has at least one fout finding; every
 * finding's line exists in the file; the rows handed to the receiver never exceed the data rows, and the data rows
 * never exceed the lines of the file; an accepted file hands over every data row. Every 25th case also has its
 * feedback written under a random hostile file name. Workbooks are mutated too (issue 22): their numbers, date
 * serials, row numbers, cell references, cell types, styles and shared strings.
 */
@Tag("traag") // 12,000 mutated files: runs under ./mvnw verify (Failsafe), not in the fast ./mvnw test loop
class FuzzTest {

    static final long SEED = 20_241_123L;
    static final int GEVALLEN = 12_000;

    /** Small limits, so that mutations also reach the limit paths. */
    static final JbrProperties.Limits LIMITS = new JbrProperties.Limits(2_000_000, 20_000, 400, 64);

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final SchemaSource SCHEMAS = SchemaSource.embedded();

    @TempDir
    Path tmp;

    private final TerugmeldingWriter feedback = new TerugmeldingWriter(new Templates("classpath:jobs/"));
    private final FormulierValidator validator = Validatoren.met(LIMITS);

    private static final class Teller implements nl.jbr.integriteit.ingest.GetypeerdeOntvanger {
        long rijen;

        @Override
        public void melding(MeldingRij rij) {
            rijen++;
        }

        @Override
        public void personeel(PersoneelRij rij) {
            rijen++;
        }
    }

    @Test
    void duizendenVerminkteBestandenBrekenNietsEnWordenAltijdBeoordeeld() throws IOException {
        List<byte[]> bronnen = new ArrayList<>();
        for (String goed : List.of("BZK/2023/incidenten.csv", "BZK/2023/personeel.csv", "FIN/2023/incidenten.csv",
                "FIN/2023/personeel.csv")) {
            bronnen.add(Files.readAllBytes(Corpus.goed(goed)));
        }
        // the same incidents as Windows-1252 with a BOM-less, tab-separated, CRLF layout
        bronnen.add(new String(bronnen.get(0), StandardCharsets.UTF_8).replace(';', '\t').replace("\n", "\r\n")
                .replace("Ongepaste", "Ongepaste é").getBytes(CP1252));

        Path bestand = tmp.resolve("fuzz.csv");
        long bevindingen = 0, fouten = 0, geaccepteerd = 0;
        Map<BevindingCode, Long> perCode = new EnumMap<>(BevindingCode.class);
        List<String> schendingen = new ArrayList<>();
        for (int i = 0; i < GEVALLEN && schendingen.size() < 10; i++) {
            Random r = new Random(SEED + i);
            byte[] bron = bronnen.get(r.nextInt(bronnen.size()));
            StringBuilder wat = new StringBuilder();
            byte[] data = bron;
            int mutaties = 1 + r.nextInt(3);
            for (int m = 0; m < mutaties; m++) {
                data = muteer(data, r, wat);
            }
            Files.write(bestand, data);
            Teller teller = new Teller();
            ValidatieResultaat res;
            try {
                res = validator.valideer(bestand, "BZK", 2023, teller);
            } catch (RuntimeException | Error e) {
                schendingen.add("case " + i + " (" + wat + "): " + e);
                continue;
            }
            long regels = regels(data);
            String fout = controleer(res, teller.rijen, regels);
            if (fout != null) {
                schendingen.add("case " + i + " (" + wat + "): " + fout);
            }
            if (i % 25 == 0) {
                String fout2 = schrijfTerugmelding(res, r);
                if (fout2 != null) {
                    schendingen.add("case " + i + " (" + wat + "), feedback: " + fout2);
                }
            }
            bevindingen += res.bevindingen().size();
            fouten += res.fouten();
            if (res.geaccepteerd()) {
                geaccepteerd++;
            }
            res.bevindingen().forEach(f -> perCode.merge(f.code(), 1L, Long::sum));
        }
        System.out.println("VIJANDIG fuzz cases=" + GEVALLEN + " accepted=" + geaccepteerd + " findings=" + bevindingen
                + " fouten=" + fouten + " codes=" + perCode.size() + " " + perCode);
        assertThat(schendingen).isEmpty();
        // the mutations reach the rejecting paths as well as the accepting ones
        assertThat(geaccepteerd).isBetween(GEVALLEN / 20L, GEVALLEN - GEVALLEN / 20L);
        assertThat(perCode).containsKeys(BevindingCode.BESTAND_ONLEESBAAR, BevindingCode.LIMIET_OVERSCHREDEN,
                BevindingCode.KOLOM_ONTBREEKT, BevindingCode.WAARDE_ONGELDIG, BevindingCode.CATEGORIE_ONBEKEND);
    }

    static final int WERKMAPGEVALLEN = 3_000;

    /**
     * Issue 22 A: valid workbooks (an incidenten and a personeel sheet with numbers, dates and shared strings), mutated
     * where a workbook holds numbers and references. Invariants: no exception escapes; a workbook is accepted or has a
     * fout; an accepted one hands over every data row, and no row is handed over that is not a data row; every finding
     * has a Dutch sentence and a row Excel can have.
     */
    @Test
    void verminkteWerkmappenBrekenNietsEnWordenAltijdBeoordeeld() throws IOException {
        Path bestand = tmp.resolve("fuzz.xlsx");
        long geaccepteerd = 0, bevindingen = 0;
        Map<BevindingCode, Long> perCode = new EnumMap<>(BevindingCode.class);
        List<String> schendingen = new ArrayList<>();
        for (int i = 0; i < WERKMAPGEVALLEN && schendingen.size() < 10; i++) {
            Random r = new Random(SEED + 1_000_000 + i);
            Werkmapmodel model = Werkmapmodel.geldig(r);
            StringBuilder wat = new StringBuilder();
            for (int m = 1 + r.nextInt(3); m > 0; m--) {
                model.muteer(r, wat);
            }
            model.werkmap().schrijf(bestand);
            Teller teller = new Teller();
            ValidatieResultaat res;
            try {
                res = validator.valideer(bestand, "BZK", 2024, teller);
            } catch (RuntimeException | Error e) {
                schendingen.add("workbook case " + i + " (" + wat + "): " + e);
                continue;
            }
            String fout = controleer(res, teller.rijen, Werkmapmodel.MAX_RIJ);
            if (fout == null && res.gegevensregels() > model.gegevensregels()) {
                fout = res.gegevensregels() + " data rows in a workbook of " + model.gegevensregels();
            }
            if (fout != null) {
                schendingen.add("workbook case " + i + " (" + wat + "): " + fout);
            }
            bevindingen += res.bevindingen().size();
            if (res.geaccepteerd()) {
                geaccepteerd++;
            }
            res.bevindingen().forEach(f -> perCode.merge(f.code(), 1L, Long::sum));
        }
        System.out.println("VIJANDIG fuzz workbooks cases=" + WERKMAPGEVALLEN + " accepted=" + geaccepteerd + " findings="
                + bevindingen + " codes=" + perCode.size() + " " + perCode);
        assertThat(schendingen).isEmpty();
        assertThat(geaccepteerd).isBetween(WERKMAPGEVALLEN / 20L, WERKMAPGEVALLEN - WERKMAPGEVALLEN / 20L);
        assertThat(perCode).containsKeys(BevindingCode.BESTAND_ONLEESBAAR, BevindingCode.WAARDE_ONGELDIG);
    }

    /** A workbook as rows of cells that can be mutated before it is written: references, types, styles and values. */
    static final class Werkmapmodel {

        static final long MAX_RIJ = 1_048_576;

        /** One cell: reference, type attribute, style attribute, value (each null when absent). */
        static final class Cel {
            String ref, type, stijl, waarde;

            Cel(String ref, String type, String stijl, String waarde) {
                this.ref = ref;
                this.type = type;
                this.stijl = stijl;
                this.waarde = waarde;
            }
        }

        static final class Rij {
            String r;
            final List<Cel> cellen = new ArrayList<>();
        }

        final List<String> gedeeld = new ArrayList<>();
        final Map<String, List<Rij>> bladen = new java.util.LinkedHashMap<>();
        boolean datum1904;

        static Werkmapmodel geldig(Random r) {
            Werkmapmodel m = new Werkmapmodel();
            m.gedeeld.addAll(List.of("Directie A", "Directie B", "g. Ongewenste omgangsvormen", "Onderdeel"));
            List<Rij> incidenten = new ArrayList<>();
            incidenten.add(m.rij(1, tekst("Volgnummer"), gedeeld(3), tekst("Datum melding"), tekst("Categorie"),
                    tekst("Aantal betrokkenen")));
            int n = 1 + r.nextInt(12);
            for (int k = 0; k < n; k++) {
                incidenten.add(m.rij(k + 2, tekst("F-" + k), gedeeld(r.nextInt(2)), new Cel(null, null, "1",
                        Integer.toString(45292 + r.nextInt(366))), gedeeld(2), new Cel(null, null, null, Integer.toString(1 + r.nextInt(5)))));
            }
            m.bladen.put("Incidenten", incidenten);
            List<Rij> personeel = new ArrayList<>();
            personeel.add(m.rij(1, tekst("Onderdeel"), tekst("Aantal medewerkers"), tekst("Aantal nevenwerkzaamheden")));
            personeel.add(m.rij(2, gedeeld(0), new Cel(null, null, null, Integer.toString(100 + r.nextInt(900))),
                    new Cel(null, null, null, Integer.toString(r.nextInt(50)))));
            m.bladen.put("Personeel", personeel);
            return m;
        }

        private static Cel tekst(String t) {
            return new Cel(null, "inlineStr", null, t);
        }

        private static Cel gedeeld(int index) {
            return new Cel(null, "s", null, Integer.toString(index));
        }

        private Rij rij(int nummer, Cel... cellen) {
            Rij rij = new Rij();
            rij.r = Integer.toString(nummer);
            for (int k = 0; k < cellen.length; k++) {
                cellen[k].ref = nl.jbr.integriteit.uitvoer.werkmap.XlsxSchrijver.kolomLetters(k) + nummer;
                rij.cellen.add(cellen[k]);
            }
            return rij;
        }

        /** Data rows: every row but the header of each sheet. */
        long gegevensregels() {
            return bladen.values().stream().mapToLong(b -> b.size() - 1).sum();
        }

        private List<Cel> alleCellen() {
            List<Cel> alle = new ArrayList<>();
            bladen.values().forEach(b -> b.forEach(rij -> alle.addAll(rij.cellen)));
            return alle;
        }

        private List<Rij> alleRijen() {
            List<Rij> alle = new ArrayList<>();
            bladen.values().forEach(alle::addAll);
            return alle;
        }

        void muteer(Random r, StringBuilder wat) {
            List<Cel> cellen = alleCellen();
            Cel cel = cellen.get(r.nextInt(cellen.size()));
            int soort = r.nextInt(11);
            wat.append('w').append(soort).append(' ');
            switch (soort) {
                case 0 -> { // a number cell gets a hostile number
                    cel.type = null;
                    cel.waarde = vijandigGetal(r);
                }
                case 1 -> { // a date cell gets a hostile serial; sometimes the 1904 system
                    cel.type = null;
                    cel.stijl = r.nextBoolean() ? "1" : "2";
                    cel.waarde = r.nextBoolean() ? vijandigGetal(r) : Long.toString(r.nextInt(6_000_000) - 1_000_000);
                    datum1904 ^= r.nextInt(4) == 0;
                }
                case 2 -> { // a row number
                    List<Rij> rijen = alleRijen();
                    rijen.get(r.nextInt(rijen.size())).r = kies(r, "0", "-1", "1048576", "1048577", "2000000", "abc", "",
                            "99999999999999999999", "1", "3", Long.toString(r.nextInt(2_000_000)), null);
                }
                case 3 -> // a cell reference
                    cel.ref = kies(r, "AAAA1", "XFE2", "XFD1048576", "A0", "a2", "2A", "A-1", "", "A1048577", "Z99", "B2",
                            "A" + r.nextInt(3_000_000), null);
                case 4 -> { // a shared string index
                    cel.type = "s";
                    cel.waarde = kies(r, "-1", "4", "99999999", "2147483648", "1.5", "", "x", Integer.toString(r.nextInt(5)));
                }
                case 5 -> // a cell type
                    cel.type = kies(r, "s", "str", "b", "e", "d", "n", "inlineStr", "x", "", null);
                case 6 -> { // fewer shared strings
                    if (!gedeeld.isEmpty()) {
                        gedeeld.remove(gedeeld.size() - 1);
                    }
                }
                case 7 -> // a style
                    cel.stijl = kies(r, "-1", "0", "1", "2", "3", "99999", "x", "", null);
                case 8 -> // a value in another script, or spaces
                    cel.waarde = kies(r, " ", "\u00A0", "١٢٣", "１２", "12 ", " 1.5 ", "1,5", "#N/B", "TRUE", "2024-03-01T00:00:00");
                default -> { // what Excel and other programs write for an ordinary number or date of a data row
                    Cel data = r.nextBoolean() ? getalcel(r) : datumcel(r);
                    if (data != null) {
                        data.waarde = data.stijl == null
                                ? kies(r, "3.0000000000000004", "1E+1", "2.0E0", "0.7E1", "12", "000012", "+4", " 7 ")
                                : kies(r, "45352.5", "45352.99999", "4.5352E4", "45658", "45292.0");
                    }
                }
            }
        }

        /** A number cell of a data row (aantal betrokkenen, staff, side jobs), or null when a mutation took them all. */
        private Cel getalcel(Random r) {
            List<Cel> getallen = new ArrayList<>();
            bladen.values().forEach(b -> b.subList(1, b.size()).forEach(rij -> rij.cellen.stream()
                    .filter(c -> c.type == null && c.stijl == null).forEach(getallen::add)));
            return getallen.isEmpty() ? null : getallen.get(r.nextInt(getallen.size()));
        }

        private Cel datumcel(Random r) {
            List<Cel> datums = new ArrayList<>();
            bladen.values().forEach(b -> b.subList(1, b.size()).forEach(rij -> rij.cellen.stream()
                    .filter(c -> c.type == null && "1".equals(c.stijl)).forEach(datums::add)));
            return datums.isEmpty() ? null : datums.get(r.nextInt(datums.size()));
        }

        private static String kies(Random r, String... keuzes) {
            return keuzes[r.nextInt(keuzes.length)];
        }

        static String vijandigGetal(Random r) {
            return switch (r.nextInt(8)) {
                case 0 -> "1E" + (r.nextBoolean() ? "+" : "-") + (long) (Math.pow(10, r.nextInt(11)) * r.nextDouble());
                case 1 -> cijfers(r, 1 + r.nextInt(r.nextBoolean() ? 60 : 5_000));
                case 2 -> "-" + cijfers(r, 1 + r.nextInt(30)) + "." + cijfers(r, 1 + r.nextInt(30));
                case 3 -> Double.toString(r.nextDouble() * Math.pow(10, r.nextInt(60) - 30));
                case 4 -> kies(r, "NaN", "Infinity", "-0", "0x1F", "1e", ".", "1.2.3", "1E+400", "1E-400", "9.9E+400",
                        "1E+401", "0E+999999999", "+", "1e+-1");
                case 5 -> "0." + "0".repeat(r.nextInt(1_000)) + "1";
                case 6 -> Long.toString(r.nextLong());
                default -> (r.nextInt(3_000_000) - 100_000) + (r.nextBoolean() ? "." + r.nextInt(1_000) : "");
            };
        }

        private static String cijfers(Random r, int n) {
            StringBuilder b = new StringBuilder(n);
            for (int k = 0; k < n; k++) {
                b.append((char) ('0' + r.nextInt(10)));
            }
            return b.toString();
        }

        nl.jbr.integriteit.ingest.xlsx.TestWerkmap werkmap() {
            nl.jbr.integriteit.ingest.xlsx.TestWerkmap w = new nl.jbr.integriteit.ingest.xlsx.TestWerkmap()
                    .gedeeld(gedeeld.toArray(String[]::new));
            if (datum1904) {
                w.datum1904();
            }
            bladen.forEach((naam, rijen) -> {
                StringBuilder xml = new StringBuilder();
                for (Rij rij : rijen) {
                    xml.append("<row").append(attribuut("r", rij.r)).append('>');
                    for (Cel c : rij.cellen) {
                        xml.append("<c").append(attribuut("r", c.ref)).append(attribuut("t", c.type)).append(attribuut("s", c.stijl))
                                .append('>');
                        if (c.waarde != null) {
                            String w2 = esc(c.waarde);
                            xml.append("inlineStr".equals(c.type) ? "<is><t>" + w2 + "</t></is>" : "<v>" + w2 + "</v>");
                        }
                        xml.append("</c>");
                    }
                    xml.append("</row>");
                }
                w.blad(naam, xml.toString());
            });
            return w;
        }

        private static String attribuut(String naam, String waarde) {
            return waarde == null ? "" : " " + naam + "=\"" + esc(waarde) + "\"";
        }

        private static String esc(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }

    /**
     * Writes the feedback of every 25th case under a random hostile file name: the files land directly in
     * terugmelding/BZK/2023/, the CSV reads back with one record per finding, every text cell neutralised, and the
     * HTML holds no markup from the input.
     */
    private String schrijfTerugmelding(ValidatieResultaat res, Random r) {
        StringBuilder naam = new StringBuilder();
        String gemeen = "../\\:*?\"<>|\u0000\u202E. -é";
        for (int k = 1 + r.nextInt(30); k > 0; k--) {
            naam.append(r.nextInt(3) == 0 ? (char) ('a' + r.nextInt(26)) : gemeen.charAt(r.nextInt(gemeen.length())));
        }
        naam.append(".csv");
        Path uit = tmp.resolve("uit");
        Path csv;
        try {
            Terugmelding melding = new Terugmelding("BZK", 2023, naam.toString(), 1, "0".repeat(64), res.formulier(),
                    res.geaccepteerd(), res.gegevensregels(), 0, res.dialect(), null, res.bevindingen());
            nl.jbr.integriteit.terugmelding.TerugmeldingWriter.Plek plek = feedback.reserveer(uit, melding,
                    new java.util.HashSet<>());
            feedback.write(plek, melding, "", null);
            csv = plek.csv();
        } catch (RuntimeException e) {
            return "name '" + naam + "': " + e;
        }
        Path map = uit.resolve("terugmelding/BZK/2023");
        if (!map.equals(csv.getParent())) {
            return "written outside its folder: " + csv;
        }
        try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != res.bevindingen().size() + 1) {
                return records.size() + " CSV records for " + res.bevindingen().size() + " findings";
            }
            for (CSVRecord rec : records.subList(1, records.size())) {
                for (int c = 1; c < rec.size(); c++) {
                    if (!rec.get(c).isEmpty() && "=+-@\t\r".indexOf(rec.get(c).charAt(0)) >= 0) {
                        return "formula cell in feedback: " + rec.get(c);
                    }
                }
            }
            String html = Files.readString(csv.resolveSibling(csv.getFileName().toString().replaceAll("\\.csv$", ".html")));
            if (html.contains("<script") || !html.contains("</html>")) {
                return "feedback page unsafe or incomplete";
            }
            Files.delete(csv);
        } catch (IOException e) {
            return e.toString();
        }
        return null;
    }

    /** The invariants; null when they hold. */
    static String controleer(ValidatieResultaat res, long ontvangen, long regels) {
        if (!res.geaccepteerd() && res.bevindingen().stream().noneMatch(Bevinding::isFout)) {
            return "rejected without a fout finding: " + res.bevindingen();
        }
        if (res.geaccepteerd() && res.bevindingen().stream().anyMatch(Bevinding::isFout)) {
            return "accepted with a fout finding";
        }
        for (Bevinding f : res.bevindingen()) {
            if (f.regel() < 0 || f.regel() > regels) {
                return "finding on line " + f.regel() + " of a file of " + regels + " lines: " + f;
            }
            if (f.melding().isBlank() || f.melding().contains("Exception")) {
                return "finding without a proper melding: " + f;
            }
        }
        if (res.gegevensregels() > regels) {
            return res.gegevensregels() + " data rows in a file of " + regels + " lines";
        }
        if (ontvangen > res.gegevensregels()) {
            return ontvangen + " rows received of " + res.gegevensregels() + " data rows";
        }
        if (res.geaccepteerd() && ontvangen != res.gegevensregels()) {
            return "accepted, but " + ontvangen + " rows received of " + res.gegevensregels() + " data rows";
        }
        return null;
    }

    /** Lines as a spreadsheet counts them: CRLF, LF and a lone CR each end one. */
    static long regels(byte[] data) {
        long n = 1;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '\n' || (data[i] == '\r' && (i + 1 == data.length || data[i + 1] != '\n'))) {
                n++;
            }
        }
        return n;
    }

    static byte[] muteer(byte[] in, Random r, StringBuilder wat) {
        int n = in.length;
        int soort = r.nextInt(14);
        wat.append(soort).append(' ');
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 64);
        int p = n == 0 ? 0 : r.nextInt(n + 1);
        switch (soort) {
            case 0 -> { // byte flips
                byte[] b = in.clone();
                for (int k = 1 + r.nextInt(8); k > 0 && n > 0; k--) {
                    b[r.nextInt(n)] = (byte) r.nextInt(256);
                }
                return b;
            }
            case 1 -> { // delete a range
                int len = Math.min(n - p, 1 + r.nextInt(40));
                out.write(in, 0, p);
                out.write(in, p + len, n - p - len);
            }
            case 2 -> { // duplicate a range
                int len = Math.min(n - p, 1 + r.nextInt(120));
                out.write(in, 0, p + len);
                out.write(in, p, n - p);
            }
            case 3 -> { // separator swap, everywhere or once
                byte van = ";,\t".getBytes(StandardCharsets.US_ASCII)[r.nextInt(3)];
                byte naar = ";,\t|".getBytes(StandardCharsets.US_ASCII)[r.nextInt(4)];
                boolean alle = r.nextBoolean();
                byte[] b = in.clone();
                for (int k = 0; k < n; k++) {
                    if (b[k] == van && (alle || r.nextInt(8) == 0)) {
                        b[k] = naar;
                    }
                }
                return b;
            }
            case 4 -> { // quote insertion
                out.write(in, 0, p);
                out.writeBytes(r.nextBoolean() ? new byte[] {'"'} : new byte[] {'"', '"'});
                out.write(in, p, n - p);
            }
            case 5 -> { // encoding mangling: a Windows-1252 byte, a broken UTF-8 lead, a BOM, or UTF-16
                int k = r.nextInt(4);
                if (k == 3) {
                    return new String(in, StandardCharsets.UTF_8).getBytes(r.nextBoolean()
                            ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16);
                }
                out.write(in, 0, p);
                out.writeBytes(switch (k) {
                    case 0 -> new byte[] {(byte) 0xE9};
                    case 1 -> new byte[] {(byte) 0xC3};
                    default -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                });
                out.write(in, p, n - p);
            }
            case 6 -> { // line split
                out.write(in, 0, p);
                out.writeBytes(new byte[][] {{'\n'}, {'\r'}, {'\r', '\n'}}[r.nextInt(3)]);
                out.write(in, p, n - p);
            }
            case 7 -> { // line join: drop one line break
                int q = indexOf(in, (byte) '\n', p);
                if (q < 0) {
                    return in;
                }
                out.write(in, 0, q);
                out.write(in, q + 1, n - q - 1);
            }
            case 8 -> { // huge value, sometimes over the line limit
                out.write(in, 0, p);
                byte[] groot = new byte[1_000 + r.nextInt(30_000)];
                java.util.Arrays.fill(groot, (byte) ('a' + r.nextInt(26)));
                out.writeBytes(groot);
                out.write(in, p, n - p);
            }
            case 9 -> { // control characters, NUL included
                out.write(in, 0, p);
                for (int k = 1 + r.nextInt(10); k > 0; k--) {
                    out.write(r.nextInt(32));
                }
                out.write(in, p, n - p);
            }
            case 10 -> { // truncate
                out.write(in, 0, p);
            }
            case 11 -> { // random Unicode text (valid UTF-8)
                out.write(in, 0, p);
                StringBuilder s = new StringBuilder();
                for (int k = 1 + r.nextInt(20); k > 0; k--) {
                    int cp;
                    do {
                        cp = r.nextInt(0x10FFFF);
                    } while (cp >= 0xD800 && cp <= 0xDFFF);
                    s.appendCodePoint(cp);
                }
                out.writeBytes(s.toString().getBytes(StandardCharsets.UTF_8));
                out.write(in, p, n - p);
            }
            case 12 -> { // many separators: a row with too many fields
                out.write(in, 0, p);
                out.writeBytes(";".repeat(1 + r.nextInt(100)).getBytes(StandardCharsets.US_ASCII));
                out.write(in, p, n - p);
            }
            default -> { // a formula or a number in another notation at a random place
                String[] stukjes = {"=HYPERLINK(\"x\")", "+1", "@SUM(A1)", "-3", "1e3", "1.234", "1,5", " 12 ", "31-02-2023",
                        "#N/B", "2O24", "<script>", "\u202E", "\u00A0"};
                out.write(in, 0, p);
                out.writeBytes(stukjes[r.nextInt(stukjes.length)].getBytes(StandardCharsets.UTF_8));
                out.write(in, p, n - p);
            }
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] b, byte x, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }
}
