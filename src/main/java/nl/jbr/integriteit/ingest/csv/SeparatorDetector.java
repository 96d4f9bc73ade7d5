package nl.jbr.integriteit.ingest.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the separator from a sample of the file (its first 64 KB, decoded). For each candidate the
 * sample is split quote-aware into records (empty records skipped, at most {@value #MAX_RECORDS}; when the
 * sample was cut off, its last, possibly partial, record is ignored). Leading records with fewer than two
 * non-empty fields are title lines typed above the header (issue 23: with or without Excel's trailing separators)
 * and are not read as the header, at most {@value #MAX_TITLE_LINES} of them; the first record after them is the
 * header.
 * A candidate is viable when it has such a header. Among viable candidates wins, in this order:
 * <ol>
 * <li>the highest share of records with exactly the header's field count (consistency; a title line counts as a
 * record that does not match);</li>
 * <li>then the most header fields;</li>
 * <li>then the fixed order {@code ;} , tab , {@code ,} — semicolon first because Dutch spreadsheet
 * software writes it and Dutch text uses the comma as decimal mark and in prose.</li>
 * </ol>
 * When no candidate is viable (a one-column file), the semicolon is assumed.
 */
final class SeparatorDetector {

    static final char[] CANDIDATES = {';', '\t', ','};
    static final int MAX_RECORDS = 50;
    /** As many title lines as the form validator skips above the header. */
    static final int MAX_TITLE_LINES = 20;
    /** In the field counts: a title line. */
    private static final int TITLE = -1;

    private SeparatorDetector() {
    }

    static char detect(String sample, boolean cutOff) {
        char best = ';';
        double bestShare = -1;
        int bestFields = 0;
        for (char candidate : CANDIDATES) {
            List<Integer> counts = fieldCounts(sample, candidate, cutOff);
            int titles = (int) counts.stream().takeWhile(c -> c == TITLE).count();
            if (titles == counts.size()) {
                continue; // no header: not viable
            }
            int header = counts.get(titles);
            long same = counts.stream().filter(c -> c == header).count();
            // title lines count as records that do not match: a candidate that must skip many lines to find a
            // header of two fields (data lines split by the wrong separator) loses to one that reads the file whole
            double share = (double) same / counts.size();
            if (share > bestShare || (share == bestShare && header > bestFields)) {
                best = candidate;
                bestShare = share;
                bestFields = header;
            }
        }
        return best;
    }

    private static List<Integer> fieldCounts(String sample, char separator, boolean cutOff) {
        RecordParser parser = new RecordParser(new StringReader(sample), separator, Integer.MAX_VALUE, Integer.MAX_VALUE);
        List<Integer> counts = new ArrayList<>();
        int titles = 0;
        try {
            while (counts.size() <= MAX_RECORDS) {
                RecordParser.Status status = parser.next();
                if (status != RecordParser.Status.RECORD) {
                    break;
                }
                if (cutOff && !parser.terminated()) {
                    break; // the last record of a cut-off sample may be partial
                }
                if (isBlank(parser.fields())) {
                    continue;
                }
                if (counts.size() == titles && nonEmpty(parser.fields()) < 2 && titles < MAX_TITLE_LINES) {
                    titles++; // a title line above the header: it says nothing about the separator
                    counts.add(TITLE);
                    continue;
                }
                counts.add(parser.fields().size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on a StringReader
        }
        if (counts.size() > MAX_RECORDS) {
            counts.remove(counts.size() - 1);
        }
        return counts;
    }

    private static int nonEmpty(List<String> fields) {
        int n = 0;
        for (String f : fields) {
            if (!f.isBlank()) {
                n++;
            }
        }
        return n;
    }

    static boolean isBlank(List<String> fields) {
        for (String f : fields) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
