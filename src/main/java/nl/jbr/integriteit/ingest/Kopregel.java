package nl.jbr.integriteit.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.ingest.csv.CsvRow;
import nl.jbr.integriteit.normalise.TextKey;
import nl.jbr.integriteit.schema.Formulier;
import nl.jbr.integriteit.schema.Formulieren;
import nl.jbr.integriteit.schema.Kolom;

/**
 * The header row of a file, read against the forms: which form it is, and which column of the file
 * holds which column of the form. Header names match case-, accent-, whitespace- and
 * punctuation-insensitively, aliases included (contract section 3).
 *
 * @param formulier  the recognised form
 * @param kolommen   file column index to form column (unknown columns absent)
 * @param koppen     file column index to the header text as written (trimmed)
 * @param breedte    number of header cells
 */
record Kopregel(Formulier formulier, Map<Integer, Kolom> kolommen, Map<Integer, String> koppen, int breedte) {

    /** Index of the file column holding {@code kolom}, or -1. */
    int index(String kolom) {
        for (Map.Entry<Integer, Kolom> e : kolommen.entrySet()) {
            if (e.getValue().naam().equals(kolom)) {
                return e.getKey();
            }
        }
        return -1;
    }

    /** The header as the file writes it for a form column (its canonical name when absent). */
    String kop(String kolom) {
        int i = index(kolom);
        return i < 0 ? kolom : koppen.get(i);
    }

    /**
     * Reads the header; reports unknown, duplicate and missing columns. Returns {@code null} when the form
     * cannot be recognised (then a fout has been added).
     */
    static Kopregel lees(CsvRow header, Formulieren formulieren, Bevindingen bevindingen) {
        List<String> cellen = header.cellen();
        Map<Integer, String> koppen = new LinkedHashMap<>();
        for (int i = 0; i < cellen.size(); i++) {
            String kop = cellen.get(i) == null ? "" : cellen.get(i).strip();
            if (!TextKey.of(kop).isEmpty()) {
                koppen.put(i, kop);
            }
        }

        List<Formulier> herkend = new ArrayList<>();
        for (Formulier formulier : formulieren.alle()) {
            if (heeftEen(koppen, formulier.herkenning().stream().map(n -> formulier.kolom(n).orElseThrow()).toList())
                    && !heeftEen(koppen, formulier.nietMet().stream().map(n -> kolomVanAnder(formulieren, n)).toList())) {
                herkend.add(formulier);
            }
        }
        if (herkend.size() != 1) {
            bevindingen.add(Bevinding.fout(header.regel(), "", "", BevindingCode.FORMULIER_ONBEKEND,
                    herkend.isEmpty() ? lijktOp(header.regel(), koppen, formulieren)
                            .orElseGet(() -> geenFormulier(header.regel(), formulieren))
                            : tweeFormulieren(header.regel(), herkend)));
            return null;
        }
        Formulier formulier = herkend.get(0);

        Map<Integer, Kolom> kolommen = new LinkedHashMap<>();
        Map<String, Integer> eerste = new HashMap<>();
        for (Map.Entry<Integer, String> e : koppen.entrySet()) {
            Kolom kolom = formulier.kolommen().stream().filter(k -> past(e.getValue(), k)).findFirst().orElse(null);
            if (kolom == null) {
                bevindingen.add(Bevinding.waarschuwing(header.regel(), e.getValue(), "", BevindingCode.KOLOM_ONBEKEND,
                        "De kolom '" + e.getValue() + "' hoort niet bij het formulier " + formulier.naam()
                                + " en wordt genegeerd."));
            } else if (eerste.containsKey(kolom.naam())) {
                bevindingen.add(Bevinding.fout(header.regel(), e.getValue(), "", BevindingCode.KOLOM_DUBBEL,
                        "De kolom '" + e.getValue() + "' komt twee keer voor (kolom " + (eerste.get(kolom.naam()) + 1)
                                + " en kolom " + (e.getKey() + 1) + "); het is niet duidelijk welke geldt. "
                                + "Het bestand wordt niet geaccepteerd."));
            } else {
                eerste.put(kolom.naam(), e.getKey());
                kolommen.put(e.getKey(), kolom);
            }
        }
        for (Kolom verplicht : formulier.verplichteKolommen()) {
            if (!eerste.containsKey(verplicht.naam())) {
                String ook = verplicht.aliassen().isEmpty() ? "" : " (ook herkend: " + String.join(", ", verplicht.aliassen()) + ")";
                bevindingen.add(Bevinding.fout(header.regel(), verplicht.naam(), "", BevindingCode.KOLOM_ONTBREEKT,
                        "De verplichte kolom '" + verplicht.naam() + "'" + ook + " ontbreekt in de kopregel. "
                                + "Het bestand wordt niet geaccepteerd."));
            }
        }
        return new Kopregel(formulier, kolommen, koppen, cellen.size());
    }

