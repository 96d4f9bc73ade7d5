package nl.jbr.integriteit.uitvoer.werkmap;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip file with reproducible bytes: every entry carries the same fixed time (1 January 2000, set as a local
 * date-time so that the machine's time zone does not matter; not 1 January 1980, which the JDK treats as "before
 * DOS time" and then adds an extended-timestamp field), no extra fields, entries in the order they are added, and a
 * fixed compression level (the fastest: a publication writes hundreds of these, and the default level cost three
 * times the CPU for files a few kilobytes smaller). Identical content therefore gives identical files.
 */
public final class VasteZip implements AutoCloseable {

    static final LocalDateTime TIJD = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final ZipOutputStream zip;

    public VasteZip(Path bestand) throws IOException {
        this(Files.newOutputStream(bestand));
    }

    VasteZip(OutputStream out) {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED); // a third of the default level's CPU; the sheets are small either way
    }

    /** A compressed entry. */
    public void schrijf(String naam, String inhoud) throws IOException {
        schrijf(naam, inhoud.getBytes(StandardCharsets.UTF_8));
    }

    public void schrijf(String naam, byte[] inhoud) throws IOException {
        ZipEntry entry = new ZipEntry(naam);
        entry.setTimeLocal(TIJD);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(entry);
        zip.write(inhoud);
        zip.closeEntry();
    }

    /**
     * A compressed entry written in pieces: {@code inhoud} appends its text to {@link Stroom#uit()} and calls
     * {@link Stroom#misschienDoorgeven()} now and then (after each row), which passes the text on to the zip once it
     * has grown. A sheet of a hundred thousand rows is then never one string in memory. The bytes are those of
     * {@link #schrijf(String, String)} with the whole text.
     */
    void schrijf(String naam, StroomInhoud inhoud) throws IOException {
        ZipEntry entry = new ZipEntry(naam);
        entry.setTimeLocal(TIJD);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(entry);
        Writer writer = new OutputStreamWriter(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the entry ends with closeEntry, the zip with VasteZip.close
            }
        }, StandardCharsets.UTF_8);
        Stroom stroom = new Stroom(writer);
        inhoud.schrijfIn(stroom);
        stroom.doorgeven();
        writer.close();
        zip.closeEntry();
    }

    /** The text of an entry being written in pieces. */
    static final class Stroom {

        private static final int DREMPEL = 1 << 16;

        private final StringBuilder uit = new StringBuilder(DREMPEL + 4096);
        private final Writer writer;

        private Stroom(Writer writer) {
            this.writer = writer;
        }

        /** Where the text goes. */
        StringBuilder uit() {
            return uit;
        }

        /** Passes the text so far on to the zip once there is enough of it. */
        void misschienDoorgeven() throws IOException {
            if (uit.length() >= DREMPEL) {
                doorgeven();
            }
        }

        private void doorgeven() throws IOException {
            writer.append(uit);
            uit.setLength(0);
        }
    }

    @FunctionalInterface
    interface StroomInhoud {
        void schrijfIn(Stroom stroom) throws IOException;
    }

    /**
     * Starts an OpenDocument package (a spreadsheet, the chapter): {@code mimetype} stored first, then
     * {@code META-INF/manifest.xml} naming the package and each of {@code bestanden} (path to media type, in order).
     */
    public void odfBegin(String mimetype, String versie, Map<String, String> bestanden) throws IOException {
        bewaar("mimetype", mimetype);
        StringBuilder manifest = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest"
                + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"" + versie + "\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"" + versie + "\" manifest:media-type=\""
                + mimetype + "\"/>");
        bestanden.forEach((pad, soort) -> manifest.append("<manifest:file-entry manifest:full-path=\"").append(pad)
                .append("\" manifest:media-type=\"").append(soort).append("\"/>"));
        manifest.append("</manifest:manifest>\n");
        schrijf("META-INF/manifest.xml", manifest.toString());
    }

    /** An uncompressed entry (OpenDocument's {@code mimetype} must be the first entry, stored). */
    public void bewaar(String naam, String inhoud) throws IOException {
        byte[] bytes = inhoud.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ZipEntry entry = new ZipEntry(naam);
        entry.setTimeLocal(TIJD);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Text escaped for XML 1.0 content and attributes; characters XML cannot hold are left out. */
    public static String xml(String tekst) {
        StringBuilder out = new StringBuilder(tekst.length() + 16);
        xml(tekst, out);
        return out.toString();
    }

    /**
     * {@link #xml(String)} appended to {@code out}, without a string of its own: the cells of a sheet of a hundred
     * thousand rows. Text without a character to escape or drop (the usual cell) is appended at once.
     */
    public static void xml(String tekst, StringBuilder out) {
        int n = tekst.length();
        int i = 0;
        while (i < n && gewoon(tekst.charAt(i))) {
            i++;
        }
        out.append(tekst, 0, i);
        for (; i < n; i++) {
            char c = tekst.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xFFFE && !(c >= 0xD800 && c <= 0xDFFF))) {
                        out.append(c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < tekst.length()
                            && Character.isLowSurrogate(tekst.charAt(i + 1))) {
                        out.append(c).append(tekst.charAt(++i));
                    }
                    // else: a control character or lone surrogate, not representable in XML 1.0: dropped
                }
            }
        }
    }

    /** A character written as it is: no markup, and representable in XML 1.0 on its own (not a surrogate). */
    private static boolean gewoon(char c) {
        return c >= 0x20 ? c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' && c < 0xD800
                : c == '\t' || c == '\n' || c == '\r';
    }

    /** Bytes of a zip built in memory (for tests and small files). */
    static byte[] inGeheugen(ZipInhoud inhoud) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (VasteZip zip = new VasteZip(bytes)) {
            inhoud.schrijfIn(zip);
        }
        return bytes.toByteArray();
    }

    @FunctionalInterface
    interface ZipInhoud {
        void schrijfIn(VasteZip zip) throws IOException;
    }
}
