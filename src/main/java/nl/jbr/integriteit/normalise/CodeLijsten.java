package nl.jbr.integriteit.normalise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.bevinding.Ernst;
import nl.jbr.integriteit.schema.SchemaSource;

/**
 * The code lists of {@code input-schemas/codelijsten.csv} ({@code lijst,waarde,standaard}) and the matching
 * of a value written in a file onto one of them (contract section 3: like headers, via {@link TextKey}).
 */
public final class CodeLijsten {

    private static final int CACHE_GROOTTE = 10_000;

    private final Map<String, Lijst> lijsten;
    private final BegrensdeCache<Invoer, Uitslag> cache = new BegrensdeCache<>(CACHE_GROOTTE);

    private record Lijst(List<String> waarden, List<String> keys, String standaard) {
    }

    private record Invoer(String lijst, String kolom, String waarde) {
    }

    /** The outcome without row number: value, and the finding text (null when none). */
    private record Uitslag(String waarde, Ernst ernst, BevindingCode code, String tekst) {
    }

    public CodeLijsten(SchemaSource schemas) {
        Map<String, List<String>> waarden = new LinkedHashMap<>();
        Map<String, String> standaarden = new LinkedHashMap<>();
        for (Map<String, String> row : schemas.rows("codelijsten.csv")) {
            String lijst = row.get("lijst");
            String waarde = row.get("waarde");
            List<String> bestaand = waarden.computeIfAbsent(lijst, l -> new ArrayList<>());
            for (String w : bestaand) {
                if (TextKey.of(w).equals(TextKey.of(waarde))) {
                    throw new IllegalStateException("codelijsten.csv: value '" + waarde + "' twice in " + lijst);
                }
            }
            bestaand.add(waarde);
            if ("ja".equalsIgnoreCase(row.get("standaard")) && standaarden.put(lijst, waarde) != null) {
                throw new IllegalStateException("codelijsten.csv: two default values in " + lijst);
            }
        }
        Map<String, Lijst> result = new LinkedHashMap<>();
        waarden.forEach((lijst, lijstWaarden) -> {
            String standaard = standaarden.get(lijst);
            if (standaard == null) {
                throw new IllegalStateException("codelijsten.csv: no default value in " + lijst);
            }
            result.put(lijst, new Lijst(List.copyOf(lijstWaarden),
                    lijstWaarden.stream().map(TextKey::of).toList(), standaard));
        });
        this.lijsten = Collections.unmodifiableMap(result);
    }

    /** The canonical values of {@code lijst}, in file order. */
    public List<String> waarden(String lijst) {
        return lijst(lijst).waarden();
    }

    /** The default value of {@code lijst}. */
    public String standaard(String lijst) {
        return lijst(lijst).standaard();
    }

    /**
     * Empty/blank -> the default, no finding. Exact TextKey match -> canonical value. A small, unambiguous
     * typing error -> canonical value + waarschuwing WAARDE_GECORRIGEERD. Anything else -> null + fout
     * WAARDE_ONGELDIG whose message lists the allowed values and, when one is close (typing error that is too
     * large or ambiguous, or containment such as "Volledig feitenonderzoek intern" -> 'intern'), suggests it:
     * "... bedoelt u 'intern'?".
     */
    public String normaliseer(String lijst, long regel, String kolom, String waarde, List<Bevinding> bevindingen) {
        if (waarde == null || waarde.isBlank()) {
            return lijst(lijst).standaard();
        }
        // the list is looked up only when the value was not seen before: once per distinct value, not per cell
        Uitslag uitslag = cache.get(new Invoer(lijst, kolom, waarde), invoer -> bepaal(lijst(invoer.lijst()), invoer));
        if (uitslag.tekst() != null) {
            bevindingen.add(new Bevinding(regel, kolom, waarde, uitslag.ernst(), uitslag.code(),
                    "Regel " + regel + ": " + uitslag.tekst()));
        }
        return uitslag.waarde();
    }

    private Lijst lijst(String lijst) {
        Lijst l = lijsten.get(lijst);
        if (l == null) {
            throw new IllegalArgumentException("unknown code list: " + lijst);
        }
        return l;
    }

