package nl.jbr.integriteit.ingest.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import nl.jbr.integriteit.bevinding.BevindingCode;

/**
 * Reads an Office Open XML workbook ({@code .xlsx}) as a stream of rows of typed cells, with the JDK's own zip and
 * StAX readers only. Chosen over a library because every limit must hold <em>while</em> reading hostile files:
 * <ul>
 * <li>the file size before anything is opened; every XML part through a counting stream, so a zip bomb stops at
 * the uncompressed limit or at a suspicious compression ratio, whatever the zip's headers claim;</li>
 * <li>no DTD: a {@code DOCTYPE} (the carrier of external entities and "billion laughs") rejects the file, and
 * external entities are switched off in the parser as well;</li>
 * <li>cells, rows, columns, cell length and sheets are counted as they stream by.</li>
 * </ul>
 * Old binary workbooks ({@code .xls}), password-protected workbooks (both OLE2 containers), workbooks with macros
 * and binary ({@code .xlsb}) or OpenDocument files are recognised and refused with a Dutch sentence. Cells come
 * as text the way a CSV would hold them, so that the CSV checks apply unchanged: numbers in full ({@code 12},
 * {@code 0.5}; at most 15 significant digits, as Excel shows), marked as {@link Cel#getal() numbers} so that a
 * whole-number column can refuse decimals instead of reading {@code 2.125} as thousands; date-formatted numbers as
 * {@code yyyy-MM-dd} (1900 or 1904 date system, as the workbook says), booleans as {@code ja}/{@code nee}, formulas by
 * their cached value; an error value ({@code #N/B}), a formula without cached value, a number beyond the limits of
 * {@link Excelgetal} or a date serial outside Excel's dates is a {@link Cel#fout() fout} on that cell. A cell beyond
 * Excel's last row or column refuses the workbook: no spreadsheet program shows it.
 */
public final class XlsxReader implements AutoCloseable {

    /** What a sheet of the workbook is. */
    public enum Soort { WERKBLAD, GRAFIEK, ANDERS }

    /** A sheet, in workbook order. */
    public record Blad(String naam, Soort soort, String pad, boolean verborgen) {
    }

    /**
     * One non-empty cell.
     *
     * @param kolom 0-based column index
     * @param tekst the value as text ({@code ""} when {@code fout} is set)
     * @param fout  Dutch description of an error in the cell, or {@code null}
     * @param getal whether the cell holds a number (not a date-formatted one): {@code tekst} is then its plain decimal
     *              form, never a text with thousands separators
     */
    public record Cel(int kolom, String tekst, String fout, boolean getal) {

        /** A cell that is not a number. */
        public Cel(int kolom, String tekst, String fout) {
            this(kolom, tekst, fout, false);
        }
    }

    /** Excel's last row and column (XFD). */
    static final int MAX_RIJ = 1_048_576;
    static final int MAX_KOLOM = 16_384;

    /** Receives the rows of a sheet that hold at least one non-empty cell. */
    @FunctionalInterface
    public interface Rijen {
        void rij(long rijnummer, List<Cel> cellen) throws WerkmapFout;
    }

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final MathContext EXCEL = new MathContext(15);
    /** Serial 0 of the 1900 date system (Excel counts a 29 February 1900 that never was, see {@link #datum}). */
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    /** Serial 0 of the 1904 date system ({@code <workbookPr date1904="1"/>}, old Excel for Mac). */
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    /** The last date Excel shows, 9999-12-31, as a serial of each system. */
    static final long LAATSTE_SERIEEL = 2_958_465;
    static final long LAATSTE_SERIEEL_1904 = 2_957_003;
    private static final String OPSLAAN = " Sla het bestand in Excel op als Excel-werkmap (.xlsx) of als CSV (puntkomma-gescheiden).";

    private final Grenzen grenzen;
    private final ZipFile zip;
    private final List<Blad> bladen = new ArrayList<>();
    private final List<String> gedeeld = new ArrayList<>();
    private final Set<Integer> datumStijlen = new HashSet<>();
    private boolean datum1904;
    private long uitgepakt;
    private long cellen;
    private WerkmapFout overschreden;

    private XlsxReader(Grenzen grenzen, ZipFile zip) {
        this.grenzen = grenzen;
        this.zip = zip;
    }

