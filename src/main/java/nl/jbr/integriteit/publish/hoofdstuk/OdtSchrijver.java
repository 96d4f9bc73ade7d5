package nl.jbr.integriteit.publish.hoofdstuk;

import static nl.jbr.integriteit.uitvoer.werkmap.VasteZip.xml;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.jbr.integriteit.tabel.Cel;
import nl.jbr.integriteit.tabel.DutchNumbers;
import nl.jbr.integriteit.tabel.TableData;
import nl.jbr.integriteit.tabel.TableDefinition;
import nl.jbr.integriteit.uitvoer.werkmap.VasteZip;

/**
 * Writes the chapter as an OpenDocument text ({@code .odt}, ODF 1.3) by hand, as {@code OdsSchrijver} does the
 * spreadsheets: {@code mimetype} stored first, then manifest, meta, styles and content in a {@link VasteZip}, so the
 * same chapter gives the same bytes (no dates, no generated ids). The headings use the common paragraph styles
 * "Heading 1/2/3", the text "Text body", the tables "Table Heading"/"Table Contents", so an editor restyles them in one
 * place; tables are real tables with a repeated header row; charts are embedded PNG images with their text alternative
 * as the frame's title and description.
 */
final class OdtSchrijver {

    static final String MIMETYPE = "application/vnd.oasis.opendocument.text";
    static final String VERSIE = "1.3";

    private static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
            + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
            + " office:version=\"" + VERSIE + "\"";

    /** Writes {@code inhoud} to {@code bestand}. */
    void schrijf(Path bestand, Inhoud inhoud) throws IOException {
        List<Afbeelding> afbeeldingen = new ArrayList<>();
        String content = content(inhoud, afbeeldingen);
        try (VasteZip zip = new VasteZip(bestand)) {
            Map<String, String> bestanden = new LinkedHashMap<>();
            bestanden.put("content.xml", "text/xml");
            bestanden.put("styles.xml", "text/xml");
            bestanden.put("meta.xml", "text/xml");
            for (Afbeelding a : afbeeldingen) {
                bestanden.put(a.pad(), "image/png");
            }
            zip.odfBegin(MIMETYPE, VERSIE, bestanden);
            zip.schrijf("meta.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta" + NS + "><office:meta>"
                    + "<meta:generator>jbr-integriteit</meta:generator>"
                    + "<dc:title>" + xml(inhoud.documenttitel()) + "</dc:title>"
                    + "<dc:subject>" + xml(inhoud.titel() + " " + inhoud.jaar()) + "</dc:subject>"
                    + "<dc:language>nl-NL</dc:language>"
                    + "</office:meta></office:document-meta>\n");
            zip.schrijf("styles.xml", STYLES);
            zip.schrijf("content.xml", content);
            for (Afbeelding a : afbeeldingen) {
                zip.schrijf(a.pad(), a.png());
            }
        }
    }

    private record Afbeelding(String pad, byte[] png) {
    }

