package nl.jbr.integriteit.ingest;

import java.util.List;
import java.util.Map;

import nl.jbr.integriteit.bevinding.Bevinding;

/**
 * The outcome of validating one file.
 *
 * @param formulier      recognised form, or {@code null}
 * @param dialect        Dutch description of how the file was read, or {@code null} when unreadable
 * @param gegevensregels non-empty data rows read
 * @param fouten         number of fouten (all of them, also when the list was capped)
 * @param waarschuwingen number of waarschuwingen
 * @param bevindingen    findings, file-level first, then by row
 * @param bladen         for a workbook: each form read to the sheet it was read from; empty for a CSV file
 */
public record ValidatieResultaat(String formulier, String dialect, long gegevensregels, long fouten,
                                 long waarschuwingen, List<Bevinding> bevindingen, Map<String, String> bladen) {

    public ValidatieResultaat {
        bladen = bladen == null ? Map.of() : Map.copyOf(bladen);
    }

    /** The outcome of a file that is not a workbook (no sheets). */
    public ValidatieResultaat(String formulier, String dialect, long gegevensregels, long fouten,
                              long waarschuwingen, List<Bevinding> bevindingen) {
        this(formulier, dialect, gegevensregels, fouten, waarschuwingen, bevindingen, Map.of());
    }

    public boolean geaccepteerd() {
        return fouten == 0;
    }
}