    /** Opens the workbook and reads its sheet list, styles and shared strings. */
    public static XlsxReader open(Path bestand, Grenzen grenzen) throws WerkmapFout, IOException {
        long grootte = Files.size(bestand);
        if (grootte > grenzen.maxBestandBytes()) {
            throw new WerkmapFout(BevindingCode.LIMIET_OVERSCHREDEN, "Het bestand is " + grootte + " bytes groot; de grens is "
                    + grenzen.maxBestandBytes() + " bytes. Lever een kleiner bestand aan.");
        }
        byte[] kop = new byte[8];
        try (InputStream in = Files.newInputStream(bestand)) {
            int n = in.readNBytes(kop, 0, 8);
            if (n == 8 && java.util.Arrays.equals(kop, OLE2)) {
                throw ole2(bestand);
            }
            if (n < 4 || kop[0] != 'P' || kop[1] != 'K' || kop[2] != 3 || kop[3] != 4) {
                throw new WerkmapFout(BevindingCode.BESTAND_ONLEESBAAR, "Het bestand is geen Excel-werkmap (.xlsx)." + OPSLAAN);
            }
        }
        ZipFile zip;
        try {
            zip = new ZipFile(bestand.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw beschadigd();
        }
        XlsxReader lezer = new XlsxReader(grenzen, zip);
        try {
            lezer.start();
            return lezer;
        } catch (ZipException e) {
            lezer.close();
            throw lezer.overschreden != null ? lezer.overschreden : beschadigd();
        } catch (IOException e) {
            lezer.close();
            if (lezer.overschreden != null) {
                throw lezer.overschreden;
            }
            throw e;
        } catch (WerkmapFout | RuntimeException e) {
            lezer.close();
            throw e;
        }
    }

    private static WerkmapFout beschadigd() {
        return new WerkmapFout(BevindingCode.BESTAND_ONLEESBAAR, "De werkmap is beschadigd en kan niet worden gelezen." + OPSLAAN);
    }

    /** An OLE2 container: an old .xls, or an encrypted (password-protected) .xlsx. */
    private static WerkmapFout ole2(Path bestand) throws IOException {
        byte[] begin;
        try (InputStream in = Files.newInputStream(bestand)) {
            begin = in.readNBytes(1 << 20);
        }
        String utf16 = new String(begin, StandardCharsets.UTF_16LE);
        String utf16Verschoven = begin.length > 1 ? new String(begin, 1, begin.length - 1, StandardCharsets.UTF_16LE) : "";
        if (utf16.contains("EncryptedPackage") || utf16Verschoven.contains("EncryptedPackage")
                || utf16.contains("EncryptionInfo") || utf16Verschoven.contains("EncryptionInfo")) {
            return new WerkmapFout(BevindingCode.BESTAND_ONLEESBAAR, "De werkmap is beveiligd met een wachtwoord en kan daarom "
                    + "niet worden gelezen. Haal in Excel de beveiliging eraf (Bestand > Info > Werkmap beveiligen) en lever "
                    + "het bestand opnieuw aan.");
        }
        return new WerkmapFout(BevindingCode.BESTAND_ONLEESBAAR, "Het bestand is in het oude Excel-formaat (.xls, Excel 97-2003)."
                + " Sla het in Excel op als Excel-werkmap (.xlsx) en lever dat bestand aan.");
    }

    private void start() throws WerkmapFout, IOException {
        if (zip.size() > 10_000) {
            throw new WerkmapFout(BevindingCode.LIMIET_OVERSCHREDEN, "De werkmap bestaat uit " + zip.size()
                    + " onderdelen; dat is meer dan een registratieformulier ooit nodig heeft.");
        }
        ZipEntry mimetype = zip.getEntry("mimetype");
        if (mimetype != null && new String(deel("mimetype", 200), StandardCharsets.US_ASCII).startsWith("application/vnd.oasis.opendocument")) {
            throw new WerkmapFout(BevindingCode.BESTAND_ONLEESBAAR, "Het bestand is een OpenDocument-bestand (.ods); dat wordt "
                    + "niet gelezen." + OPSLAAN);
        }
        if (zip.getEntry("xl/vbaProject.bin") != null || zip.stream().anyMatch(e -> e.getName().endsWith("vbaProject.bin"))) {
            throw new WerkmapFout(BevindingCode.BESTAND_ONLEESBAAR, "De werkmap bevat macro's (.xlsm); een werkmap met macro's wordt"
                    + " niet aangenomen. Sla het bestand in Excel op als Excel-werkmap (.xlsx), zonder macro's.");
        }
        if (zip.getEntry("xl/workbook.xml") == null) {
            if (zip.getEntry("xl/workbook.bin") != null) {
                throw new WerkmapFout(BevindingCode.BESTAND_ONLEESBAAR, "Het bestand is een binaire Excel-werkmap (.xlsb); die "
                        + "wordt niet gelezen." + OPSLAAN);
            }
            throw new WerkmapFout(BevindingCode.BESTAND_ONLEESBAAR, "Het bestand is een zip-bestand, maar geen Excel-werkmap "
                    + "(er ontbreekt xl/workbook.xml)." + OPSLAAN);
        }
        Map<String, String[]> relaties = relaties();
        leesWerkmap(relaties);
        if (bladen.size() > grenzen.maxBladen()) {
            throw new WerkmapFout(BevindingCode.LIMIET_OVERSCHREDEN, "De werkmap heeft " + bladen.size() + " bladen; de grens is "
                    + grenzen.maxBladen() + ". Lever alleen de bladen van het registratieformulier aan.");
        }
        if (zip.getEntry("xl/styles.xml") != null) {
            leesStijlen();
        }
        String gedeeldPad = relaties.values().stream().filter(r -> r[0].endsWith("/sharedStrings")).map(r -> r[1]).findFirst()
                .orElse("xl/sharedStrings.xml");
        if (zip.getEntry(gedeeldPad) != null) {
            leesGedeeldeTeksten(gedeeldPad);
        }
    }

    public List<Blad> bladen() {
        return List.copyOf(bladen);
    }

    // ---------------------------------------------------------------- parts

    /** Id -> {type, path in the zip} of xl/_rels/workbook.xml.rels. */
    private Map<String, String[]> relaties() throws WerkmapFout, IOException {
        Map<String, String[]> relaties = new HashMap<>();
        if (zip.getEntry("xl/_rels/workbook.xml.rels") == null) {
            return relaties;
        }
        XMLStreamReader xml = xml("xl/_rels/workbook.xml.rels");
        try {
            while (volgende(xml) != XMLStreamConstants.END_DOCUMENT) {
                if (xml.getEventType() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                    String doel = xml.getAttributeValue(null, "Target");
                    String type = xml.getAttributeValue(null, "Type");
                    if (doel != null && type != null) {
                        String pad = doel.startsWith("/") ? doel.substring(1) : "xl/" + doel;
                        relaties.put(xml.getAttributeValue(null, "Id"), new String[] {type, normaliseer(pad)});
                    }
                }
            }
        } finally {
            sluit(xml);
        }
        return relaties;
    }

    private static String normaliseer(String pad) {
        List<String> delen = new ArrayList<>();
        for (String deel : pad.split("/")) {
            if (deel.equals("..")) {
                if (!delen.isEmpty()) {
                    delen.remove(delen.size() - 1);
                }
            } else if (!deel.isEmpty() && !deel.equals(".")) {
                delen.add(deel);
            }
        }
        return String.join("/", delen);
    }

    private void leesWerkmap(Map<String, String[]> relaties) throws WerkmapFout, IOException {
        XMLStreamReader xml = xml("xl/workbook.xml");
        try {
            while (volgende(xml) != XMLStreamConstants.END_DOCUMENT) {
                if (xml.getEventType() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("workbookPr")) {
                    String systeem = xml.getAttributeValue(null, "date1904");
                    datum1904 = "1".equals(systeem) || "true".equals(systeem);
                }
                if (xml.getEventType() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                    String naam = xml.getAttributeValue(null, "name");
                    String state = xml.getAttributeValue(null, "state");
                    String id = null;
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        if (xml.getAttributeLocalName(i).equals("id")) {
                            id = xml.getAttributeValue(i);
                        }
                    }
                    String[] relatie = id == null ? null : relaties.get(id);
                    Soort soort = Soort.ANDERS;
                    String pad = null;
                    if (relatie != null) {
                        pad = relatie[1];
                        soort = relatie[0].endsWith("/worksheet") ? Soort.WERKBLAD
                                : relatie[0].endsWith("/chartsheet") ? Soort.GRAFIEK : Soort.ANDERS;
                    }
                    bladen.add(new Blad(naam == null ? "?" : naam, soort, pad, state != null && !state.equals("visible")));
                    if (bladen.size() > grenzen.maxBladen()) {
                        return; // reported by the caller
                    }
                }
            }
        } finally {
            sluit(xml);
        }
    }

