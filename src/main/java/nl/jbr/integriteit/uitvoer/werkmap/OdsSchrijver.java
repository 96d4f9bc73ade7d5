package nl.jbr.integriteit.uitvoer.werkmap;

import static nl.jbr.integriteit.uitvoer.werkmap.VasteZip.xml;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an OpenDocument spreadsheet ({@code .ods}, ODF 1.3, an open standard on the Dutch government's mandatory
 * list) by hand: {@code mimetype} stored first, then the manifest, styles and content, all in a {@link VasteZip} so
 * the same sheets give the same bytes. Numbers are {@code float} cells with a number style with grouping and the
 * value's own number of decimals; text cells are text, never formulas.
 */
public final class OdsSchrijver {

    static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

    /** ODF 1.3: the number styles use {@code number:min-decimal-places}, which ODF 1.2 does not have. */
    static final String VERSIE = "1.3";

    private static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\""
            + " office:version=\"" + VERSIE + "\"";

    /** Writes the sheets as one spreadsheet document. */
    public void schrijf(Path bestand, List<Werkblad> bladen) throws IOException {
        try (VasteZip zip = new VasteZip(bestand)) {
            Map<String, String> bestanden = new LinkedHashMap<>();
            bestanden.put("content.xml", "text/xml");
            bestanden.put("styles.xml", "text/xml");
            zip.odfBegin(MIMETYPE, VERSIE, bestanden);
            zip.schrijf("styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles" + NS
                    + "><office:styles><style:default-style style:family=\"table-cell\"><style:text-properties"
                    + " fo:font-size=\"11pt\"/></style:default-style></office:styles></office:document-styles>\n");
            zip.schrijf("content.xml", stroom -> content(bladen, stroom));
        }
    }

    private static void content(List<Werkblad> bladen, VasteZip.Stroom stroom) throws IOException {
        StringBuilder out = stroom.uit();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content")
                .append(NS).append(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><office:automatic-styles>");
        for (int d = 0; d <= XlsxSchrijver.MAX_DECIMALEN; d++) {
            out.append("<number:number-style style:name=\"N").append(d).append("\"><number:number number:decimal-places=\"")
                    .append(d).append("\" number:min-decimal-places=\"").append(d)
                    .append("\" number:min-integer-digits=\"1\" number:grouping=\"true\"/></number:number-style>");
            out.append("<style:style style:name=\"getal").append(d).append("\" style:family=\"table-cell\" style:data-style-name=\"N")
                    .append(d).append("\"/>");
        }
        out.append("<style:style style:name=\"titel\" style:family=\"table-cell\"><style:text-properties fo:font-weight=\"bold\" fo:font-size=\"13pt\"/></style:style>");
        out.append("<style:style style:name=\"kop\" style:family=\"table-cell\"><style:table-cell-properties fo:wrap-option=\"wrap\"/><style:text-properties fo:font-weight=\"bold\"/></style:style>");
        out.append("<style:style style:name=\"rechts\" style:family=\"table-cell\"><style:table-cell-properties style:text-align-source=\"fix\"/><style:paragraph-properties fo:text-align=\"end\"/></style:style>");
        out.append("<style:style style:name=\"voetnoot\" style:family=\"table-cell\"><style:text-properties fo:font-style=\"italic\" fo:font-size=\"10pt\"/></style:style>");
        for (int b = 0; b < bladen.size(); b++) {
            List<Integer> breedtes = bladen.get(b).breedtes();
            for (int k = 0; k < breedtes.size(); k++) {
                // Excel's width unit is about one character of 11pt Calibri, ~0.19 cm
                long mm = Math.round(breedtes.get(k) * 1.9);
                out.append("<style:style style:name=\"co").append(b).append('_').append(k)
                        .append("\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"")
                        .append(mm).append("mm\"/></style:style>");
            }
        }
        out.append("</office:automatic-styles><office:body><office:spreadsheet>");
        for (int b = 0; b < bladen.size(); b++) {
            Werkblad blad = bladen.get(b);
            out.append("<table:table table:name=\"").append(xml(blad.naam())).append("\">");
            for (int k = 0; k < blad.breedtes().size(); k++) {
                out.append("<table:table-column table:style-name=\"co").append(b).append('_').append(k).append("\"/>");
            }
            int r = 0;
            for (Werkblad.Rij rij : blad.rijen()) {
                if (r == 0 && blad.vasteRijen() > 0) {
                    out.append("<table:table-header-rows>"); // repeated at the top of every printed page
                }
                out.append("<table:table-row>");
                for (Object cel : rij.cellen()) {
                    cel(out, cel, rij.stijl());
                }
                if (rij.cellen().isEmpty()) {
                    out.append("<table:table-cell/>");
                }
                out.append("</table:table-row>");
                if (++r == blad.vasteRijen() || r == blad.rijen().size() && r < blad.vasteRijen()) {
                    out.append("</table:table-header-rows>");
                }
                stroom.misschienDoorgeven();
            }
            out.append("</table:table>");
        }
        out.append("</office:spreadsheet></office:body></office:document-content>\n");
    }

    private static void cel(StringBuilder out, Object cel, Werkblad.Stijl stijl) {
        if (cel == null) {
            out.append("<table:table-cell/>");
        } else if (cel instanceof Long || cel instanceof Integer || cel instanceof BigDecimal) {
            BigDecimal waarde = cel instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) cel).longValue());
            int decimalen = Math.max(0, Math.min(waarde.scale(), XlsxSchrijver.MAX_DECIMALEN));
            out.append("<table:table-cell table:style-name=\"getal").append(decimalen)
                    .append("\" office:value-type=\"float\" office:value=\"").append(waarde.toPlainString())
                    .append("\"><text:p>").append(nl.jbr.integriteit.tabel.DutchNumbers.decimal(waarde)).append("</text:p></table:table-cell>");
        } else {
            String stijlNaam = cel instanceof Werkblad.Rechts ? "rechts" : switch (stijl) {
                case TITEL -> "titel";
                case KOP -> "kop";
                case VOETNOOT -> "voetnoot";
                case GEWOON -> null;
            };
            out.append("<table:table-cell");
            if (stijlNaam != null) {
                out.append(" table:style-name=\"").append(stijlNaam).append('"');
            }
            out.append(" office:value-type=\"string\"><text:p>");
            if (cel instanceof Werkblad.Verwijzing v) {
                out.append("<text:a xlink:type=\"simple\" xlink:href=\"");
                xml("#" + XlsxSchrijver.bladRef(v.blad()) + ".A1", out);
                out.append("\">");
                xml(v.tekst(), out);
                out.append("</text:a>");
            } else {
                xml(cel.toString(), out);
            }
            out.append("</text:p></table:table-cell>");
        }
    }
}
