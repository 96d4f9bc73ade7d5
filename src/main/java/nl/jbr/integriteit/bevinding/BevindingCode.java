package nl.jbr.integriteit.bevinding;

/**
 * Stable machine codes of findings (contract 6.2). Codes are part of the outward contract:
 * never rename one; add new ones at will.
 */
public enum BevindingCode {
    /** The file cannot be read as a CSV at all (binary, compressed, broken quoting, ...). */
    BESTAND_ONLEESBAAR,
    /** The file holds no header row. */
    BESTAND_LEEG,
    /** The header matches neither form. */
    FORMULIER_ONBEKEND,
    /** Byte-identical to another file of the same ministry and year: counted once. */
    BESTAND_DUBBEL,
    /** A configured limit (size, line length, rows, fields) was exceeded. */
    LIMIET_OVERSCHREDEN,
    /** A required column is missing from the header. */
    KOLOM_ONTBREEKT,
    /** A column appears twice in the header. */
    KOLOM_DUBBEL,
    /** A column that the form does not know; it is ignored. */
    KOLOM_ONBEKEND,
    /** A row holds more fields than the header. */
    REGEL_TE_VEEL_VELDEN,
    /** A required value is empty. */
    WAARDE_ONTBREEKT,
    /** A value is not valid for its column (type, range, code list). */
    WAARDE_ONGELDIG,
    /** A code-list value with a small typing error, read as the value it resembles. */
    WAARDE_GECORRIGEERD,
    /** A value that must be unique within the file occurs again. */
    WAARDE_DUBBEL,
    /** No category matches the label. */
    CATEGORIE_ONBEKEND,
    /** More than one category matches the label. */
    CATEGORIE_AMBIGU,
    /** The letter code and the text of the label point at different categories. */
    CATEGORIE_TEKST_WIJKT_AF,
    /** A category label read with a small typing error or an older wording. */
    CATEGORIE_GECORRIGEERD,
    /** The subcategory belongs to another category than the row's; counted under the row's category. */
    SUBCATEGORIE_ANDERE_CATEGORIE,
    /** The subcategory is not a known one; kept as free text. */
    SUBCATEGORIE_ONBEKEND,
    /** The ministry in the file is not the ministry of the folder. */
    MINISTERIE_WIJKT_AF,
    /** The year in the file is not the year of the folder. */
    JAAR_WIJKT_AF,
    /** Free text holds what looks like personal data; the row is counted but never published. */
    PERSOONSGEGEVENS_IN_TEKST,
    /** The file mixes UTF-8 with another encoding; read as Windows-1252, accented letters may be wrong. */
    TEKENCODERING_GEMENGD,
    /** A subcategory read with a small typing error as the known subcategory it resembles. */
    SUBCATEGORIE_GECORRIGEERD,
    /**
     * The row's onderdeel (personeel) or volgnummer (incidenten) also occurs in another file in force of the same
     * ministry and year. No longer given: such files are not both in force since issue 22 (see
     * {@link #FORMULIER_AL_INGELEVERD}); kept because codes are never removed from the contract.
     */
    REGEL_IN_ANDER_BESTAND,
    /**
     * A melding marked publiceerbaar is not shown in the public overview of incidents: its ministry's count in
     * its category is below the disclosure threshold, or hidden to protect such a count (contract 8).
     */
    OVERZICHT_ACHTERGEHOUDEN,
    /** A row whose onderdeel, volgnummer or ministerie reads as a total or subtotal (input-schemas/totaalwoorden.csv). */
    TOTAALREGEL,
    /** A number larger than the warehouse stores for its column; refused, never truncated. */
    WAARDE_TE_GROOT,
    /** A value beyond a plausibility bound of input-schemas/plausibiliteit.csv. */
    WAARDE_BUITEN_GRENS,
    /** More nevenwerkzaamheden than medewerkers in one onderdeel. */
    NEVENWERKZAAMHEDEN_MEER_DAN_MEDEWERKERS,
    /** More fte than the plausible maximum for the number of medewerkers of one onderdeel. */
    FTE_MEER_DAN_MEDEWERKERS,
    /** A datum_melding outside the reporting year of the folder. */
    DATUM_BUITEN_JAAR,
    /** Invisible characters (zero-width, bidirectional controls, soft hyphen, BOM) removed from a value. */
    ONZICHTBARE_TEKENS_VERWIJDERD,
    /** An onderdeel spelled with look-alike characters of another one in the file; counted under the first spelling. */
    WAARDE_LIJKT_OP,
    /** Byte-identical to a file already in force for another ministry or year: not counted again. */
    BESTAND_ELDERS_INGELEVERD,
    /** The file was seen before but is no longer in the drop folder: it no longer counts. */
    BESTAND_NIET_MEER_AANWEZIG,
    /** Title rows above the header were skipped; the finding's line is the header's. */
    KOPREGEL_NA_TITELREGELS,
    /**
     * Reading, checking or loading the file failed in a way no other finding describes (an unforeseen error of the
     * pipeline on this file's content): the file is rejected, the rest of the run goes on.
     */
    BESTAND_ONVERWERKBAAR,
    /**
     * The file holds a form that another file of the same ministry and year, received earlier, already holds, and the
     * two do not clearly complement each other (docs/contract.md section 2): this file does not count.
     */
    FORMULIER_AL_INGELEVERD
}
