package nl.jbr.integriteit.uitvoer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV this project writes goes through here: UTF-8 (the caller's writer), {@code ,} separator,
 * {@code "} quoting where needed, LF line ends, and text cells that a spreadsheet would execute
 * neutralised with a leading apostrophe (OWASP "CSV injection"). Columns declared numeric are
 * written untouched, so {@code -3.5} stays a number.
 */
public final class SafeCsv implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final CSVPrinter printer;
    private final Set<Integer> numericColumns;

    /**
     * @param numericColumns zero-based indexes of columns that hold numbers only
     */
    public SafeCsv(Writer out, List<String> header, Set<Integer> numericColumns) {
        this.numericColumns = Set.copyOf(numericColumns);
        try {
            this.printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(header.stream().map(SafeCsv::neutralise).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one row; {@code null} becomes an empty cell. */
    public void row(List<?> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            Object cell = cells.get(i);
            String text = cell == null ? "" : cell.toString();
            out.add(numericColumns.contains(i) ? text : neutralise(text));
        }
        try {
            printer.printRecord(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A text cell made safe for spreadsheets: if it starts with {@code = + - @} (or their full-width forms
     * {@code ＝ ＋ － ＠}, which spreadsheets also read as the start of a formula), a tab or a carriage
     * return, it gets a leading apostrophe, which spreadsheets show as text and do not evaluate.
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> "'" + text;
            default -> text;
        };
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