    private static String content(Inhoud inhoud, List<Afbeelding> afbeeldingen) {
        StringBuilder out = new StringBuilder(1 << 16);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content").append(NS).append(">");
        out.append("<office:automatic-styles>")
                .append("<style:style style:name=\"Tabel\" style:family=\"table\"><style:table-properties style:width=\"17cm\""
                        + " table:align=\"margins\"/></style:style>")
                .append("<style:style style:name=\"Cel\" style:family=\"table-cell\"><style:table-cell-properties"
                        + " fo:padding=\"0.05cm\" fo:border-bottom=\"0.5pt solid #b4b4b4\"/></style:style>")
                .append("<style:style style:name=\"Kopcel\" style:family=\"table-cell\"><style:table-cell-properties"
                        + " fo:padding=\"0.05cm\" fo:background-color=\"#dce3ea\" fo:border-bottom=\"1pt solid #154273\"/></style:style>")
                .append("<style:style style:name=\"Rij\" style:family=\"table-row\"><style:table-row-properties"
                        + " fo:keep-together=\"always\"/></style:style>")
                .append("<style:style style:name=\"Getal\" style:family=\"paragraph\" style:parent-style-name=\"Table_20_Contents\">"
                        + "<style:paragraph-properties fo:text-align=\"end\"/></style:style>")
                .append("<style:style style:name=\"Kopgetal\" style:family=\"paragraph\" style:parent-style-name=\"Table_20_Heading\">"
                        + "<style:paragraph-properties fo:text-align=\"end\"/></style:style>")
                .append("<style:style style:name=\"Figuur\" style:family=\"graphic\"><style:graphic-properties"
                        + " style:wrap=\"none\" style:vertical-pos=\"top\" style:vertical-rel=\"baseline\"/></style:style>")
                .append("</office:automatic-styles>");
        out.append("<office:body><office:text>");
        p(out, "Subtitle", inhoud.ondertitel() + " " + inhoud.jaar());
        h(out, 1, inhoud.titel());
        p(out, "Text_20_body", inhoud.vrijgave());
        h(out, 2, "Inleiding");
        inhoud.inleiding().forEach(a -> p(out, "Text_20_body", a));
        int s = 0;
        for (Inhoud.Sectie sectie : inhoud.secties()) {
            h(out, 2, (++s) + ". " + sectie.titel());
            sectie.alineas().forEach(a -> p(out, "Text_20_body", a));
            for (Inhoud.Tabel tabel : sectie.tabellen()) {
                TableDefinition d = tabel.data().definitie();
                h(out, 3, "Tabel " + tabel.nummer() + ". " + d.titel());
                if (tabel.verwijzing()) {
                    p(out, "Text_20_body", "Deze tabel telt te veel regels voor dit hoofdstuk. U vindt haar in " + tabel.csv()
                            + ", in de spreadsheets en op de pagina met de tabellen van " + inhoud.jaar() + ".");
                } else if (tabel.data().rijen().isEmpty()) {
                    p(out, "Text_20_body", "Geen gegevens.");
                } else {
                    tabel(out, tabel);
                    afbeelding(out, tabel, afbeeldingen);
                }
                if (!d.voetnoten().isEmpty()) {
                    out.append("<text:list text:style-name=\"Voetnoten\">");
                    for (String v : d.voetnoten()) {
                        out.append("<text:list-item>");
                        p(out, "Voetnoot", v);
                        out.append("</text:list-item>");
                    }
                    out.append("</text:list>");
                }
                p(out, "Bron", inhoud.bron() + (tabel.verwijzing() ? "" : " (" + tabel.csv() + ")"));
            }
        }
        out.append("</office:text></office:body></office:document-content>\n");
        return out.toString();
    }

    private static void tabel(StringBuilder out, Inhoud.Tabel tabel) {
        TableData data = tabel.data();
        List<TableDefinition.Kolom> kolommen = data.definitie().kolommen();
        out.append("<table:table table:name=\"Tabel ").append(tabel.nummer()).append("\" table:style-name=\"Tabel\">");
        out.append("<table:table-column table:number-columns-repeated=\"").append(kolommen.size()).append("\"/>");
        out.append("<table:table-header-rows><table:table-row>");
        for (TableDefinition.Kolom k : kolommen) {
            out.append("<table:table-cell table:style-name=\"Kopcel\" office:value-type=\"string\">");
            p(out, k.numeriek() ? "Kopgetal" : "Table_20_Heading", k.titel());
            out.append("</table:table-cell>");
        }
        out.append("</table:table-row></table:table-header-rows>");
        for (List<Cel> rij : data.rijen()) {
            out.append("<table:table-row table:style-name=\"Rij\">");
            for (int i = 0; i < rij.size(); i++) {
                Cel cel = rij.get(i);
                TableDefinition.Kolom k = kolommen.get(i);
                String tekst = DutchNumbers.format(cel, k);
                BigDecimal waarde = switch (cel.soort()) {
                    case AANTAL -> BigDecimal.valueOf(((Cel.Aantal) cel).getal());
                    case DECIMAAL -> ((Cel.Decimaal) cel).getal();
                    case TEKST, VERBORGEN, LEEG -> null;
                };
                if (waarde != null) {
                    out.append("<table:table-cell table:style-name=\"Cel\" office:value-type=\"float\" office:value=\"")
                            .append(waarde.toPlainString()).append("\">");
                } else {
                    out.append("<table:table-cell table:style-name=\"Cel\" office:value-type=\"string\">");
                }
                p(out, k.numeriek() ? "Getal" : "Table_20_Contents", tekst);
                out.append("</table:table-cell>");
            }
            out.append("</table:table-row>");
        }
        out.append("</table:table>");
    }

