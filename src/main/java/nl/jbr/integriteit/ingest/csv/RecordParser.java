package nl.jbr.integriteit.ingest.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small streaming state machine that splits characters into records the way spreadsheet software
 * writes them: one separator, {@code "} quoting with {@code ""} as an escaped quote, line breaks (CRLF,
 * LF or a lone CR) inside quotes belong to the field. Lenient where spreadsheets are: a quote inside an
 * unquoted field is an ordinary character, and text after a closing quote is appended to the field.
 * Enforces the per-record character and field limits while reading, so a hostile record never grows
 * beyond them in memory.
 */
final class RecordParser {

    enum Status { RECORD, END, UNCLOSED_QUOTE, TOO_LONG, TOO_MANY_FIELDS }

    private static final int START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int AFTER_QUOTE = 3;

    private final Reader in;
    private final char separator;
    private final int maxChars;
    private final int maxFields;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private final StringBuilder field = new StringBuilder(64);

    private List<String> fields = List.of();
    /** The number of fields of the last record: the next record's list is made that large at once. */
    private int breedte;
    private boolean inQuotes;
    private boolean terminated;

    RecordParser(Reader in, char separator, int maxChars, int maxFields) {
        this.in = in;
        this.separator = separator;
        this.maxChars = maxChars;
        this.maxFields = maxFields;
    }

    /** Fields of the record just read (valid after {@link Status#RECORD}). */
    List<String> fields() {
        return fields;
    }

    /** Whether the parser was inside a quoted field when it stopped. */
    boolean inQuotes() {
        return inQuotes;
    }

    /** Whether the last record ended with a line break (false: it ended at end of input). */
    boolean terminated() {
        return terminated;
    }

    Status next() throws IOException {
        if (peek() < 0) {
            return Status.END;
        }
        List<String> out = new ArrayList<>(Math.max(10, breedte));
        fields = out;
        field.setLength(0);
        inQuotes = false;
        terminated = false;
        int state = START;
        int chars = 0;
        while (true) {
            int c = read();
            if (c < 0) {
                if (state == QUOTED) {
                    inQuotes = true;
                    return Status.UNCLOSED_QUOTE;
                }
                return endField(out) ? Status.RECORD : Status.TOO_MANY_FIELDS;
            }
            if (state == QUOTED) {
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        chars++;
                        field.append('"');
                    } else {
                        state = AFTER_QUOTE;
                    }
                } else {
                    field.append((char) c);
                    chars += run(QUOTED, chars);
                }
                if (++chars > maxChars) {
                    inQuotes = state == QUOTED;
                    return Status.TOO_LONG;
                }
                continue;
            }
            if (c == separator) {
                if (!endField(out)) {
                    return Status.TOO_MANY_FIELDS;
                }
                state = START;
            } else if (c == '\n') {
                terminated = true;
                return endField(out) ? Status.RECORD : Status.TOO_MANY_FIELDS;
            } else if (c == '\r') {
                if (peek() == '\n') {
                    read();
                }
                terminated = true;
                return endField(out) ? Status.RECORD : Status.TOO_MANY_FIELDS;
            } else if (c == '"' && state == START) {
                state = QUOTED;
            } else {
                field.append((char) c);
                if (state == START) {
                    state = UNQUOTED;
                }
                chars += run(state, chars);
            }
            if (++chars > maxChars) {
                return Status.TOO_LONG;
            }
        }
    }

    /**
     * After an ordinary character of a field: appends the characters that follow it in the buffer and that the loop
     * above would append one by one (in {@code state} QUOTED everything up to a quote, else everything up to the
     * separator or a line break), and returns how many it took. Takes no more than keeps the record within
     * {@code maxChars}, counting the character just read, so the limit is reported at the same character as before.
     */
    private int run(int state, int chars) {
        int grens = Math.min(len, pos + Math.max(0, maxChars - chars - 1));
        int i = pos;
        if (state == QUOTED) {
            while (i < grens && buf[i] != '"') {
                i++;
            }
        } else {
            while (i < grens) {
                char c = buf[i];
                if (c == separator || c == '\n' || c == '\r') {
                    break;
                }
                i++;
            }
        }
        int n = i - pos;
        field.append(buf, pos, n);
        pos = i;
        return n;
    }

    private boolean endField(List<String> out) {
        out.add(field.toString());
        field.setLength(0);
        breedte = out.size(); // at the end of a record: its width, the likely width of the next one
        return out.size() <= maxFields;
    }

    private int read() throws IOException {
        if (pos >= len && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos >= len && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        len = n;
        return true;
    }
}
