package nl.jbr.integriteit.terugmelding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.uitvoer.werkmap.Werkblad.Rij;
import nl.jbr.integriteit.uitvoer.werkmap.Werkblad.Stijl;
import nl.jbr.integriteit.uitvoer.werkmap.Werkblad;
import nl.jbr.integriteit.uitvoer.werkmap.XlsxSchrijver;

/**
 * The feedback of one input file as a workbook, for a coordinator who sorts and filters in Excel: sheet
 * {@code Bevindingen} has the columns of the feedback CSV with the header in row 1 (frozen, with a filter) and
 * {@code regel} as a number; sheet {@code Bestand} says which file, which version and whether it was accepted.
 */
final class TerugmeldingWerkmap {

    private TerugmeldingWerkmap() {
    }

    /**
     * The feedback workbook of {@code report}: {@code kop} the CSV's header (its columns, in order) and {@code weergave}
     * what the page says (its explanation), both made by the writer, so the three files cannot disagree.
     */
    static byte[] bytes(Terugmelding report, List<String> kop, Weergave weergave) {
        List<Rij> bevindingen = new ArrayList<>();
        bevindingen.add(new Rij(Stijl.KOP, new ArrayList<>(kop)));
        for (Bevinding f : report.bevindingen()) {
            bevindingen.add(Rij.van(Stijl.GEWOON, f.regel() == 0 ? null : f.regel(), f.kolom(), f.waarde(),
                    f.ernst().label(), f.code().name(), f.melding(), f.blad()));
        }
        int laatste = bevindingen.size();
        Werkblad blad = new Werkblad("Bevindingen", bevindingen, List.of(8, 22, 24, 13, 30, 100, 16), 1);
        String filter = "<autoFilter ref=\"A1:" + XlsxSchrijver.kolomLetters(kop.size() - 1) + laatste + "\"/>";

        List<Rij> bestand = new ArrayList<>();
        bestand.add(Rij.van(Stijl.TITEL, "Terugmelding " + report.bestandsnaam()));
        bestand.add(Rij.van(Stijl.GEWOON, report.geaccepteerd() ? "Geaccepteerd" : "Afgekeurd", weergave.uitleg()));
        if (report.inGebruik() != null) {
            bestand.add(Rij.van(Stijl.GEWOON, "", report.inGebruik()));
        }
        bestand.add(Rij.van(Stijl.GEWOON));
        bestand.add(Rij.van(Stijl.GEWOON, "Ministerie", report.ministerie()));
        bestand.add(Rij.van(Stijl.GEWOON, "Jaar", (long) report.jaar()));
        bestand.add(Rij.van(Stijl.GEWOON, "Versie", (long) report.versie()));
        bestand.add(Rij.van(Stijl.GEWOON, "Controlegetal (SHA-256)", weergave.sha256()));
        bestand.add(Rij.van(Stijl.GEWOON, "Formulier", weergave.formulier()));
        bestand.add(Rij.van(Stijl.GEWOON, "Gelezen als", weergave.dialect()));
        bestand.add(Rij.van(Stijl.GEWOON, "Gegevensregels", report.gegevensregels()));
        bestand.add(Rij.van(Stijl.GEWOON, "Geladen regels", report.geladenRegels()));
        bestand.add(Rij.van(Stijl.GEWOON, "Fouten", report.aantalFouten()));
        bestand.add(Rij.van(Stijl.GEWOON, "Waarschuwingen", report.aantalWaarschuwingen()));
        Werkblad over = new Werkblad("Bestand", bestand, List.of(26, 100), 0);
        try {
            return new XlsxSchrijver().bytes(List.of(new XlsxSchrijver.Blad(blad, false, filter, Map.of()),
                    XlsxSchrijver.Blad.van(over)), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