    private static Uitslag bepaal(Lijst lijst, Invoer invoer) {
        String key = TextKey.of(invoer.waarde());
        String geschreven = invoer.waarde().strip();
        int index = lijst.keys().indexOf(key);
        if (index >= 0) {
            return new Uitslag(lijst.waarden().get(index), null, null, null);
        }
        // typing errors: the closest values, and whether the closest is unambiguous and within tolerance
        int[] afstand = new int[lijst.keys().size()];
        int minimum = Integer.MAX_VALUE;
        for (int i = 0; i < afstand.length; i++) {
            String k = lijst.keys().get(i);
            int ruim = Math.max(1, 2 * Afstand.tolerantie(k.length()));
            afstand[i] = Afstand.tussen(key, k, ruim);
            if (afstand[i] <= ruim) {
                minimum = Math.min(minimum, afstand[i]);
            } else {
                afstand[i] = Integer.MAX_VALUE;
            }
        }
        List<String> dichtbij = new ArrayList<>();
        int binnenTolerantie = -1;
        int aantalBinnen = 0;
        for (int i = 0; i < afstand.length; i++) {
            if (afstand[i] == Integer.MAX_VALUE) {
                continue;
            }
            if (afstand[i] <= minimum + 1) {
                dichtbij.add(lijst.waarden().get(i));
            }
            if (afstand[i] <= minimum + 1 && afstand[i] <= Afstand.tolerantie(lijst.keys().get(i).length())) {
                aantalBinnen++;
                binnenTolerantie = afstand[i] == minimum ? i : binnenTolerantie;
            }
        }
        if (aantalBinnen == 1 && binnenTolerantie >= 0 && dichtbij.size() == 1
                && Afstand.woordenGelijkend(key, lijst.keys().get(binnenTolerantie))) {
            String canoniek = lijst.waarden().get(binnenTolerantie);
            return new Uitslag(canoniek, Ernst.WAARSCHUWING, BevindingCode.WAARDE_GECORRIGEERD,
                    "de waarde '" + geschreven + "' in kolom '" + invoer.kolom() + "' is gelezen als '" + canoniek
                            + "'; controleer of dat klopt.");
        }
        List<String> suggesties = dichtbij.isEmpty() ? bevat(lijst, key) : dichtbij;
        StringBuilder tekst = new StringBuilder("de waarde '").append(geschreven).append("' in kolom '")
                .append(invoer.kolom()).append("' is niet toegestaan, dus het bestand wordt niet geaccepteerd; ")
                .append("toegestaan zijn: ").append(String.join(", ", lijst.waarden())).append('.');
        if (!suggesties.isEmpty()) {
            tekst.append(" Bedoelt u ");
            for (int i = 0; i < suggesties.size(); i++) {
                if (i > 0) {
                    tekst.append(i == suggesties.size() - 1 ? " of " : ", ");
                }
                tekst.append('\'').append(suggesties.get(i)).append('\'');
            }
            tekst.append('?');
        }
        return new Uitslag(null, Ernst.FOUT, BevindingCode.WAARDE_ONGELDIG, tekst.toString());
    }

    /**
     * The values whose words occur in {@code key} (longest only: "niet aangetoond" hides "aangetoond"), or
     * else the values that hold {@code key} as whole words.
     */
    private static List<String> bevat(Lijst lijst, String key) {
        String omlijst = " " + key + " ";
        List<Integer> gevonden = new ArrayList<>();
        for (int i = 0; i < lijst.keys().size(); i++) {
            if (omlijst.contains(" " + lijst.keys().get(i) + " ")) {
                gevonden.add(i);
            }
        }
        List<String> resultaat = new ArrayList<>();
        for (int i : gevonden) {
            String k = lijst.keys().get(i);
            boolean binnenLanger = gevonden.stream().anyMatch(j -> j != i
                    && lijst.keys().get(j).length() > k.length()
                    && (" " + lijst.keys().get(j) + " ").contains(" " + k + " "));
            if (!binnenLanger) {
                resultaat.add(lijst.waarden().get(i));
            }
        }
        if (resultaat.isEmpty() && key.length() >= 4) {
            for (int i = 0; i < lijst.keys().size(); i++) {
                if ((" " + lijst.keys().get(i) + " ").contains(omlijst)) {
                    resultaat.add(lijst.waarden().get(i));
                }
            }
        }
        return resultaat;
    }
}