    private static void afbeelding(StringBuilder out, Inhoud.Tabel tabel, List<Afbeelding> afbeeldingen) {
        Grafiek g = tabel.grafiek();
        byte[] png = tabel.png();
        if (png == null) {
            return;
        }
        String pad = "Pictures/tabel-" + tabel.nummer() + ".png";
        afbeeldingen.add(new Afbeelding(pad, png));
        java.awt.Dimension maat = Grafiekbeeld.maat(g);
        int breedte = maat.width;
        int hoogte = maat.height;
        // 15 cm wide, the picture's own proportions (of all its panels, for small multiples); sizes in whole hundredths of a millimetre, so the text is reproducible
        long b = 15000;
        long hgt = Math.round(b * (double) hoogte / breedte);
        out.append("<text:p text:style-name=\"Figuur\"><draw:frame draw:style-name=\"Figuur\" draw:name=\"Figuur ")
                .append(tabel.nummer()).append("\" text:anchor-type=\"as-char\" svg:width=\"").append(mm(b))
                .append("\" svg:height=\"").append(mm(hgt)).append("\">")
                .append("<draw:image xlink:href=\"").append(pad)
                .append("\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/>")
                .append("<svg:title>").append(xml(g.titel())).append("</svg:title>")
                .append("<svg:desc>").append(xml(g.beschrijving())).append("</svg:desc>")
                .append("</draw:frame></text:p>");
        p(out, "Caption", "Figuur bij tabel " + tabel.nummer() + "; de waarden staan ook in de tabel.");
    }

    private static String mm(long honderdsten) {
        return (honderdsten / 100) + "." + String.format("%02d", honderdsten % 100) + "mm";
    }

    private static void h(StringBuilder out, int niveau, String tekst) {
        out.append("<text:h text:style-name=\"Heading_20_").append(niveau).append("\" text:outline-level=\"").append(niveau)
                .append("\">");
        xml(tekst, out);
        out.append("</text:h>");
    }

    private static void p(StringBuilder out, String stijl, String tekst) {
        out.append("<text:p text:style-name=\"").append(stijl).append("\">");
        xml(tekst, out);
        out.append("</text:p>");
    }

