package nl.jbr.integriteit.ingest.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.jbr.integriteit.uitvoer.werkmap.XlsxSchrijver;

/**
 * Builds .xlsx files part by part for tests, so that every oddity of real and hostile workbooks can be written
 * exactly: shared strings, formulas with and without cached values, error values, date styles, chart sheets, a
 * DOCTYPE. Style 1 is a date format (numFmtId 14), style 2 a custom date format {@code d-m-yyyy}.
 */
public final class TestWerkmap {

    private final List<String[]> bladen = new ArrayList<>();
    private final Map<String, byte[]> extra = new LinkedHashMap<>();
    private final List<String> gedeeld = new ArrayList<>();
    private String workbookProlog = "";
    private boolean datum1904;
    private String gedeeldXml;
    private int opvullingMb;

    /** A worksheet whose sheetData holds {@code rijen} (use {@link #rij}). */
    public TestWerkmap blad(String naam, String... rijen) {
        bladen.add(new String[] {naam, "worksheet", String.join("", rijen)});
        return this;
    }

    public TestWerkmap grafiek(String naam) {
        bladen.add(new String[] {naam, "chartsheet", null});
        return this;
    }

    public TestWerkmap gedeeld(String... teksten) {
        gedeeld.addAll(List.of(teksten));
        return this;
    }

    public TestWerkmap deel(String pad, byte[] inhoud) {
        extra.put(pad, inhoud);
        return this;
    }

    /** The shared strings part exactly as given (a billion-laughs DOCTYPE, for instance). */
    public TestWerkmap gedeeldXml(String xml) {
        gedeeldXml = xml;
        return this;
    }

    /** Pads the first sheet with this many MiB of spaces inside sheetData: a zip bomb (spaces compress ~1000:1). */
    public TestWerkmap opvulling(int mebibytes) {
        opvullingMb = mebibytes;
        return this;
    }

    /** Placed before {@code <workbook>} in xl/workbook.xml (a DOCTYPE, for instance). */
    public TestWerkmap workbookProlog(String prolog) {
        workbookProlog = prolog;
        return this;
    }

    /**
     * A row: {@code String} cells as inline strings, {@code Number} cells as numbers; a {@code String} starting with
     * {@code "<c"} is written as it is, with {@code @} replaced by the cell reference.
     */
    public static String rij(int r, Object... cellen) {
        StringBuilder out = new StringBuilder("<row r=\"" + r + "\">");
        for (int k = 0; k < cellen.length; k++) {
            Object cel = cellen[k];
            String ref = XlsxSchrijver.kolomLetters(k) + r;
            if (cel == null) {
                continue;
            }
            if (cel instanceof Number) {
                out.append("<c r=\"").append(ref).append("\"><v>").append(cel).append("</v></c>");
            } else if (cel.toString().startsWith("<c")) {
                out.append(cel.toString().replace("@", ref));
            } else {
                out.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(esc(cel.toString()))
                        .append("</t></is></c>");
            }
        }
        return out.append("</row>").toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The workbook counts dates from 1 January 1904 ({@code <workbookPr date1904="1"/>}, old Excel for Mac). */
    public TestWerkmap datum1904() {
        datum1904 = true;
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        schrijfIn(bytes);
        return bytes.toByteArray();
    }

    private void schrijfIn(java.io.OutputStream uit) {
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
            put(zip, "[Content_Types].xml", types.toString());
            put(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            StringBuilder wb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + workbookProlog
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + (datum1904 ? "<workbookPr date1904=\"1\"/>" : "") + "<sheets>");
            StringBuilder rels = new StringBuilder("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (int i = 0; i < bladen.size(); i++) {
                String[] blad = bladen.get(i);
                wb.append("<sheet name=\"").append(esc(blad[0])).append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId").append(i + 1).append("\"/>");
                String map = blad[1].equals("worksheet") ? "worksheets/sheet" : "chartsheets/sheet";
                rels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
                        .append(blad[1]).append("\" Target=\"").append(map).append(i + 1).append(".xml\"/>");
            }
            wb.append("</sheets></workbook>");
            rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
            rels.append("<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            rels.append("</Relationships>");
            put(zip, "xl/workbook.xml", wb.toString());
            put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
            put(zip, "xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<numFmts count=\"1\"><numFmt numFmtId=\"170\" formatCode=\"d\\-m\\-yyyy\"/></numFmts>"
                    + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"170\"/></cellXfs></styleSheet>");
            StringBuilder sst = new StringBuilder("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (String t : gedeeld) {
                sst.append("<si><t>").append(esc(t)).append("</t></si>");
            }
            put(zip, "xl/sharedStrings.xml", gedeeldXml != null ? gedeeldXml : sst.append("</sst>").toString());
            for (int i = 0; i < bladen.size(); i++) {
                String[] blad = bladen.get(i);
                if (blad[1].equals("worksheet") && i == 0 && opvullingMb > 0) {
                    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                    zip.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] spaties = new byte[1 << 20];
                    java.util.Arrays.fill(spaties, (byte) ' ');
                    for (int mb = 0; mb < opvullingMb; mb++) {
                        zip.write(spaties);
                    }
                    zip.write((blad[2] + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                } else if (blad[1].equals("worksheet")) {
                    put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            + blad[2] + "</sheetData></worksheet>");
                } else {
                    put(zip, "xl/chartsheets/sheet" + (i + 1) + ".xml", "<?xml version=\"1.0\"?><chartsheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
                }
            }
            for (Map.Entry<String, byte[]> e : extra.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path schrijf(Path bestand) throws IOException {
        Files.createDirectories(bestand.getParent());
        if (opvullingMb > 0) {
            try (java.io.OutputStream out = Files.newOutputStream(bestand)) {
                schrijfIn(out);
            }
            return bestand;
        }
        return Files.write(bestand, bytes());
    }

    private static void put(ZipOutputStream zip, String naam, String inhoud) throws IOException {
        zip.putNextEntry(new ZipEntry(naam));
        zip.write(inhoud.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
