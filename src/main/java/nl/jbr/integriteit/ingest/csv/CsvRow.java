package nl.jbr.integriteit.ingest.csv;

import java.util.List;

/**
 * One record of a spreadsheet CSV file.
 *
 * @param regel  the row number a spreadsheet shows (header = 1; empty lines count; a quoted field with
 *               line breaks is still one row)
 * @param cellen the cells as read (not trimmed); trailing blank cells are dropped
 */
public record CsvRow(long regel, List<String> cellen) {

    public CsvRow {
        cellen = List.copyOf(cellen);
    }

    /** The cell at {@code index}, or the empty string when the row is shorter. */
    public String cel(int index) {
        return index < cellen.size() ? cellen.get(index) : "";
    }
}
