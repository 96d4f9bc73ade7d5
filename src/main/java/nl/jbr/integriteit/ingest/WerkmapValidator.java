package nl.jbr.integriteit.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.bevinding.Ernst;
import nl.jbr.integriteit.ingest.csv.CsvRow;
import nl.jbr.integriteit.ingest.xlsx.Grenzen;
import nl.jbr.integriteit.ingest.xlsx.WerkmapFout;
import nl.jbr.integriteit.ingest.xlsx.XlsxReader;
import nl.jbr.integriteit.normalise.TextKey;
import nl.jbr.integriteit.uitvoer.werkmap.XlsxSchrijver;
import nl.jbr.integriteit.schema.Formulier;
import nl.jbr.integriteit.schema.Formulieren;

/**
 * Validates an Excel workbook of the drop folder (contract 3.4). Each sheet whose header row matches a form is
 * read as that form, its rows going through the same {@link Kopregel} and {@link Rijcontrole} as a CSV file's;
 * title rows above the header are skipped (the header is the first row, among the first {@value #ZOEK_RIJEN}, that
 * matches a form). Findings keep the Excel row as {@code regel}, get the sheet as {@code blad}, and name the cell
 * ({@code Incidenten!E12: ...}). A form sheet without data rows is not filled in, unless the question
 * {@code Niets te melden over <jaar>?} above its header says {@code ja}: then it is a real zero.
 * The file's {@code formulier} is the forms it holds, joined with {@code +} in form order.
 */
final class WerkmapValidator {

    /** Rows searched for the header. */
    static final int ZOEK_RIJEN = 30;
    static final String VRAAG = "niets te melden";

    private static final Pattern REGEL = Pattern.compile("^Regel \\d+(:\\s*|\\s+)");

    private final Formulieren formulieren;
    private final Rijcontroles validator;
    private final Grenzen grenzen;

    /** Makes the check of each row once a sheet's header is known (the form validator's, for a CSV file the same). */
    @FunctionalInterface
    interface Rijcontroles {
        Rijcontrole rijcontrole(Kopregel kop, String ministerie, int jaar, Bevindingen bevindingen, RijOntvanger ontvanger);
    }

    WerkmapValidator(Formulieren formulieren, Rijcontroles validator, Grenzen grenzen) {
        this.formulieren = formulieren;
        this.validator = validator;
        this.grenzen = grenzen;
    }

    /** What one sheet turned out to be. */
    private static final class Bladlezing {
        final XlsxReader.Blad blad;
        final Bevindingen bevindingen = new Bevindingen(Bevindingen.MAXIMUM);
        final List<CsvRow> boven = new ArrayList<>();
        Kopregel kop;
        long kopRij;
        CsvRow kandidaat; // recognised as a form, but not all required columns present
        Rijcontrole controle;
        String antwoord; // ja / nee / null: the "Niets te melden" question
        long antwoordRij;
        long regels;

        Bladlezing(XlsxReader.Blad blad) {
            this.blad = blad;
        }
    }

