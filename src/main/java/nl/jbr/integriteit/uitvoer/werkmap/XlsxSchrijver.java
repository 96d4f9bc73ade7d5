package nl.jbr.integriteit.uitvoer.werkmap;

import static nl.jbr.integriteit.uitvoer.werkmap.VasteZip.xml;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.jbr.integriteit.uitvoer.werkmap.VasteZip;
import nl.jbr.integriteit.uitvoer.werkmap.Werkblad;

/**
 * Writes an Office Open XML workbook ({@code .xlsx}, ECMA-376) by hand: a few XML parts in a {@link VasteZip}, so the
 * same sheets always give the same bytes. Text is written as inline strings (never a formula, whatever it starts
 * with), numbers as numeric cells with a Dutch-readable number format ({@code #,##0}, {@code #,##0.0}); Excel and
 * LibreOffice show them with the locale's separators, and a publisher can add them up.
 */
public final class XlsxSchrijver {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** Style indexes of {@link #STYLES} (cellXfs). */
    static final int S_TITEL = 1, S_KOP = 2, S_GEHEEL = 3, S_VOETNOOT = 4, S_DATUM = 5, S_TEKST = 6, S_DECIMAAL1 = 7,
            S_RECHTS = 11, S_VERWIJZING = 12;
    /** Decimal format with {@code n} decimals (1..4) is cellXfs {@code S_DECIMAAL1 + n - 1}. */
    static final int MAX_DECIMALEN = 4;

    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="%s">
            <numFmts count="4"><numFmt numFmtId="164" formatCode="#,##0.0"/><numFmt numFmtId="165" formatCode="#,##0.00"/><numFmt numFmtId="166" formatCode="#,##0.000"/><numFmt numFmtId="167" formatCode="#,##0.0000"/></numFmts>
            <fonts count="5"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="13"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><i/><sz val="10"/><name val="Calibri"/><family val="2"/></font><font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/><family val="2"/></font></fonts>
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
            <cellXfs count="13"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="right"/></xf><xf numFmtId="0" fontId="4" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
            </styleSheet>
            """.formatted(MAIN);

    /**
     * A sheet with what only the registratieformulier needs.
     *
     * @param blad       the cells
     * @param verborgen  hidden sheet (the lists behind the drop-downs)
     * @param extraXml   XML placed after {@code sheetData} ({@code dataValidations}), or empty
     * @param kolomStijl per column index, the style of the empty cells below the rows (0 = none)
     */
    public record Blad(Werkblad blad, boolean verborgen, String extraXml, Map<Integer, Integer> kolomStijl) {
        public static Blad van(Werkblad blad) {
            return new Blad(blad, false, "", Map.of());
        }
    }

    /** Writes the sheets as one workbook. */
    public void schrijf(Path bestand, List<Werkblad> bladen) throws IOException {
        schrijf(bestand, bladen.stream().map(Blad::van).toList(), Map.of());
    }

    /**
     * Writes the sheets as one workbook, with defined names ({@code name -> 'Lijsten'!$A$2:$A$9}) for the
     * drop-down lists.
     */
    public void schrijf(Path bestand, List<Blad> bladen, Map<String, String> namen) throws IOException {
        try (VasteZip zip = new VasteZip(bestand)) {
            schrijfIn(zip, bladen, namen);
        }
    }

    /** The workbook's bytes. */
    public byte[] bytes(List<Blad> bladen, Map<String, String> namen) throws IOException {
        return VasteZip.inGeheugen(zip -> schrijfIn(zip, bladen, namen));
    }

    private void schrijfIn(VasteZip zip, List<Blad> bladen, Map<String, String> namen) throws IOException {
        StringBuilder types = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        for (int i = 1; i <= bladen.size(); i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        types.append("</Types>\n");
        zip.schrijf("[Content_Types].xml", types.toString());
        zip.schrijf("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>
                """);

        StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(REL).append("\">")
                .append("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= bladen.size(); i++) {
            Blad blad = bladen.get(i - 1);
            workbook.append("<sheet name=\"").append(xml(blad.blad().naam())).append("\" sheetId=\"").append(i)
                    .append(blad.verborgen() ? "\" state=\"hidden" : "").append("\" r:id=\"rId").append(i).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(i).append(".xml\"/>");
        }
        workbook.append("</sheets>");
        StringBuilder afdruktitels = new StringBuilder();
        for (int i = 0; i < bladen.size(); i++) {
            Werkblad blad = bladen.get(i).blad();
            if (blad.vasteRijen() > 0) {
                // the frozen rows repeat at the top of every printed page
                afdruktitels.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">")
                        .append(xml(bladRef(blad.naam()) + "!$1:$" + blad.vasteRijen())).append("</definedName>");
            }
        }
        if (!namen.isEmpty() || !afdruktitels.isEmpty()) {
            workbook.append("<definedNames>").append(afdruktitels);
            namen.forEach((naam, bereik) -> workbook.append("<definedName name=\"").append(xml(naam)).append("\">")
                    .append(xml(bereik)).append("</definedName>"));
            workbook.append("</definedNames>");
        }
        workbook.append("</workbook>\n");
        rels.append("<Relationship Id=\"rId").append(bladen.size() + 1)
                .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>")
                .append("</Relationships>\n");
        zip.schrijf("xl/workbook.xml", workbook.toString());
        zip.schrijf("xl/_rels/workbook.xml.rels", rels.toString());
        zip.schrijf("xl/styles.xml", STYLES);
        for (int i = 1; i <= bladen.size(); i++) {
            Blad blad = bladen.get(i - 1);
            zip.schrijf("xl/worksheets/sheet" + i + ".xml", stroom -> blad(blad, stroom));
        }
    }

    private static void blad(Blad extra, VasteZip.Stroom stroom) throws IOException {
        Werkblad blad = extra.blad();
        StringBuilder out = stroom.uit();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<worksheet xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(REL).append("\">");
        out.append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        out.append("<sheetViews><sheetView workbookViewId=\"0\">");
        if (blad.vasteRijen() > 0) {
            out.append("<pane ySplit=\"").append(blad.vasteRijen()).append("\" topLeftCell=\"A").append(blad.vasteRijen() + 1)
                    .append("\" activePane=\"bottomLeft\" state=\"frozen\"/>");
        }
        out.append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
        if (!blad.breedtes().isEmpty()) {
            out.append("<cols>");
            for (int i = 0; i < blad.breedtes().size(); i++) {
                out.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
                        .append(blad.breedtes().get(i)).append("\" customWidth=\"1\"");
                Integer stijl = extra.kolomStijl().get(i);
                if (stijl != null && stijl != 0) {
                    out.append(" style=\"").append(stijl).append('"');
                }
                out.append("/>");
            }
            out.append("</cols>");
        }
        out.append("<sheetData>");
        int r = 0;
        List<String> letters = new ArrayList<>();
        StringBuilder verwijzingen = new StringBuilder();
        for (Werkblad.Rij rij : blad.rijen()) {
            r++;
            out.append("<row r=\"").append(r).append("\">");
            for (int k = 0; k < rij.cellen().size(); k++) {
                Object cel = rij.cellen().get(k);
                if (cel == null) {
                    continue;
                }
                while (letters.size() <= k) {
                    letters.add(kolomLetters(letters.size()));
                }
                String ref = letters.get(k) + r;
                if (cel instanceof Long || cel instanceof Integer) {
                    out.append("<c r=\"").append(ref).append("\" s=\"").append(S_GEHEEL).append("\"><v>").append(cel)
                            .append("</v></c>");
                } else if (cel instanceof BigDecimal decimal) {
                    out.append("<c r=\"").append(ref).append("\" s=\"").append(decimaalStijl(decimal)).append("\"><v>")
                            .append(decimal.toPlainString()).append("</v></c>");
                } else if (cel instanceof java.time.LocalDate datum) {
                    out.append("<c r=\"").append(ref).append("\" s=\"").append(S_DATUM).append("\"><v>")
                            .append(excelSerieel(datum)).append("</v></c>");
                } else {
                    out.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"");
                    if (cel instanceof Werkblad.Verwijzing v) {
                        verwijzingen.append("<hyperlink ref=\"").append(ref).append("\" location=\"")
                                .append(xml(bladRef(v.blad()) + "!A1")).append("\" display=\"").append(xml(v.tekst()))
                                .append("\"/>");
                    }
                    int stijl = cel instanceof Werkblad.Rechts ? S_RECHTS : cel instanceof Werkblad.Verwijzing ? S_VERWIJZING
                            : switch (rij.stijl()) {
                        case TITEL -> S_TITEL;
                        case KOP -> S_KOP;
                        case VOETNOOT -> S_VOETNOOT;
                        case GEWOON -> 0;
                    };
                    if (stijl != 0) {
                        out.append(" s=\"").append(stijl).append('"');
                    }
                    out.append("><is><t xml:space=\"preserve\">");
                    xml(cel.toString(), out);
                    out.append("</t></is></c>");
                }
            }
            out.append("</row>");
            stroom.misschienDoorgeven();
        }
        out.append("</sheetData>").append(extra.extraXml());
        if (!verwijzingen.isEmpty()) {
            out.append("<hyperlinks>").append(verwijzingen).append("</hyperlinks>");
        }
        out.append("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>");
        out.append("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
        out.append("</worksheet>\n");
    }

    private static int decimaalStijl(BigDecimal decimal) {
        int schaal = decimal.scale();
        if (schaal <= 0) {
            return S_GEHEEL;
        }
        return S_DECIMAAL1 + Math.min(schaal, MAX_DECIMALEN) - 1;
    }

    /** Days since 1899-12-30, Excel's serial date (1900 date system). */
    static long excelSerieel(java.time.LocalDate datum) {
        return datum.toEpochDay() - java.time.LocalDate.of(1899, 12, 30).toEpochDay();
    }

    /** A sheet name as Excel writes it in a reference: quoted unless letters, digits and underscores only. */
    public static String bladRef(String blad) {
        return blad.matches("[\\p{L}_][\\p{L}\\p{N}_.]*") ? blad : "'" + blad.replace("'", "''") + "'";
    }

    /** {@code 0 -> A}, {@code 25 -> Z}, {@code 26 -> AA}. */
    public static String kolomLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