    /** The named styles an editor shows and restyles; A4 with the page number in the footer. */
    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles" + NS + ">"
            + "<office:font-face-decls><style:font-face style:name=\"DejaVu Sans\" svg:font-family=\"'DejaVu Sans'\""
            + " style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/></office:font-face-decls>"
            + "<office:styles>"
            + "<style:default-style style:family=\"paragraph\"><style:paragraph-properties fo:hyphenation-ladder-count=\"no-limit\"/>"
            + "<style:text-properties style:font-name=\"DejaVu Sans\" fo:font-size=\"10pt\" fo:language=\"nl\" fo:country=\"NL\"/>"
            + "</style:default-style>"
            + "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>"
            + "<style:style style:name=\"Text_20_body\" style:display-name=\"Text body\" style:family=\"paragraph\""
            + " style:parent-style-name=\"Standard\" style:class=\"text\"><style:paragraph-properties fo:margin-top=\"0cm\""
            + " fo:margin-bottom=\"0.25cm\" fo:line-height=\"130%\"/></style:style>"
            + "<style:style style:name=\"Heading\" style:family=\"paragraph\" style:parent-style-name=\"Standard\""
            + " style:next-style-name=\"Text_20_body\" style:class=\"text\"><style:paragraph-properties fo:margin-top=\"0.42cm\""
            + " fo:margin-bottom=\"0.21cm\" fo:keep-with-next=\"always\"/><style:text-properties fo:color=\"#154273\""
            + " fo:font-weight=\"bold\"/></style:style>"
            + heading(1, "20pt") + heading(2, "14pt") + heading(3, "11pt")
            + "<style:style style:name=\"Subtitle\" style:family=\"paragraph\" style:parent-style-name=\"Standard\""
            + " style:class=\"chapter\"><style:text-properties fo:font-size=\"11pt\" fo:color=\"#333333\"/></style:style>"
            + "<style:style style:name=\"Table_20_Contents\" style:display-name=\"Table Contents\" style:family=\"paragraph\""
            + " style:parent-style-name=\"Standard\" style:class=\"extra\"><style:text-properties fo:font-size=\"8pt\"/></style:style>"
            + "<style:style style:name=\"Table_20_Heading\" style:display-name=\"Table Heading\" style:family=\"paragraph\""
            + " style:parent-style-name=\"Table_20_Contents\" style:class=\"extra\"><style:text-properties fo:font-weight=\"bold\"/>"
            + "</style:style>"
            + "<style:style style:name=\"Caption\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"extra\">"
            + "<style:paragraph-properties fo:margin-bottom=\"0.2cm\"/><style:text-properties fo:font-size=\"8pt\" fo:font-style=\"italic\"/></style:style>"
            + "<style:style style:name=\"Figuur\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"/>"
            + "<style:style style:name=\"Voetnoot\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"extra\">"
            + "<style:text-properties fo:font-size=\"8pt\" fo:color=\"#333333\"/></style:style>"
            + "<style:style style:name=\"Bron\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"extra\">"
            + "<style:paragraph-properties fo:margin-bottom=\"0.3cm\"/><style:text-properties fo:font-size=\"8pt\""
            + " fo:font-style=\"italic\"/></style:style>"
            + "<text:list-style style:name=\"Voetnoten\"><text:list-level-style-number text:level=\"1\" style:num-suffix=\".\""
            + " style:num-format=\"1\"><style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
            + "<style:list-level-label-alignment text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"0.6cm\""
            + " fo:text-indent=\"-0.6cm\" fo:margin-left=\"0.6cm\"/></style:list-level-properties></text:list-level-style-number>"
            + "</text:list-style>"
            + "</office:styles>"
            + "<office:automatic-styles><style:page-layout style:name=\"A4\"><style:page-layout-properties fo:page-width=\"21cm\""
            + " fo:page-height=\"29.7cm\" style:print-orientation=\"portrait\" fo:margin-top=\"1.8cm\" fo:margin-bottom=\"1.5cm\""
            + " fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/><style:footer-style><style:header-footer-properties"
            + " fo:min-height=\"0.6cm\" fo:margin-top=\"0.3cm\"/></style:footer-style></style:page-layout>"
            + "<style:style style:name=\"Voet\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"center\"/>"
            + "<style:text-properties fo:font-size=\"8pt\"/></style:style></office:automatic-styles>"
            + "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\"><style:footer>"
            + "<text:p text:style-name=\"Voet\">Pagina <text:page-number text:select-page=\"current\"/></text:p></style:footer>"
            + "</style:master-page></office:master-styles></office:document-styles>\n";

    private static String heading(int niveau, String grootte) {
        return "<style:style style:name=\"Heading_20_" + niveau + "\" style:display-name=\"Heading " + niveau + "\""
                + " style:family=\"paragraph\" style:parent-style-name=\"Heading\" style:next-style-name=\"Text_20_body\""
                + " style:default-outline-level=\"" + niveau + "\" style:class=\"text\"><style:text-properties fo:font-size=\""
                + grootte + "\"/></style:style>";
    }
}