    ValidatieResultaat valideer(Path bestand, String ministerie, int jaar, RijOntvanger ontvanger) {
        Bevindingen totaal = new Bevindingen(Bevindingen.MAXIMUM);
        List<String> gelezen = new ArrayList<>();
        List<String> nietIngevuld = new ArrayList<>();
        List<String> overgeslagen = new ArrayList<>();
        Map<String, Bladlezing> perFormulier = new LinkedHashMap<>();
        long regels = 0;
        String dialect = null;
        Bladlezing bezig = null; // the sheet being read: its rows count when a limit refuses the workbook halfway
        try (XlsxReader lezer = XlsxReader.open(bestand, grenzen)) {
            dialect = "Excel-werkmap (.xlsx)";
            for (XlsxReader.Blad blad : lezer.bladen()) {
                if (blad.soort() != XlsxReader.Soort.WERKBLAD) {
                    overgeslagen.add("'" + blad.naam() + "'" + (blad.soort() == XlsxReader.Soort.GRAFIEK ? " (grafiekblad)" : ""));
                    continue;
                }
                Bladlezing lezing = new Bladlezing(blad);
                bezig = lezing;
                lezer.lees(blad, (rijnummer, cellen) -> rij(lezing, rijnummer, cellen, ministerie, jaar, ontvanger));
                bezig = null;
                if (lezing.kop == null && lezing.kandidaat != null && naarFormulier(blad.naam(), lezing.kandidaat)) {
                    // a sheet named after a form whose header misses a required column: say which
                    lezing.kop = Kopregel.lees(lezing.kandidaat, formulieren, lezing.bevindingen);
                    lezing.kopRij = lezing.kandidaat.regel();
                }
                if (lezing.kop == null) {
                    overgeslagen.add("'" + blad.naam() + "'");
                    continue;
                }
                String formulier = lezing.kop.formulier().naam();
                Bladlezing eerder = perFormulier.putIfAbsent(formulier, lezing);
                if (eerder != null) {
                    lezing.bevindingen.add(Bevinding.fout(0, "", "", BevindingCode.FORMULIER_ONBEKEND, "Het blad '" + blad.naam()
                            + "' is net als het blad '" + eerder.blad.naam() + "' het formulier " + formulier + "; het is niet "
                            + "duidelijk welk blad geldt. Zet alle regels van een formulier op één blad."));
                }
                boolean ja = "ja".equals(lezing.antwoord);
                if (ja && lezing.regels > 0) {
                    lezing.bevindingen.add(Bevinding.fout(lezing.antwoordRij, "", "ja", BevindingCode.WAARDE_ONGELDIG, "Regel "
                            + lezing.antwoordRij + ": bij 'Niets te melden over " + jaar + "?' staat 'ja', maar het blad bevat "
                            + lezing.regels + (lezing.regels == 1 ? " regel" : " regels") + ". Kies 'nee', of verwijder de regels."));
                }
                String waar = "'" + blad.naam() + "' als " + formulier + " (kopregel op rij " + lezing.kopRij;
                if (lezing.regels > 0) {
                    gelezen.add(waar + ", " + lezing.regels + (lezing.regels == 1 ? " regel)" : " regels)"));
                } else if (ja) {
                    gelezen.add(waar + ", niets te melden)");
                } else {
                    nietIngevuld.add("'" + blad.naam() + "'");
                    if (eerder == null) {
                        perFormulier.remove(formulier);
                    }
                }
                regels += lezing.regels;
                omzetten(lezing, totaal);
            }
            if (perFormulier.isEmpty() && !totaal.heeftFout()) {
                totaal.add(Bevinding.bestand(Ernst.FOUT, BevindingCode.BESTAND_LEEG, nietIngevuld.isEmpty()
                        ? "De werkmap bevat geen blad met de kopregel van een formulier. Gebruik het registratieformulier "
                                + "(output/formulieren/) of zet de kolomnamen van het formulier in de eerste rij."
                        : "Geen enkel formulier in de werkmap is ingevuld. Vul de regels in, of kies bij 'Niets te melden over "
                                + jaar + "?' het antwoord 'ja' als er echt niets te melden is."));
            }
        } catch (WerkmapFout e) {
            if (bezig != null) {
                regels += bezig.regels; // as a CSV file counts the rows read before its limit (rows handed over are among them)
            }
            totaal.add(Bevinding.bestand(Ernst.FOUT, e.code(), e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + bestand, e);
        }
        StringBuilder uitleg = new StringBuilder(dialect == null ? "" : dialect);
        if (!gelezen.isEmpty()) {
            uitleg.append("; gelezen: ").append(String.join(", ", gelezen));
        }
        if (!nietIngevuld.isEmpty()) {
            uitleg.append("; niet ingevuld (geen opgave): ").append(String.join(", ", nietIngevuld));
        }
        if (!overgeslagen.isEmpty()) {
            uitleg.append("; overgeslagen (geen formulier): ").append(String.join(", ", overgeslagen));
        }
        String formulier = perFormulier.isEmpty() ? null : formulieren.alle().stream().map(Formulier::naam)
                .filter(perFormulier::containsKey).reduce((a, b) -> a + "+" + b).orElse(null);
        List<Bevinding> lijst = new ArrayList<>(totaal.lijst());
        lijst.sort(Comparator.comparing((Bevinding f) -> f.regel() == 0 && f.blad().isEmpty() ? 0 : 1)); // whole file first
        Map<String, String> bladen = new LinkedHashMap<>();
        perFormulier.forEach((naam, lezing) -> bladen.put(naam, lezing.blad.naam()));
        return new ValidatieResultaat(formulier, dialect == null ? null : uitleg.toString(), regels, totaal.fouten(),
                totaal.waarschuwingen(), List.copyOf(lijst), bladen);
    }

    private void rij(Bladlezing lezing, long rijnummer, List<XlsxReader.Cel> cellen, String ministerie, int jaar,
            RijOntvanger ontvanger) {
        List<String> teksten = new ArrayList<>();
        BitSet getallen = new BitSet();
        for (XlsxReader.Cel cel : cellen) {
            while (teksten.size() < cel.kolom()) {
                teksten.add("");
            }
            getallen.set(teksten.size(), cel.getal());
            teksten.add(cel.tekst());
        }
        CsvRow rij = new CsvRow(rijnummer, teksten);
        if (lezing.kop == null) {
            if (lezing.boven.size() >= ZOEK_RIJEN) {
                return; // no header near the top: not a form sheet
            }
            vraag(lezing, rij);
            // the header is the first row that is a form's header with all its required columns; a table on an
            // instructions sheet that merely mentions 'Categorie' is not
            Bevindingen proef = new Bevindingen(10);
            Kopregel gevonden = Kopregel.lees(rij, formulieren, proef);
            if (gevonden != null && !proef.heeftFout()) {
                lezing.kop = Kopregel.lees(rij, formulieren, lezing.bevindingen);
                lezing.kopRij = rijnummer;
                lezing.controle = validator.rijcontrole(lezing.kop, ministerie, jaar, lezing.bevindingen, ontvanger);
            } else {
                if (gevonden != null && lezing.kandidaat == null) {
                    lezing.kandidaat = rij;
                }
                lezing.boven.add(rij);
            }
            return;
        }
        for (XlsxReader.Cel cel : cellen) {
            if (cel.fout() != null) {
                String kolom = lezing.kop.koppen().getOrDefault(cel.kolom(), "");
                lezing.bevindingen.add(Bevinding.fout(rijnummer, kolom, "", BevindingCode.WAARDE_ONGELDIG,
                        "Regel " + rijnummer + ": " + cel.fout() + "."));
            }
        }
        if (teksten.stream().allMatch(String::isBlank)) {
            return;
        }
        lezing.regels++;
        lezing.controle.controleer(rij, getallen);
    }

    /** Whether the sheet is named after the form its candidate header row belongs to ("Incidenten 2025"). */
    private boolean naarFormulier(String bladnaam, CsvRow kandidaat) {
        Kopregel kop = Kopregel.lees(kandidaat, formulieren, new Bevindingen(10));
        return kop != null && TextKey.of(bladnaam).startsWith(TextKey.of(kop.formulier().naam()));
    }

    /** The question "Niets te melden over 2025?" with its answer in the next non-empty cell. */
    private static void vraag(Bladlezing lezing, CsvRow rij) {
        List<String> cellen = rij.cellen();
        for (int i = 0; i < cellen.size(); i++) {
            if (TextKey.of(cellen.get(i)).startsWith(TextKey.of(VRAAG))) {
                for (int j = i + 1; j < cellen.size(); j++) {
                    String antwoord = TextKey.of(cellen.get(j));
                    if (!antwoord.isEmpty()) {
                        lezing.antwoord = antwoord;
                        lezing.antwoordRij = rij.regel();
                        return;
                    }
                }
                return;
            }
        }
    }

    /** The findings of one sheet, with the sheet and the cell named. */
    private static void omzetten(Bladlezing lezing, Bevindingen totaal) {
        String blad = lezing.blad.naam();
        for (Bevinding f : lezing.bevindingen.lijst()) {
            String rest = f.melding();
            Matcher m = REGEL.matcher(rest);
            if (m.find()) {
                rest = rest.substring(m.end());
                rest = rest.isEmpty() ? rest : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
            }
            String plaats;
            if (f.regel() == 0) {
                plaats = "Blad " + bladRef(blad);
            } else {
                Optional<Integer> kolom = kolomVan(lezing.kop, f.kolom());
                plaats = kolom.map(k -> bladRef(blad) + "!" + XlsxSchrijver.kolomLetters(k) + f.regel())
                        .orElse(bladRef(blad) + ", rij " + f.regel());
            }
            totaal.add(f.opBlad(blad, plaats + ": " + rest));
        }
    }

    private static Optional<Integer> kolomVan(Kopregel kop, String kolom) {
        if (kop == null || kolom == null || kolom.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<Integer, String> e : kop.koppen().entrySet()) {
            if (e.getValue().equals(kolom)) {
                return Optional.of(e.getKey());
            }
        }
        int index = kop.index(kolom);
        return index < 0 ? Optional.empty() : Optional.of(index);
    }

    /** A sheet name as Excel writes it in a reference: quoted unless letters, digits and underscores only. */
    static String bladRef(String blad) {
        return XlsxSchrijver.bladRef(blad);
    }
}
