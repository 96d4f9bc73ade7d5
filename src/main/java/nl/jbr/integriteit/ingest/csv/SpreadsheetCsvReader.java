package nl.jbr.integriteit.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.bevinding.Ernst;

/**
 * Reads a CSV file as Dutch spreadsheet software writes it, without configuration: everything is
 * decided from the content.
 *
 * <ul>
 * <li><b>First pass</b> ({@link ByteScan}, streaming over the bytes): size limit, NUL bytes, strict
 * UTF-8 validity of the whole file, and the first 64 KB for sniffing. Known binary signatures (gzip,
 * zip/xlsx/ods, old xls, PDF, UTF-16/32 byte order marks) and samples full of control characters make the
 * file unreadable.</li>
 * <li><b>Encoding</b>: UTF-8 when every byte sequence is valid UTF-8 (a BOM is skipped), otherwise
 * Windows-1252. A file that is not valid UTF-8 but does contain valid multi-byte UTF-8 sequences (mixed
 * encodings, e.g. rows pasted from two sources) is read as Windows-1252 with a
 * {@link BevindingCode#TEKENCODERING_GEMENGD} warning: its accented letters from the UTF-8 part will read
 * wrong (Ã©), which the coordinator should see and fix.</li>
 * <li><b>Separator</b>: named by an Excel {@code sep=;} first line (which, as in Excel, is skipped and not counted
 * as a row), else see {@link SeparatorDetector}.</li>
 * <li><b>Second pass</b>: a small state-machine parser ({@link RecordParser}) over a buffered reader;
 * chosen over Commons CSV because it counts spreadsheet rows exactly, handles a lone CR, and enforces the
 * record limits before a record is built in memory.</li>
 * </ul>
 *
 * Problems are {@link #findings() findings}, never exceptions; only real I/O errors throw
 * ({@link UncheckedIOException}). A fatal problem stops reading: {@link #next()} then returns empty.
 * The file-size limit is checked before anything is read and reported for the file as a whole (regel 0).
 */
public final class SpreadsheetCsvReader implements AutoCloseable {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Excel's first line naming the separator, e.g. {@code sep=;}. */
    private static final Pattern SEP_REGEL = Pattern.compile("sep=([;,\t|])(\r\n|\n|\r|$)", Pattern.CASE_INSENSITIVE);

    private final JbrProperties.Limits limits;
    private final List<Bevinding> findings = new ArrayList<>();
    private Dialect dialect;
    private Reader reader;
    private RecordParser parser;
    private CsvRow header;
    private long regel;
    private long gegevensregels;
    private boolean stopped;

    private SpreadsheetCsvReader(JbrProperties.Limits limits) {
        this.limits = limits;
    }

