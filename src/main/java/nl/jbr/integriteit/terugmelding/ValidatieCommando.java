package nl.jbr.integriteit.terugmelding;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.ingest.FormulierRij;
import nl.jbr.integriteit.ingest.FormulierValidator;
import nl.jbr.integriteit.ingest.OnverwerkbaarBestand;
import nl.jbr.integriteit.ingest.RijOntvanger;
import nl.jbr.integriteit.ingest.ValidatieResultaat;
import nl.jbr.integriteit.schema.Formulier;
import nl.jbr.integriteit.schema.Ministeries;
import nl.jbr.integriteit.opdracht.Opdracht;
import nl.jbr.integriteit.opdracht.Uitgang;
import nl.jbr.integriteit.opdracht.Zichtbaar;

/**
 * {@code validate FILE [--ministerie CODE] [--jaar N]}: checks one file exactly as a run would, prints the
 * findings, and publishes nothing. Ministry and year default to the file's folders
 * ({@code .../<MINISTERIE>/<jaar>/file.csv}).
 */
public final class ValidatieCommando {

    private static final Logger log = LoggerFactory.getLogger(ValidatieCommando.class);

    private final FormulierValidator validator;
    private final Ministeries ministeries;

    public ValidatieCommando(FormulierValidator validator, Ministeries ministeries) {
        this.validator = validator;
        this.ministeries = ministeries;
    }

    public int voerUit(Opdracht opdracht, PrintStream out, PrintStream err) {
        Path bestand = Path.of(opdracht.argument());
        if (!Files.isRegularFile(bestand, LinkOption.NOFOLLOW_LINKS)) {
            err.println("Het bestand '" + bestand + "' bestaat niet of is geen gewoon bestand.");
            return Uitgang.GEBRUIK;
        }
        Path jaarMap = bestand.toAbsolutePath().getParent();
        Path ministerieMap = jaarMap == null ? null : jaarMap.getParent();
        String jaarOptie = opdracht.optie("jaar");
        if (opdracht.optie("ministerie") != null && ministeries.code(opdracht.optie("ministerie")).isEmpty()) {
            // an unknown code: say which codes there are (for the year when given)
            List<String> codes = jaarOptie != null && jaarOptie.matches("\\d{4}")
                    ? ministeries.geldigeCodes(Integer.parseInt(jaarOptie)) : ministeries.codes();
            err.println("De ministeriecode '" + Zichtbaar.van(opdracht.optie("ministerie")) + "' is onbekend. Geldige codes"
                    + (jaarOptie != null && jaarOptie.matches("\\d{4}") ? " in " + jaarOptie : "") + ": "
                    + String.join(", ", codes) + ".");
            return Uitgang.GEBRUIK;
        }
        String ministerie = Optional.ofNullable(opdracht.optie("ministerie"))
                .or(() -> Optional.ofNullable(ministerieMap).map(p -> p.getFileName().toString()))
                .flatMap(ministeries::code).orElse(null);
        String jaarTekst = Optional.ofNullable(opdracht.optie("jaar"))
                .orElse(jaarMap == null ? "" : jaarMap.getFileName().toString());
        if (ministerie == null || !jaarTekst.matches("\\d{4}")) {
            err.println("Geef met --ministerie en --jaar aan voor welk ministerie en jaar het bestand is "
                    + "(of plaats het in <MINISTERIE>/<jaar>/).");
            return Uitgang.GEBRUIK;
        }
        int jaar = Integer.parseInt(jaarTekst);
        if (!ministeries.geldig(ministerie, jaar)) {
            err.println("Het ministerie " + ministerie + " bestond niet in " + jaar + ". Geldige codes in " + jaar + ": "
                    + String.join(", ", ministeries.geldigeCodes(jaar)) + ".");
            return Uitgang.GEBRUIK;
        }
        ValidatieResultaat r;
        Set<String> herkend = new HashSet<>();
        try {
            r = validator.valideer(bestand, ministerie, jaar, new RijOntvanger() {
                @Override
                public void formulier(Formulier formulier) {
                    herkend.add(formulier.naam());
                }

                @Override
                public void rij(FormulierRij rij) {
                    // validate keeps nothing
                }
            });
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            if (!OnverwerkbaarBestand.vanHetBestand(e)) {
                throw e;
            }
            // as a run would: the file is rejected with one fout (the exception itself is for the log, not the user)
            log.error("{} kon niet worden gecontroleerd", Zichtbaar.van(bestand.toString()), e);
            r = OnverwerkbaarBestand.resultaat(validator.formulierVan(herkend));
        }
        out.println("Bestand:     " + Zichtbaar.van(bestand.toString()));
        out.println("Ministerie:  " + ministerie + ", jaar " + jaar);
        out.println("Formulier:   " + (r.formulier() == null ? "niet herkend" : r.formulier()));
        if (r.dialect() != null) {
            out.println("Gelezen als: " + r.dialect());
        }
        out.println("Regels:      " + r.gegevensregels());
        out.println("Uitkomst:    " + (r.geaccepteerd() ? "GEACCEPTEERD" : "AFGEKEURD") + " ("
                + aantal(r.fouten(), "fout", "fouten") + ", " + aantal(r.waarschuwingen(), "waarschuwing", "waarschuwingen") + ")"
                + (r.geaccepteerd() ? "" : ". Het bestand wordt niet geaccepteerd."));
        if (!r.bevindingen().isEmpty()) {
            out.println();
        }
        for (Bevinding f : r.bevindingen()) {
            String plaats = (f.regel() > 0 ? "regel " + f.regel() : "bestand") + (f.kolom().isEmpty() ? "" : ", " + f.kolom());
            out.printf("%-12s %-30s %s%n    %s%n", f.ernst().label(), f.code().name(), "(" + Zichtbaar.van(plaats) + ")",
                    Zichtbaar.van(nl.jbr.integriteit.terugmelding.TerugmeldingWriter.melding(f)));
        }
        return r.geaccepteerd() ? Uitgang.OK : Uitgang.MISLUKT;
    }

    private static String aantal(long n, String enkelvoud, String meervoud) {
        return n + " " + (n == 1 ? enkelvoud : meervoud);
    }
}