    private void leesStijlen() throws WerkmapFout, IOException {
        Set<Integer> datumFormaten = new HashSet<>();
        for (int id = 14; id <= 22; id++) {
            datumFormaten.add(id);
        }
        for (int id : new int[] {27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58}) {
            datumFormaten.add(id);
        }
        XMLStreamReader xml = xml("xl/styles.xml");
        try {
            boolean inCellXfs = false;
            int xf = 0;
            while (volgende(xml) != XMLStreamConstants.END_DOCUMENT) {
                int event = xml.getEventType();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "numFmt" -> {
                            String id = xml.getAttributeValue(null, "numFmtId");
                            String code = xml.getAttributeValue(null, "formatCode");
                            if (id != null && code != null && isDatumformaat(code)) {
                                datumFormaten.add(geheel(id));
                            }
                        }
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                String id = xml.getAttributeValue(null, "numFmtId");
                                if (id != null && datumFormaten.contains(geheel(id))) {
                                    datumStijlen.add(xf);
                                }
                                xf++;
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        } finally {
            sluit(xml);
        }
    }

    private static int geheel(String tekst) {
        try {
            return Integer.parseInt(tekst.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A number format shows a date when it has d, m or y outside quotes, escapes and brackets. */
    static boolean isDatumformaat(String code) {
        String zonder = code.replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "").replaceAll("\\[[^]]*]", "")
                .toLowerCase(java.util.Locale.ROOT);
        String eerste = zonder.split(";", -1)[0];
        return eerste.matches(".*[dmyj].*") && !eerste.matches(".*[#0?].*");
    }

    private void leesGedeeldeTeksten(String pad) throws WerkmapFout, IOException {
        XMLStreamReader xml = xml(pad);
        long tekens = 0;
        try {
            StringBuilder si = null;
            int fonetisch = 0;
            while (volgende(xml) != XMLStreamConstants.END_DOCUMENT) {
                int event = xml.getEventType();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> si = new StringBuilder();
                        case "rPh" -> fonetisch++;
                        case "t" -> {
                            if (si != null && fonetisch == 0) {
                                String t = tekst(xml, grenzen.maxCeltekens() - si.length());
                                tekens += t.length();
                                if (si.length() + t.length() > grenzen.maxCeltekens()) {
                                    throw celTeLang(grenzen.maxCeltekens());
                                }
                                si.append(t);
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (xml.getLocalName().equals("si") && si != null) {
                        gedeeld.add(si.toString());
                        si = null;
                        if (gedeeld.size() > grenzen.maxCellen()) {
                            throw teVeelCellen();
                        }
                    } else if (xml.getLocalName().equals("rPh")) {
                        fonetisch--;
                    }
                }
                if (tekens > grenzen.maxUitgepaktBytes()) {
                    throw uitgepaktTeGroot();
                }
            }
        } finally {
            sluit(xml);
        }
    }

    // ---------------------------------------------------------------- sheets

    /** Streams the rows of {@code blad} (a {@link Soort#WERKBLAD}) to {@code rijen}. */
    public void lees(Blad blad, Rijen rijen) throws WerkmapFout, IOException {
        try {
            leesBlad(blad, rijen);
        } catch (ZipException e) {
            throw overschreden != null ? overschreden : beschadigd();
        } catch (IOException e) {
            if (overschreden != null) {
                throw overschreden;
            }
            throw e;
        }
    }

    private void leesBlad(Blad blad, Rijen rijen) throws WerkmapFout, IOException {
        if (blad.pad() == null || zip.getEntry(blad.pad()) == null) {
            throw new WerkmapFout(BevindingCode.BESTAND_ONLEESBAAR, "Het blad '" + blad.naam() + "' ontbreekt in de werkmap; de "
                    + "werkmap is beschadigd." + OPSLAAN);
        }
        XMLStreamReader xml = xml(blad.pad());
        try {
            long rijnummer = 0;
            long rijenGelezen = 0;
            List<Cel> rij = null;
            int volgendeKolom = 0;
            String ref = null, type = null, waarde = null;
            int stijl = 0;
            boolean formule = false;
            StringBuilder inline = null;
            int fonetisch = 0;
            while (volgende(xml) != XMLStreamConstants.END_DOCUMENT) {
                int event = xml.getEventType();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "row" -> {
                            String r = xml.getAttributeValue(null, "r");
                            long nummer = r == null ? rijnummer + 1 : geheelLang(r);
                            rijnummer = nummer > rijnummer ? nummer : rijnummer + 1;
                            rij = new ArrayList<>();
                            volgendeKolom = 0;
                        }
                        case "c" -> {
                            ref = xml.getAttributeValue(null, "r");
                            type = xml.getAttributeValue(null, "t");
                            String s = xml.getAttributeValue(null, "s");
                            stijl = s == null ? 0 : geheel(s);
                            waarde = null;
                            formule = false;
                            inline = null;
                        }
                        case "v" -> waarde = tekst(xml, grenzen.maxCeltekens());
                        case "f" -> {
                            formule = true;
                            overslaan(xml);
                        }
                        case "is" -> inline = new StringBuilder();
                        case "rPh" -> fonetisch++;
                        case "t" -> {
                            if (inline != null && fonetisch == 0) {
                                inline.append(tekst(xml, grenzen.maxCeltekens() - inline.length()));
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "c" -> {
                            int kolom = ref == null ? volgendeKolom : kolomIndex(ref);
                            boolean geldig = kolom >= 0 && (ref == null || binnenWerkblad(ref));
                            if (kolom < 0) {
                                kolom = volgendeKolom;
                            }
                            volgendeKolom = kolom + 1;
                            Cel cel = cel(kolom, type, waarde, inline, formule, stijl);
                            if (cel != null) {
                                if (!geldig || rijnummer > MAX_RIJ || kolom >= MAX_KOLOM) {
                                    throw buitenWerkblad(blad, ref != null ? ref
                                            : nl.jbr.integriteit.uitvoer.werkmap.XlsxSchrijver.kolomLetters(kolom) + rijnummer);
                                }
                                if (kolom >= grenzen.maxKolommen()) {
                                    throw new WerkmapFout(BevindingCode.LIMIET_OVERSCHREDEN, "Blad '" + blad.naam() + "', cel "
                                            + (ref == null ? "" : ref) + ": er staan gegevens voorbij kolom " + grenzen.maxKolommen()
                                            + "; de grens is " + grenzen.maxKolommen() + " kolommen.");
                                }
                                if (cel.tekst().length() > grenzen.maxCeltekens()) {
                                    throw celTeLang(grenzen.maxCeltekens());
                                }
                                if (++cellen > grenzen.maxCellen()) {
                                    throw teVeelCellen();
                                }
                                if (rij == null) {
                                    rij = new ArrayList<>();
                                }
                                rij.add(cel);
                            }
                        }
                        case "row" -> {
                            if (rij != null && !rij.isEmpty()) {
                                if (++rijenGelezen > grenzen.maxRijen() + 100) {
                                    throw new WerkmapFout(BevindingCode.LIMIET_OVERSCHREDEN, "Blad '" + blad.naam() + "' heeft meer dan "
                                            + grenzen.maxRijen() + " gegevensregels; de grens is " + grenzen.maxRijen() + ".");
                                }
                                rijen.rij(rijnummer, rij);
                            }
                            rij = null;
                        }
                        case "rPh" -> fonetisch--;
                        default -> { }
                    }
                }
            }
        } finally {
            sluit(xml);
        }
    }

    private Cel cel(int kolom, String type, String waarde, StringBuilder inline, boolean formule, int stijl) {
        String t = type == null ? "n" : type;
        switch (t) {
            case "s" -> {
                int index = waarde == null ? -1 : geheel(waarde);
                if (index < 0 || index >= gedeeld.size()) {
                    return new Cel(kolom, "", "de cel verwijst naar een tekst die niet in de werkmap staat (beschadigde werkmap)");
                }
                return leegOfCel(kolom, gedeeld.get(index));
            }
            case "inlineStr" -> {
                return leegOfCel(kolom, inline == null ? (waarde == null ? "" : waarde) : inline.toString());
            }
            case "str" -> {
                if (waarde == null) {
                    return formule ? new Cel(kolom, "", "de formule in de cel heeft geen berekende waarde; open de werkmap in "
                            + "Excel, laat hem herberekenen en sla hem op") : null;
                }
                return leegOfCel(kolom, waarde);
            }
            case "b" -> {
                return waarde == null ? null : new Cel(kolom, "1".equals(waarde.trim()) ? "ja" : "nee", null);
            }
            case "e" -> {
                return new Cel(kolom, "", "de cel bevat de foutwaarde " + (waarde == null ? "" : waarde)
                        + (formule ? " (uitkomst van een formule)" : ""));
            }
            case "d" -> {
                if (waarde == null) {
                    return null;
                }
                int tijd = waarde.indexOf('T');
                return new Cel(kolom, tijd > 0 ? waarde.substring(0, tijd) : waarde, null);
            }
            default -> {
                if (waarde == null || waarde.isBlank()) {
                    return formule ? new Cel(kolom, "", "de formule in de cel heeft geen berekende waarde; open de werkmap in "
                            + "Excel, laat hem herberekenen en sla hem op") : null;
                }
                // read as text first: no BigDecimal is made from more digits or a larger exponent than Excelgetal allows
                Excelgetal.Uitkomst uitkomst = Excelgetal.lees(waarde);
                if (uitkomst instanceof Excelgetal.Onbruikbaar) {
                    return new Cel(kolom, "", "de waarde " + kort(waarde.strip()) + " is geen bruikbaar getal (hoogstens "
                            + Excelgetal.MAX_CIJFERS + " cijfers en een exponent tussen -" + Excelgetal.MAX_EXPONENT + " en "
                            + Excelgetal.MAX_EXPONENT + ")");
                }
                if (!(uitkomst instanceof Excelgetal.Getal getal)) {
                    return new Cel(kolom, "", "de cel bevat geen geldig getal ('" + kort(waarde.strip()) + "')");
                }
                if (datumStijlen.contains(stijl)) {
                    String datum = datum(getal.waarde(), datum1904);
                    if (datum == null) {
                        return new Cel(kolom, "", "de cel heeft de opmaak van een datum, maar " + kort(waarde.strip())
                                + " is geen datum die Excel kent (Excel kent " + (datum1904 ? "1-1-1904" : "1-1-1900")
                                + " tot en met 31-12-9999)");
                    }
                    return new Cel(kolom, datum, null);
                }
                return new Cel(kolom, getal(getal.waarde()), null, true);
            }
        }
    }

    private static Cel leegOfCel(int kolom, String tekst) {
        return tekst.isEmpty() ? null : new Cel(kolom, tekst, null);
    }

    /** A number as Excel shows it at most: 15 significant digits, no exponent, no trailing zeros. */
    static String getal(BigDecimal getal) {
        BigDecimal afgerond = getal.round(EXCEL).stripTrailingZeros();
        if (afgerond.scale() < 0) {
            afgerond = afgerond.setScale(0);
        }
        return afgerond.toPlainString();
    }

    /**
     * An Excel serial as {@code yyyy-MM-dd}, the time of day dropped; {@code null} outside the dates Excel shows:
     * 1 (1900-01-01) to {@value #LAATSTE_SERIEEL} (9999-12-31) in the 1900 date system, 0 (1904-01-01) to
     * {@value #LAATSTE_SERIEEL_1904} in the 1904 system. {@code serieel} is within {@link Excelgetal}'s limits.
     */
    static String datum(BigDecimal serieel, boolean stelsel1904) {
        long eerste = stelsel1904 ? 0 : 1;
        long laatste = stelsel1904 ? LAATSTE_SERIEEL_1904 : LAATSTE_SERIEEL;
        if (serieel.compareTo(BigDecimal.valueOf(eerste)) < 0 || serieel.compareTo(BigDecimal.valueOf(laatste + 1)) >= 0) {
            return null;
        }
        long dagen = serieel.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
        if (stelsel1904) {
            return EPOCH_1904.plusDays(dagen).toString();
        }
        // Excel counts a non-existent 29 February 1900 (serial 60); serials below it are one day off the epoch
        LocalDate datum = dagen < 61 ? EPOCH.plusDays(dagen + 1) : EPOCH.plusDays(dagen);
        return datum.toString();
    }

    /** A value for a message: whole up to 40 characters, else its start and its length. */
    private static String kort(String waarde) {
        return waarde.length() <= 40 ? waarde : waarde.substring(0, 40) + "… (" + waarde.length() + " tekens)";
    }

    /**
     * Whether a cell reference is one Excel can have: one to three letters up to XFD, then a row number from 1 to
     * {@value #MAX_RIJ}, nothing else.
     */
    static boolean binnenWerkblad(String ref) {
        int kolom = kolomIndex(ref);
        if (kolom < 0 || kolom >= MAX_KOLOM) {
            return false;
        }
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        int cijfers = ref.length() - i;
        if (cijfers < 1 || cijfers > 7) {
            return false;
        }
        long rij = 0;
        for (; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            rij = rij * 10 + (c - '0');
        }
        return rij >= 1 && rij <= MAX_RIJ;
    }

    private static WerkmapFout buitenWerkblad(Blad blad, String ref) {
        return new WerkmapFout(BevindingCode.BESTAND_ONLEESBAAR, "Blad '" + blad.naam() + "', cel " + kort(ref)
                + ": de cel ligt buiten het werkblad (Excel kent hoogstens 1.048.576 rijen en 16.384 kolommen, A tot en met "
                + "XFD); de werkmap is beschadigd of niet met een spreadsheetprogramma gemaakt." + OPSLAAN);
    }

    /** {@code "E12"} -> 4; -1 when not a cell reference. */
    static int kolomIndex(String ref) {
        int kolom = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z' || i >= 3) {
                return -1;
            }
            kolom = kolom * 26 + (c - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : kolom - 1;
    }

    private static long geheelLang(String tekst) {
        try {
            return Long.parseLong(tekst.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    // ---------------------------------------------------------------- XML and limits

    private static final XMLInputFactory XML = veiligeFabriek();

    private static XMLInputFactory veiligeFabriek() {
        XMLInputFactory fabriek = XMLInputFactory.newDefaultFactory();
        fabriek.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        fabriek.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        fabriek.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        // text arrives in pieces, so that a cell's limit holds before a huge text is in memory (see tekst)
        fabriek.setProperty(XMLInputFactory.IS_COALESCING, false);
        return fabriek;
    }

    private XMLStreamReader xml(String pad) throws WerkmapFout, IOException {
        ZipEntry entry = zip.getEntry(pad);
        if (entry == null) {
            throw beschadigd();
        }
        long gezegd = entry.getSize();
        long gecomprimeerd = entry.getCompressedSize();
        if (gezegd > grenzen.maxUitgepaktBytes() - uitgepakt) {
            throw uitgepaktTeGroot();
        }
        if (gezegd > (1 << 20) && gecomprimeerd > 0 && gezegd / gecomprimeerd > grenzen.maxVerhouding()) {
            throw teSterkGecomprimeerd();
        }
        try {
            return XML.createXMLStreamReader(new Teller(zip.getInputStream(entry), gecomprimeerd, gezegd));
        } catch (XMLStreamException e) {
            throw xmlFout(e);
        } catch (ZipException e) {
            throw beschadigd();
        }
    }

    /** The next event; a DTD rejects the workbook (entities, external or expanding, are never wanted here). */
    private int volgende(XMLStreamReader xml) throws WerkmapFout {
        try {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
                    || event == XMLStreamConstants.ENTITY_DECLARATION) {
                throw dtd();
            }
            return event;
        } catch (XMLStreamException e) {
            throw xmlFout(e);
        }
    }

    /**
     * The text of the element just started, up to its end tag, as at most {@code max} characters: more is a cell over
     * the limit, reported before the rest is read (the parser hands text over in pieces).
     */
    private String tekst(XMLStreamReader xml, int max) throws WerkmapFout {
        StringBuilder tekst = new StringBuilder();
        while (true) {
            switch (volgende(xml)) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (tekst.length() + xml.getTextLength() > max) {
                        throw celTeLang(grenzen.maxCeltekens());
                    }
                    tekst.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return tekst.toString();
                }
                case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_DOCUMENT -> throw beschadigd();
                default -> { } // comments and processing instructions
            }
        }
    }

    /** Skips the text of the element just started (a formula: only its cached value is read). */
    private void overslaan(XMLStreamReader xml) throws WerkmapFout {
        while (true) {
            switch (volgende(xml)) {
                case XMLStreamConstants.END_ELEMENT -> {
                    return;
                }
                case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_DOCUMENT -> throw beschadigd();
                default -> { }
            }
        }
    }

    private static WerkmapFout dtd() {
        return new WerkmapFout(BevindingCode.BESTAND_ONLEESBAAR, "De werkmap bevat een DOCTYPE met entiteiten; dat doet Excel nooit, en "
                + "zulke werkmappen worden om veiligheidsredenen niet gelezen." + OPSLAAN);
    }

    private WerkmapFout xmlFout(XMLStreamException e) {
        if (overschreden != null) {
            return overschreden;
        }
        String bericht = String.valueOf(e.getMessage());
        if (bericht.contains("DOCTYPE") || bericht.contains("DTD") || bericht.contains("entit")) {
            return dtd();
        }
        return beschadigd();
    }

    private static void sluit(XMLStreamReader xml) {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // nothing to release beyond the stream
        }
    }

    private byte[] deel(String pad, int max) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(pad))) {
            return in.readNBytes(max);
        }
    }

