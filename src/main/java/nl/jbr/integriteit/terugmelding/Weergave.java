package nl.jbr.integriteit.terugmelding;

import java.util.List;

/**
 * What the feedback page and workbook say of one file, made once by {@link TerugmeldingWriter} so the two cannot
 * disagree: texts only (and whether it was accepted), numbers already formatted the Dutch way.
 */
public record Weergave(String bestandsnaam, String ministerie, String jaar, String versie, String sha256,
                       String formulier, String dialect, boolean geaccepteerd, String uitleg, String inGebruik,
                       String fouten, String waarschuwingen, String telling, String gegevensregels,
                       String geladenRegels, List<BevindingRij> bevindingen) {

    /** One row of the page's findings: one finding, or identical ones on consecutive lines ({@code regel} "2–81"). */
    public record BevindingRij(String regel, String kolom, String waarde, String ernst, boolean fout, String code,
                               String melding, String blad) {
    }
}
