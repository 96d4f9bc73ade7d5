package nl.jbr.integriteit.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.ingest.csv.CsvRow;
import nl.jbr.integriteit.ingest.csv.Dialect;
import nl.jbr.integriteit.ingest.csv.SpreadsheetCsvReader;
import nl.jbr.integriteit.ingest.xlsx.Grenzen;
import nl.jbr.integriteit.normalise.CategorieNormaliser;
import nl.jbr.integriteit.normalise.CodeLijsten;
import nl.jbr.integriteit.normalise.Totaalwoorden;
import nl.jbr.integriteit.normalise.privacy.VrijeTekstScreening;
import nl.jbr.integriteit.schema.Formulier;
import nl.jbr.integriteit.schema.Formulieren;
import nl.jbr.integriteit.schema.Ministeries;
import nl.jbr.integriteit.schema.Plausibiliteitsregels;

/**
 * Validates one file of the drop folder against its form (contract section 3) and hands its valid rows,
 * normalised, to a {@link RijOntvanger}. Every problem becomes a {@link Bevinding}; nothing is thrown for
 * bad content. The caller keeps the rows only when the result has no fout.
 */
public final class FormulierValidator {

    /** At most this many findings are kept per file (the rest are counted). */
    /** At most this many title rows are skipped looking for the header. */
    static final int MAX_TITELREGELS = 20;

    private final Formulieren formulieren;
    private final Ministeries ministeries;
    private final CategorieNormaliser categorieen;
    private final CodeLijsten codeLijsten;
    private final VrijeTekstScreening screening;
    private final Totaalwoorden totaalwoorden;
    private final Plausibiliteitsregels plausibiliteit;
    private final JbrProperties.Limits limits;

    public FormulierValidator(Formulieren formulieren, Ministeries ministeries, CategorieNormaliser categorieen,
                              CodeLijsten codeLijsten, VrijeTekstScreening screening, Totaalwoorden totaalwoorden,
                              Plausibiliteitsregels plausibiliteit, JbrProperties.Limits limits) {
        this.formulieren = formulieren;
        this.ministeries = ministeries;
        this.categorieen = categorieen;
        this.codeLijsten = codeLijsten;
        this.screening = screening;
        this.totaalwoorden = totaalwoorden;
        this.plausibiliteit = plausibiliteit;
        this.limits = limits;
    }

    /**
     * Validates {@code bestand} as a file of {@code ministerie} for {@code jaar} (the folder it was found in).
     */
    public ValidatieResultaat valideer(Path bestand, String ministerie, int jaar, RijOntvanger ontvanger) {
        if (Werkmapherkenning.isWerkmap(bestand)) { // decided by content: the archive copy has no extension
            return new WerkmapValidator(formulieren, this::rijcontrole, Grenzen.van(limits)).valideer(bestand, ministerie, jaar, ontvanger);
        }
        Bevindingen bevindingen = new Bevindingen(Bevindingen.MAXIMUM);
        String formulier = null;
        String dialect = null;
        long regels = 0;
        try (SpreadsheetCsvReader reader = SpreadsheetCsvReader.open(bestand, limits)) {
            dialect = reader.dialect().map(Dialect::beschrijving).orElse(null);
            Optional<CsvRow> header = reader.header();
            // title rows above the header (issue 13): the first row naming a form's recognition column is the header
            long titelregels = 0;
            if (header.isPresent() && !Kopregel.isKopregel(header.get(), formulieren)) {
                Optional<CsvRow> kandidaat = header;
                List<CsvRow> overgeslagen = new ArrayList<>();
                while (kandidaat.isPresent() && !Kopregel.isKopregel(kandidaat.get(), formulieren)
                        && overgeslagen.size() < MAX_TITELREGELS) {
                    overgeslagen.add(kandidaat.get());
                    kandidaat = reader.next();
                }
                if (kandidaat.isPresent() && Kopregel.isKopregel(kandidaat.get(), formulieren)) {
                    header = kandidaat;
                    titelregels = overgeslagen.size(); // rows read with next() (title rows after the first, the header)
                    bevindingen.add(Bevinding.waarschuwing(header.get().regel(), "", "", BevindingCode.KOPREGEL_NA_TITELREGELS,
                            "De kopregel staat op regel " + header.get().regel() + "; de regel"
                                    + (header.get().regel() - 1 == 1 ? " erboven is" : "s erboven zijn")
                                    + " als titel overgeslagen."));
                }
            }
            if (header.isPresent()) {
                Kopregel kop = Kopregel.lees(header.get(), formulieren, bevindingen);
                if (kop != null) {
                    formulier = kop.formulier().naam();
                    Rijcontrole controle = rijcontrole(kop, ministerie, jaar, bevindingen, ontvanger);
                    for (Optional<CsvRow> rij = reader.next(); rij.isPresent(); rij = reader.next()) {
                        controle.controleer(rij.get());
                    }
                }
            }
            regels = reader.gegevensregels() - titelregels;
            bevindingen.addAll(reader.findings());
            if (header.isEmpty() && !bevindingen.heeftFout()) {
                bevindingen.add(Bevinding.bestand(nl.jbr.integriteit.bevinding.Ernst.FOUT, BevindingCode.BESTAND_LEEG,
                        "Het bestand bevat geen kopregel en geen gegevens. Het bestand wordt niet geaccepteerd."));
            }
        }
        List<Bevinding> lijst = new ArrayList<>(bevindingen.lijst());
        lijst.sort(Comparator.comparingLong(Bevinding::regel)); // stable: order of discovery within a row
        return new ValidatieResultaat(formulier, dialect, regels, bevindingen.fouten(), bevindingen.waarschuwingen(),
                List.copyOf(lijst));
    }

    /**
     * The forms named, joined with {@code +} in form order as a workbook's {@code formulier} is, or {@code null} when
     * none is named.
     */
    public String formulierVan(Collection<String> namen) {
        return formulieren.alle().stream().map(Formulier::naam).filter(namen::contains)
                .reduce((a, b) -> a + "+" + b).orElse(null);
    }

    /** The row checks of one form, as a CSV file gets them (used for each form sheet of a workbook). */
    Rijcontrole rijcontrole(Kopregel kop, String ministerie, int jaar, Bevindingen bevindingen, RijOntvanger ontvanger) {
        ontvanger.formulier(kop.formulier());
        return new Rijcontrole(kop, ministerie, jaar, ministeries, categorieen, codeLijsten, screening, totaalwoorden,
                plausibiliteit, bevindingen, ontvanger);
    }
}
