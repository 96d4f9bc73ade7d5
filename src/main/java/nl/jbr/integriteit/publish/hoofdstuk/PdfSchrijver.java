package nl.jbr.integriteit.publish.hoofdstuk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Turns the chapter's XHTML ({@code hoofdstuk.ftlh} with {@code pdf}) into a tagged PDF/UA-1 document with the
 * maintained openhtmltopdf fork (pure Java on PDFBox: runs in the nightly job on a machine with only Java, no browser):
 * structure tree from the HTML (headings, tables with header cells, figures with their alt text, paragraphs, lists),
 * language {@code nl} from {@code <html lang>}, title from {@code <title>} shown as the window title, bookmarks from
 * the {@code <bookmarks>} element, A4 with page numbers, table rows kept whole and header rows repeated. The bundled
 * DejaVu Sans is embedded (PDF/UA requires every font to be).
 *
 * <p>Same chapter, same bytes: openhtmltopdf stamps the creation time and PDFBox a time-based document id, so both
 * are set from the chapter itself (the date of its release state, or a constant; the id from a hash of the XHTML)
 * on the finished document before its one save.
 */
final class PdfSchrijver {

    /** The date of a chapter that has no release date yet (voorlopig): a constant, as the zip files have one. */
    static final LocalDate ZONDER_DATUM = LocalDate.of(2000, 1, 1);

    /** Font metrics, parsed once per JVM instead of once per year (the three TTFs are 2 MB). */
    private static final FSDefaultCacheStore CACHE = new FSDefaultCacheStore();

    static {
        PdfLogboek.gebruik();
    }

    void schrijf(Path bestand, String xhtml, LocalDate datum) throws IOException {
        ByteArrayOutputStream ruw = new ByteArrayOutputStream(1 << 20);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, CACHE);
        builder.usePdfUaAccessibility(true);
        builder.withProducer("jbr-integriteit");
        lettertype(builder, "/fonts/DejaVuSans.ttf", 400, FontStyle.NORMAL);
        lettertype(builder, "/fonts/DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
        lettertype(builder, "/fonts/DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
        // nothing is fetched from outside: the page holds its images as data URIs
        builder.useExternalResourceAccessControl((uri, soort) -> uri != null && uri.startsWith("data:"),
                com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(ruw);
        // laid out and made, but not saved: the dates and the id are set before the one save (saving, loading and
        // saving again cost as much as the rendering itself)
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument doc = renderer.createPDFKeepOpen()) {
                vastzetten(doc, xhtml, datum == null ? ZONDER_DATUM : datum);
                doc.save(ruw);
            }
        }
        Files.write(bestand, ruw.toByteArray());
    }

    /** Sets the creation date and the document id from the chapter instead of the clock. */
    private static void vastzetten(PDDocument doc, String xhtml, LocalDate datum) throws IOException {
        Calendar tijd = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        tijd.clear();
        tijd.set(datum.getYear(), datum.getMonthValue() - 1, datum.getDayOfMonth(), 0, 0, 0);
        String iso = datum + "T00:00:00Z";
        doc.getDocumentInformation().setCreationDate(tijd);
        doc.getDocumentInformation().setModificationDate(tijd);
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            for (String veld : new String[] {"xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"}) {
                xmp = xmp.replaceAll("<" + veld + ">[^<]*</" + veld + ">", "<" + veld + ">" + iso + "</" + veld + ">")
                        .replaceAll(veld + "=\"[^\"]*\"", veld + "=\"" + iso + "\"");
            }
            metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        }
        byte[] id = Arrays.copyOf(sha256(xhtml), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static void lettertype(PdfRendererBuilder builder, String bron, int gewicht, FontStyle stijl) {
        byte[] font = LETTERTYPEN.computeIfAbsent(bron, PdfSchrijver::zonderGsub);
        builder.useFont(() -> new java.io.ByteArrayInputStream(font), "DejaVu Sans", gewicht, stijl, true);
    }

    /** The bundled fonts as {@link #zonderGsub} makes them, read once per JVM. */
    private static final java.util.Map<String, byte[]> LETTERTYPEN = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The font without its glyph substitution table (GSUB). With it, PDFBox writes "fi", "ff" and "ffi" as ligature
     * glyphs, and a reader who copies, searches or has the PDF read aloud gets "\uFB01nanciële" and "onthe\uFB03ngen"
     * instead of the words; applying the table to every piece of text was also about a tenth of the time a chapter
     * takes. The table's entry leaves the table directory and sixteen zero bytes take its place, so every other table
     * keeps its offset.
     */
    static byte[] zonderGsub(String bron) {
        byte[] font;
        try (InputStream in = PdfSchrijver.class.getResourceAsStream(bron)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: " + bron);
            }
            font = in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(font);
        int tabellen = Short.toUnsignedInt(b.getShort(4));
        int gsub = -1;
        for (int i = 0; i < tabellen; i++) {
            if (b.getInt(12 + 16 * i) == 0x47535542) { // 'GSUB'
                gsub = i;
            }
        }
        if (gsub < 0) {
            return font;
        }
        byte[] uit = font.clone();
        int rest = tabellen - 1;
        int macht = Integer.highestOneBit(rest);
        java.nio.ByteBuffer u = java.nio.ByteBuffer.wrap(uit);
        u.putShort(4, (short) rest);
        u.putShort(6, (short) (16 * macht));
        u.putShort(8, (short) Integer.numberOfTrailingZeros(macht));
        u.putShort(10, (short) (16 * rest - 16 * macht));
        int naar = 12;
        for (int i = 0; i < tabellen; i++) {
            if (i != gsub) {
                System.arraycopy(font, 12 + 16 * i, uit, naar, 16);
                naar += 16;
            }
        }
        Arrays.fill(uit, naar, naar + 16, (byte) 0);
        return uit;
    }

    private static byte[] sha256(String tekst) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