    /** Whether a row could be a header: a cell names the recognition column of a form (title rows do not). */
    static boolean isKopregel(CsvRow rij, Formulieren formulieren) {
        for (String cel : rij.cellen()) {
            String kop = cel == null ? "" : cel.strip();
            for (Formulier formulier : formulieren.alle()) {
                if (formulier.herkenning().stream().anyMatch(n -> past(kop, formulier.kolom(n).orElseThrow()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A header without the recognition column of any form, that still mostly names the columns of one form:
     * "de kopregel lijkt het formulier incidenten (12 van 13 kolommen herkend); kolom categorie ontbreekt".
     */
    private static java.util.Optional<String> lijktOp(long regel, Map<Integer, String> koppen, Formulieren formulieren) {
        Formulier beste = null;
        long besteAantal = 0;
        for (Formulier f : formulieren.alle()) {
            long aantal = koppen.values().stream().filter(kop -> f.kolommen().stream().anyMatch(k -> past(kop, k))
                    && !f.kolommen().stream().filter(k -> past(kop, k)).allMatch(k -> k.naam().equals("jaar")
                    || k.naam().equals("ministerie") || k.naam().equals("onderdeel"))).count();
            if (aantal > besteAantal) {
                beste = f;
                besteAantal = aantal;
            }
        }
        // columns every form has (onderdeel, jaar, ministerie) say nothing about which form it is
        if (beste == null || besteAantal < 1) {
            return java.util.Optional.empty();
        }
        Formulier f = beste;
        long herkend = koppen.values().stream().filter(kop -> f.kolommen().stream().anyMatch(k -> past(kop, k))).count();
        List<String> ontbreekt = f.verplichteKolommen().stream()
                .filter(k -> koppen.values().stream().noneMatch(kop -> past(kop, k))).map(Kolom::naam).toList();
        if (!ontbreekt.contains(f.herkenningskolom())) {
            ontbreekt = new ArrayList<>(ontbreekt);
            ontbreekt.add(0, f.herkenningskolom());
        }
        return java.util.Optional.of("Regel " + regel + ": de kopregel lijkt het formulier " + f.naam() + " (" + herkend
                + " van " + koppen.size() + " kolommen herkend); " + (ontbreekt.size() == 1 ? "kolom " : "kolommen ")
                + String.join(", ", ontbreekt) + (ontbreekt.size() == 1 ? " ontbreekt" : " ontbreken")
                + ". Voeg " + (ontbreekt.size() == 1 ? "die kolom" : "die kolommen") + " toe of herstel de schrijfwijze."
                + " Het bestand wordt niet geaccepteerd.");
    }

    /** Whether any header matches any of the columns (names and aliases). */
    private static boolean heeftEen(Map<Integer, String> koppen, List<Kolom> kolommen) {
        return koppen.values().stream().anyMatch(kop -> kolommen.stream().anyMatch(k -> past(kop, k)));
    }

    /** The column {@code naam} as some form defines it (with its aliases), or a bare column of that name. */
    private static Kolom kolomVanAnder(Formulieren formulieren, String naam) {
        return formulieren.alle().stream().flatMap(f -> f.kolom(naam).stream()).findFirst()
                .orElseGet(() -> new Kolom(naam, List.of(), false, nl.jbr.integriteit.schema.Kolomtype.TEKST, "", null, false));
    }

    private static boolean past(String kop, Kolom kolom) {
        String key = TextKey.of(kop);
        if (key.equals(TextKey.of(kolom.naam()))) {
            return true;
        }
        return kolom.aliassen().stream().anyMatch(alias -> key.equals(TextKey.of(alias)));
    }

    private static String geenFormulier(long regel, Formulieren formulieren) {
        StringBuilder uitleg = new StringBuilder("Regel " + regel + ": de kopregel hoort bij geen formulier. ");
        for (Formulier f : formulieren.alle()) {
            uitleg.append("Een bestand van het formulier ").append(f.naam()).append(" heeft een kolom '")
                    .append(String.join("' of '", f.herkenning())).append("'. ");
        }
        return uitleg.append("Het bestand wordt niet geaccepteerd.").toString();
    }

    private static String tweeFormulieren(long regel, List<Formulier> herkend) {
        return "Regel " + regel + ": de kopregel bevat kolommen van meerdere formulieren ("
                + String.join(", ", herkend.stream().map(Formulier::naam).toList())
                + "); lever elk formulier in een eigen bestand aan. Het bestand wordt niet geaccepteerd.";
    }
}