    /** Opens and sniffs {@code file} and reads its header; only real I/O errors throw. */
    public static SpreadsheetCsvReader open(Path file, JbrProperties.Limits limits) {
        SpreadsheetCsvReader csv = new SpreadsheetCsvReader(limits);
        try {
            csv.start(file);
        } catch (IOException e) {
            csv.close();
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return csv;
    }

    private void start(Path file) throws IOException {
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            tooBig(size);
            return;
        }
        if (size == 0) {
            fatal(BevindingCode.BESTAND_LEEG, "Het bestand is leeg: er staat geen kopregel en geen gegevens in.");
            return;
        }
        ByteScan.Result scan = ByteScan.scan(file, limits.maxFileBytes());
        if (scan.overLimit()) {
            tooBig(scan.bytes());
            return;
        }
        String binary = binarySignature(scan.head());
        if (binary != null) {
            fatal(BevindingCode.BESTAND_ONLEESBAAR, binary);
            return;
        }
        if (scan.nulOffset() >= 0) {
            fatal(BevindingCode.BESTAND_ONLEESBAAR, "Het bestand bevat binaire gegevens (NUL-tekens) en is dus geen "
                    + "tekstbestand. Sla het bestand in het spreadsheetprogramma op als CSV (puntkomma-gescheiden).");
            return;
        }
        if (looksBinary(scan.head())) {
            fatal(BevindingCode.BESTAND_ONLEESBAAR, "Het bestand bevat veel stuurtekens en lijkt geen tekstbestand. "
                    + "Sla het bestand in het spreadsheetprogramma op als CSV (puntkomma-gescheiden).");
            return;
        }
        boolean bom = scan.utf8Bom();
        if (bom && scan.bytes() == 3) {
            fatal(BevindingCode.BESTAND_LEEG, "Het bestand is leeg: er staat alleen een UTF-8-markering (BOM) in, "
                    + "geen kopregel en geen gegevens.");
            return;
        }
        Charset charset = scan.validUtf8() ? StandardCharsets.UTF_8 : WINDOWS_1252;
        if (!scan.validUtf8() && scan.multiByteUtf8()) {
            findings.add(Bevinding.bestand(Ernst.WAARSCHUWING, BevindingCode.TEKENCODERING_GEMENGD,
                    "Het bestand bevat tekst in twee tekencoderingen (deels UTF-8, deels Windows-1252). Het is gelezen "
                            + "als Windows-1252; letters met accenten uit het UTF-8-deel kunnen verkeerd zijn "
                            + "overgenomen (bijvoorbeeld 'Ã©' in plaats van 'é'). Sla het bestand op als "
                            + "CSV UTF-8 en lever het opnieuw aan."));
        }
        int skip = bom ? 3 : 0;
        boolean cutOff = scan.bytes() > scan.head().length;
        String sample = new String(scan.head(), skip, scan.head().length - skip, charset);
        char separator;
        Matcher sep = SEP_REGEL.matcher(sample);
        if (sep.lookingAt()) {
            // Excel's "sep=;" line names the separator and is not shown as a row: skip it, do not count it
            separator = sep.group(1).charAt(0);
            skip += sep.group().getBytes(charset).length;
        } else {
            separator = SeparatorDetector.detect(sample, cutOff);
        }
        dialect = new Dialect(charset, bom, separator);

        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(skip);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        reader = new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        parser = new RecordParser(reader, separator, limits.maxLineChars(), limits.maxFields());
        header = readNonEmpty();
        if (header == null && !stopped) {
            fatal(BevindingCode.BESTAND_LEEG, "Het bestand bevat geen kopregel: er staan alleen lege regels in.");
        }
    }

    /** How the file was read; empty when it could not be read at all. */
    public Optional<Dialect> dialect() {
        return Optional.ofNullable(dialect);
    }

    /** The first non-empty record. */
    public Optional<CsvRow> header() {
        return Optional.ofNullable(header);
    }

    /** The next non-empty data record; empty at end of file or after a fatal problem. */
    public Optional<CsvRow> next() {
        if (stopped || header == null) {
            return Optional.empty();
        }
        try {
            CsvRow row = readNonEmpty();
            if (row == null) {
                return Optional.empty();
            }
            if (gegevensregels >= limits.maxRows()) {
                stop(Bevinding.fout(row.regel(), "", "", BevindingCode.LIMIET_OVERSCHREDEN,
                        "Regel " + row.regel() + ": het bestand bevat meer dan " + limits.maxRows()
                                + " gegevensregels, het maximum. Het bestand is vanaf hier niet verder gelezen."));
                return Optional.empty();
            }
            gegevensregels++;
            return Optional.of(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read problems found so far. */
    public List<Bevinding> findings() {
        return Collections.unmodifiableList(findings);
    }

    /** Non-empty data records read (returned by {@link #next()}) so far. */
    public long gegevensregels() {
        return gegevensregels;
    }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                reader = null;
            }
        }
    }

