package nl.jbr.integriteit.terugmelding;

import java.util.List;
import java.util.Objects;

import nl.jbr.integriteit.bevinding.Bevinding;

/**
 * Everything the feedback for one input file says (contract 6.2).
 *
 * @param ministerie     the ministry code of the folder
 * @param jaar           the reporting year of the folder
 * @param bestandsnaam   the file name as dropped (hostile input: escaped and sanitised on output)
 * @param versie         the version number of this file name (1 = first seen)
 * @param sha256         checksum of the file's bytes
 * @param formulier      the recognised form ("incidenten", "personeel", "kengetallen", ...) or null
 * @param geaccepteerd   true when the file has no fout
 * @param gegevensregels non-empty data rows read
 * @param geladenRegels  rows loaded into the warehouse (0 when rejected)
 * @param dialect        Dutch description of how the file was read, or null
 * @param inGebruik      Dutch sentence saying which version of this file is in force, or null; for a rejected
 *                       file a non-null sentence means an earlier accepted version stays in force
 * @param bevindingen    the findings in the order to report them (by line)
 */
public record Terugmelding(String ministerie, int jaar, String bestandsnaam, int versie, String sha256,
        String formulier, boolean geaccepteerd, long gegevensregels, long geladenRegels, String dialect,
        String inGebruik, List<Bevinding> bevindingen) {

    public Terugmelding {
        Objects.requireNonNull(ministerie, "ministerie");
        Objects.requireNonNull(bestandsnaam, "bestandsnaam");
        bevindingen = List.copyOf(bevindingen);
    }

    public long aantalFouten() {
        return bevindingen.stream().filter(Bevinding::isFout).count();
    }

    public long aantalWaarschuwingen() {
        return bevindingen.size() - aantalFouten();
    }
}