    private WerkmapFout uitgepaktTeGroot() {
        return new WerkmapFout(BevindingCode.LIMIET_OVERSCHREDEN, "De werkmap is uitgepakt groter dan "
                + grenzen.maxUitgepaktBytes() + " bytes; zo'n werkmap wordt niet gelezen (mogelijk een zip-bom).");
    }

    private WerkmapFout teSterkGecomprimeerd() {
        return new WerkmapFout(BevindingCode.LIMIET_OVERSCHREDEN, "Een onderdeel van de werkmap wordt bij uitpakken meer dan "
                + grenzen.maxVerhouding() + " keer zo groot; zo'n werkmap wordt niet gelezen (mogelijk een zip-bom).");
    }

    private WerkmapFout teVeelCellen() {
        return new WerkmapFout(BevindingCode.LIMIET_OVERSCHREDEN, "De werkmap heeft meer dan " + grenzen.maxCellen()
                + " gevulde cellen; de grens is " + grenzen.maxCellen() + ".");
    }

    private static WerkmapFout celTeLang(int max) {
        return new WerkmapFout(BevindingCode.LIMIET_OVERSCHREDEN, "Een cel van de werkmap bevat meer dan " + max
                + " tekens; de grens is " + max + " tekens per cel.");
    }

    /** Counts what is inflated; stops at the uncompressed limit and at a zip-bomb-like compression ratio. */
    private final class Teller extends FilterInputStream {
        private final long gecomprimeerd;
        private long gelezen;

        private final long gezegd;

        Teller(InputStream in, long gecomprimeerd, long gezegd) {
            super(in);
            this.gecomprimeerd = gecomprimeerd;
            this.gezegd = gezegd;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                tel(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int lengte) throws IOException {
            int n = super.read(buffer, offset, lengte);
            if (n > 0) {
                tel(n);
            }
            return n;
        }

        private void tel(int n) throws IOException {
            gelezen += n;
            uitgepakt += n;
            if (uitgepakt > grenzen.maxUitgepaktBytes()) {
                overschreden = uitgepaktTeGroot();
            } else if (gezegd >= 0 && gelezen > gezegd) {
                // the zip's directory under-states the size: a forged entry (or a damaged one)
                overschreden = teSterkGecomprimeerd();
            } else if (gelezen > (1 << 20) && gecomprimeerd > 0 && gelezen / gecomprimeerd > grenzen.maxVerhouding()) {
                overschreden = teSterkGecomprimeerd();
            }
            if (overschreden != null) {
                throw new IOException(overschreden.getMessage());
            }
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