    private CsvRow readNonEmpty() throws IOException {
        while (!stopped) {
            RecordParser.Status status = parser.next();
            switch (status) {
                case END -> {
                    return null;
                }
                case RECORD -> {
                    regel++;
                    List<String> fields = parser.fields();
                    if (!SeparatorDetector.isBlank(fields)) {
                        return new CsvRow(regel, dropTrailingBlank(fields));
                    }
                }
                case UNCLOSED_QUOTE -> stop(Bevinding.fout(regel + 1, "", "", BevindingCode.BESTAND_ONLEESBAAR,
                        "Regel " + (regel + 1) + ": een veld begint met een aanhalingsteken (\") dat tot het einde van "
                                + "het bestand niet wordt afgesloten. Het bestand kan niet betrouwbaar worden gelezen; "
                                + "controleer de aanhalingstekens in deze regel."));
                case TOO_LONG -> stop(Bevinding.fout(regel + 1, "", "", BevindingCode.LIMIET_OVERSCHREDEN,
                        "Regel " + (regel + 1) + " is langer dan " + limits.maxLineChars() + " tekens, het maximum."
                                + (parser.inQuotes() ? " Waarschijnlijk wordt een aanhalingsteken (\") in deze regel "
                                        + "niet afgesloten." : "")
                                + " Het bestand is vanaf hier niet verder gelezen."));
                case TOO_MANY_FIELDS -> stop(Bevinding.fout(regel + 1, "", "", BevindingCode.LIMIET_OVERSCHREDEN,
                        "Regel " + (regel + 1) + " bevat meer dan " + limits.maxFields() + " velden, het maximum."
                                + " Het bestand is vanaf hier niet verder gelezen."));
            }
        }
        return null;
    }

    private static List<String> dropTrailingBlank(List<String> fields) {
        int end = fields.size();
        while (end > 0 && fields.get(end - 1).isBlank()) {
            end--;
        }
        return end == fields.size() ? fields : fields.subList(0, end);
    }

    private void tooBig(long size) {
        fatal(BevindingCode.LIMIET_OVERSCHREDEN, "Het bestand is groter dan " + limits.maxFileBytes()
                + " bytes, het maximum" + " (gelezen: minstens " + size + " bytes). Het bestand is niet gelezen.");
    }

    private void fatal(BevindingCode code, String melding) {
        stop(Bevinding.bestand(Ernst.FOUT, code, melding));
    }

    private void stop(Bevinding finding) {
        findings.add(finding);
        stopped = true;
        close();
    }

    /** A Dutch explanation when the first bytes show a known non-CSV format, else null. */
    static String binarySignature(byte[] h) {
        if (startsWith(h, 0x1F, 0x8B)) {
            return "Het bestand is een gecomprimeerd (gzip-)bestand en geen CSV. Pak het uit en lever het CSV-bestand aan.";
        }
        if (startsWith(h, 'P', 'K', 3, 4) || startsWith(h, 'P', 'K', 5, 6) || startsWith(h, 'P', 'K', 7, 8)) {
            return "Het bestand is een zip-bestand (bijvoorbeeld een Excel-werkmap .xlsx of .ods) met de naam .csv. "
                    + "Open het in het spreadsheetprogramma en kies 'Opslaan als' CSV (puntkomma-gescheiden).";
        }
        if (startsWith(h, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "Het bestand is een oud Excel-bestand (.xls) met de naam .csv. Open het in het spreadsheetprogramma "
                    + "en kies 'Opslaan als' CSV (puntkomma-gescheiden).";
        }
        if (startsWith(h, '%', 'P', 'D', 'F')) {
            return "Het bestand is een PDF-document en geen CSV. Lever het formulier aan als CSV-bestand.";
        }
        if (startsWith(h, 0xFF, 0xFE) || startsWith(h, 0xFE, 0xFF) || startsWith(h, 0, 0, 0xFE, 0xFF)) {
            return "Het bestand is opgeslagen als Unicode-tekst (UTF-16). Sla het op als CSV UTF-8 of als "
                    + "CSV (puntkomma-gescheiden).";
        }
        return null;
    }

    private static boolean startsWith(byte[] h, int... sig) {
        if (h.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((h[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * More than 1% (and at least 8) C0 control bytes other than tab, LF, CR, form feed and the old
     * end-of-file marker 0x1A: not text a spreadsheet wrote.
     */
    static boolean looksBinary(byte[] h) {
        int control = 0;
        for (byte b : h) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
                control++;
            }
        }
        return control >= 8 && control * 100L > h.length;
    }
}
