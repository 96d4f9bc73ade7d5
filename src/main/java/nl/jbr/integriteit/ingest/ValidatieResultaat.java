package nl.jbr.integriteit.ingest;

import java.util.List;

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
 */
public record ValidatieResultaat(String formulier, String dialect, long gegevensregels, long fouten,
                                 long waarschuwingen, List<Bevinding> bevindingen) {

    public boolean geaccepteerd() {
        return fouten == 0;
    }
}
