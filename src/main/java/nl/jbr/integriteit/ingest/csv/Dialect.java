package nl.jbr.integriteit.ingest.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How a file was read, as decided from its content.
 *
 * @param charset   UTF-8 or Windows-1252
 * @param bom       whether the file started with a UTF-8 byte order mark (skipped)
 * @param separator {@code ;}, {@code ,} or tab
 */
public record Dialect(Charset charset, boolean bom, char separator) {

    public Dialect {
        Objects.requireNonNull(charset, "charset");
    }

    /** Dutch description for feedback, e.g. "puntkomma-gescheiden, Windows-1252". */
    public String beschrijving() {
        String sep = switch (separator) {
            case ';' -> "puntkomma-gescheiden";
            case ',' -> "komma-gescheiden";
            case '\t' -> "tab-gescheiden";
            default -> "gescheiden door '" + separator + "'";
        };
        String enc = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name().equalsIgnoreCase("windows-1252") ? "Windows-1252" : charset.name();
        return sep + ", " + enc + (bom ? " met BOM" : "");
    }
}
