package nl.jbr.integriteit.publish;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Test helper for the chapter (issue 25): its text as a reader of the ODT gets it, and the check that every number in
 * that text is a published cell of the year or the previous year (the public CSVs of {@code rijk/}), a year, or a
 * change computed from two published cells: their difference, or that difference in percent of the earlier one,
 * rounded half up to one decimal. "Two published cells" means two cells of one row, or two cells of columns with the
 * same name (this year's figure and last year's, wherever the tables put them) — not any two numbers at all, which
 * would let almost every small number through.
 */
final class Hoofdstuktekst {

    /** A Dutch number as the text writes it: 2.100, 11,7, 56,1 (the % sign is not part of it). */
    private static final Pattern GETAL = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|(?<![\\d.,])\\d+(?:,\\d+)?");

    private Hoofdstuktekst() {
    }

    /** The paragraphs of the ODT (text:p outside tables, in document order), headings left out. */
    static List<String> alineas(Path odt) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(entry(odt, "content.xml")));
        List<String> uit = new ArrayList<>();
        NodeList ps = doc.getElementsByTagName("text:p");
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            if (!inTabel(p) && !p.getTextContent().isBlank()) {
                uit.add(p.getTextContent());
            }
        }
        return uit;
    }

    /** The headings of the ODT with their outline level, "2:Inleiding". */
    static List<String> koppen(Path odt) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(entry(odt, "content.xml")));
        List<String> uit = new ArrayList<>();
        NodeList hs = doc.getElementsByTagName("text:h");
        for (int i = 0; i < hs.getLength(); i++) {
            Element h = (Element) hs.item(i);
            uit.add(h.getAttribute("text:outline-level") + ":" + h.getTextContent());
        }
        return uit;
    }

    private static boolean inTabel(Node n) {
        for (Node p = n.getParentNode(); p != null; p = p.getParentNode()) {
            if ("table:table".equals(p.getNodeName())) {
                return true;
            }
        }
        return false;
    }

    static byte[] entry(Path zip, String naam) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(naam)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IllegalArgumentException(naam + " not in " + zip);
    }

    /** The numbers of one text, as values ("2.100" -> 2100, "11,7" -> 11.7), without table numbers and "per 1.000". */
    static List<BigDecimal> getallen(String tekst) {
        String zonder = tekst.replaceAll("(?i)tabel \\d+", "tabel").replace("per 1.000", "per duizend");
        List<BigDecimal> uit = new ArrayList<>();
        Matcher m = GETAL.matcher(zonder);
        while (m.find()) {
            uit.add(new BigDecimal(m.group().replace(".", "").replace(',', '.')));
        }
        return uit;
    }

    /** The published numeric cells of a year's rijksbrede CSVs: by column name, and by row. */
    record Cellen(Set<BigDecimal> alle, List<List<BigDecimal>> groepen) {
    }

    static Cellen cellen(Path... jaarmappen) throws IOException {
        Set<BigDecimal> alle = new HashSet<>();
        Map<String, List<BigDecimal>> perKolom = new LinkedHashMap<>();
        List<List<BigDecimal>> groepen = new ArrayList<>();
        for (Path jaarmap : jaarmappen) {
            if (!Files.isDirectory(jaarmap.resolve("rijk"))) {
                continue;
            }
            try (Stream<Path> csvs = Files.list(jaarmap.resolve("rijk"))) {
                for (Path csv : csvs.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                         CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                        for (CSVRecord rec : parser) {
                            List<BigDecimal> rij = new ArrayList<>();
                            for (String kolom : parser.getHeaderNames()) {
                                String waarde = rec.get(kolom);
                                if (waarde.matches("-?\\d+(\\.\\d+)?")) {
                                    BigDecimal d = norm(new BigDecimal(waarde));
                                    alle.add(d);
                                    rij.add(d);
                                    perKolom.computeIfAbsent(kolom, k -> new ArrayList<>()).add(d);
                                }
                            }
                            groepen.add(rij);
                        }
                    }
                }
            }
        }
        groepen.addAll(perKolom.values());
        return new Cellen(alle, groepen);
    }

    /**
     * The numbers of {@code alineas} that are neither a published cell, nor a year, nor a change computed from two
     * published cells of one group; empty when the text keeps to the tables. {@code extra}: published figures that are
     * not table cells (the threshold in the x footnote, from the manifest).
     */
    static List<String> nietGepubliceerd(List<String> alineas, Cellen cellen, Set<BigDecimal> extra) {
        List<String> fout = new ArrayList<>();
        for (String alinea : alineas) {
            for (BigDecimal x : getallen(alinea)) {
                BigDecimal n = norm(x);
                boolean jaar = n.scale() <= 0 && n.compareTo(BigDecimal.valueOf(2000)) >= 0 && n.compareTo(BigDecimal.valueOf(2100)) <= 0
                        && !alinea.contains(n.toPlainString().substring(0, 1) + "." + n.toPlainString().substring(1));
                if (!(cellen.alle().contains(n) || jaar || extra.contains(n) || verandering(n, cellen))) {
                    fout.add(x.toPlainString() + " in: " + alinea);
                }
            }
        }
        return fout;
    }

    private static boolean verandering(BigDecimal x, Cellen cellen) {
        for (List<BigDecimal> groep : cellen.groepen()) {
            for (BigDecimal a : groep) {
                for (BigDecimal b : groep) {
                    BigDecimal verschil = a.subtract(b).abs();
                    if (norm(verschil).equals(x)) {
                        return true;
                    }
                    if (b.signum() > 0 && b.scale() <= 0 && a.scale() <= 0
                            && norm(verschil.multiply(BigDecimal.valueOf(100)).divide(b, 1, RoundingMode.HALF_UP)).equals(x)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static BigDecimal norm(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    static String tekst(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
