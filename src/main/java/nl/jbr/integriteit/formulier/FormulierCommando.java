package nl.jbr.integriteit.formulier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Year;
import java.util.Optional;

import nl.jbr.integriteit.uitvoer.Uitvoermappen;
import nl.jbr.integriteit.formulier.Registratieformulier;
import nl.jbr.integriteit.schema.Ministeries;
import nl.jbr.integriteit.opdracht.Opdracht;
import nl.jbr.integriteit.opdracht.Uitgang;
import nl.jbr.integriteit.opdracht.Zichtbaar;
import nl.jbr.integriteit.opdracht.Foutmelding;

/**
 * {@code formulier [--jaar N] [--ministerie CODE] [--uit BESTAND]}: writes the registratieformulier (contract 3.4)
 * for a year (default: the current one) and, when given, one ministry; by default to
 * {@code <output>/openbaar/formulieren/registratieformulier-<jaar>[-<CODE>].xlsx}. Exit 0, or 2 for an unknown ministry.
 */
public final class FormulierCommando {

    private final Registratieformulier formulier;
    private final Ministeries ministeries;
    private final Path output;

    public FormulierCommando(Registratieformulier formulier, Ministeries ministeries, Path output) {
        this.formulier = formulier;
        this.ministeries = ministeries;
        this.output = output;
    }

    public int voerUit(Opdracht opdracht, PrintStream out, PrintStream err) {
        int jaar = opdracht.heeft("jaar") ? Integer.parseInt(opdracht.optie("jaar")) : Year.now().getValue();
        String ministerie = null;
        if (opdracht.heeft("ministerie")) {
            Optional<String> code = ministeries.code(opdracht.optie("ministerie"));
            if (code.isEmpty() || !ministeries.geldig(code.get(), jaar)) {
                err.println("Het ministerie '" + Zichtbaar.van(opdracht.optie("ministerie")) + "' is onbekend of bestond niet in "
                        + jaar + ".");
                return Uitgang.GEBRUIK;
            }
            ministerie = code.get();
        }
        Path bestand = opdracht.heeft("uit") ? Path.of(opdracht.optie("uit"))
                : output.resolve(Uitvoermappen.OPENBAAR).resolve("formulieren").resolve(Registratieformulier.bestandsnaam(jaar, ministerie));
        try {
            formulier.schrijf(bestand, jaar, ministerie);
        } catch (IOException e) {
            err.println("Het formulier kan niet worden geschreven naar " + bestand + ": " + Foutmelding.zonderLogboek(e, bestand));
            return Uitgang.MISLUKT;
        }
        out.println("Registratieformulier " + jaar + (ministerie == null ? "" : " voor " + ministerie) + " geschreven: " + bestand);
        return Uitgang.OK;
    }
}
