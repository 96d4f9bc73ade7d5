package nl.jbr.integriteit.publish.hoofdstuk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.jbr.integriteit.tabel.DutchNumbers;
import nl.jbr.integriteit.tabel.Cel;
import nl.jbr.integriteit.tabel.TableData;
import nl.jbr.integriteit.tabel.TableDefinition;

/**
 * The figures the chapter's text speaks of, taken from the rijksbrede tables exactly as they are published: the
 * {@link TableData} a year's CSVs are written from, after disclosure control (a hidden cell is
 * {@link nl.jbr.integriteit.tabel.Geheim}, a missing one {@code null}). Nothing here reads the warehouse, so the text
 * can only repeat a published cell or combine two of them (a difference, or a change in percent rounded once, half up,
 * to one decimal, as the tables round: {@code 01_macros/010_afronding.sql}). A figure that is hidden or missing is left
 * out of the model; the text template then leaves its sentence out or says so without a number.
 *
 * <p>Every figure arrives formatted the Dutch way ({@code 2.100}, {@code 56,1}); percentages without the sign, so the
 * template says "56,1%" or "procentpunt" as it sees fit.
 */
final class Kerncijfers {

    private final int jaar;
    private final Map<String, TableData> tabellen;

    private Kerncijfers(int jaar, Map<String, TableData> tabellen) {
        this.jaar = jaar;
        this.tabellen = tabellen;
    }

    /** The figures of the year's rijksbrede tables ({@code tabellen}: by table id), as the text template reads them. */
    static Map<String, Object> bereken(int jaar, Map<String, TableData> tabellen) {
        return new Kerncijfers(jaar, tabellen).alles();
    }

    private Map<String, Object> alles() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jaar", Integer.toString(jaar));
        m.put("vorigJaar", Integer.toString(jaar - 1));
        m.put("meldingen", meldingen());
        m.put("onderzoek", onderzoek());
        m.put("afdoening", afdoening());
        m.put("onderdelen", onderdelen());
        m.put("nevenwerkzaamheden", nevenwerkzaamheden());
        m.put("kengetallen", kengetallen());
        m.put("trend", trend());
        return m;
    }

    // ---- the themes -------------------------------------------------------------------------------------------------

    private Map<String, Object> meldingen() {
        Map<String, Object> m = new LinkedHashMap<>();
        Tabel t = tabel("meldingen_per_ministerie");
        List<Object> rijk = t.rij("RIJK");
        if (rijk != null) {
            zet(m, "aantal", t.getal(rijk, "meldingen"));
            zet(m, "betrokkenen", t.getal(rijk, "betrokkenen"));
            zet(m, "verandering", verandering(t.getal(rijk, "meldingen"), t.getal(rijk, "meldingen_vorig_jaar")));
            zet(m, "per1000", t.getal(rijk, "meldingen_per_1000_medewerkers"));
            Tabel trend = tabel("trend");
            List<Object> vorig = trend.rij(Integer.toString(jaar - 1));
            if (vorig != null) {
                zet(m, "per1000Verandering", verschil(t.getal(rijk, "meldingen_per_1000_medewerkers"),
                        trend.getal(vorig, "meldingen_per_1000_medewerkers")));
            }
        }
        // every ministry whose row carries a remark: no accepted opgave, or part of it missing
        List<Map<String, Object>> opmerkingen = new ArrayList<>();
        for (List<Object> rij : t.rijen()) {
            if (!"RIJK".equals(rij.get(0)) && t.tekst(rij, "opmerking") != null) {
                opmerkingen.add(Map.of("ministerie", t.tekst(rij, "ministerie"), "code", t.tekst(rij, "ministerie_code"),
                        "opmerking", t.tekst(rij, "opmerking"), "geenMeldingen", t.getal(rij, "meldingen") == null));
            }
        }
        m.put("opmerkingen", opmerkingen);
        // the categories, largest first (hidden counts cannot be ranked and are left out)
        Tabel c = tabel("meldingen_per_categorie");
        List<Map<String, Object>> categorieen = new ArrayList<>();
        for (List<Object> rij : gesorteerd(c, "meldingen")) {
            Map<String, Object> cat = new LinkedHashMap<>();
            cat.put("naam", c.tekst(rij, "categorie"));
            zet(cat, "aantal", c.getal(rij, "meldingen"));
            zet(cat, "percentage", c.getal(rij, "percentage"));
            zet(cat, "verandering", verandering(c.getal(rij, "meldingen"), c.getal(rij, "meldingen_vorig_jaar")));
            categorieen.add(cat);
        }
        m.put("categorieen", categorieen);
        Tabel s = tabel("soort_incident");
        List<Map<String, Object>> soorten = new ArrayList<>();
        for (List<Object> rij : gesorteerd(s, "meldingen")) {
            soorten.add(aandeel(s, rij, "soort_incident"));
        }
        m.put("soorten", soorten);
        return m;
    }

    private Map<String, Object> onderzoek() {
        Map<String, Object> m = new LinkedHashMap<>();
        Tabel o = tabel("soort_onderzoek");
        List<Map<String, Object>> soorten = new ArrayList<>();
        for (List<Object> rij : gesorteerd(o, "meldingen")) {
            soorten.add(aandeel(o, rij, "soort_onderzoek"));
        }
        m.put("soorten", soorten);
        List<Object> geen = o.rij("geen");
        if (geen != null && o.getal(geen, "meldingen") != null) {
            m.put("geen", aandeel(o, geen, "soort_onderzoek"));
        }
        Tabel u = tabel("uitkomst");
        for (String uitkomst : List.of("aangetoond", "deels aangetoond", "niet aangetoond", "lopend")) {
            List<Object> rij = u.rij(uitkomst);
            if (rij != null && u.getal(rij, "meldingen") != null) {
                m.put(uitkomst.replace(" a", "A"), aandeel(u, rij, "uitkomst"));
            }
        }
        Tabel t = tabel("meldingen_per_ministerie");
        List<Object> rijk = t.rij("RIJK");
        if (rijk != null) {
            zet(m, "percentageAangetoond", t.getal(rijk, "percentage_aangetoond"));
            zet(m, "aangetoondTotaal", t.getal(rijk, "aangetoond"));
            Tabel trend = tabel("trend");
            List<Object> vorig = trend.rij(Integer.toString(jaar - 1));
            if (vorig != null) {
                zet(m, "percentageAangetoondVerandering", verschil(t.getal(rijk, "percentage_aangetoond"),
                        trend.getal(vorig, "percentage_aangetoond")));
            }
        }
        return m;
    }

    private Map<String, Object> afdoening() {
        Map<String, Object> m = new LinkedHashMap<>();
        Tabel a = tabel("afdoening");
        List<Map<String, Object>> maatregelen = new ArrayList<>();
        for (List<Object> rij : gesorteerd(a, "meldingen")) {
            String naam = a.tekst(rij, "afdoening");
            if (!List.of("geen", "lopend", "onbekend").contains(naam)) {
                maatregelen.add(aandeel(a, rij, "afdoening"));
            }
        }
        m.put("maatregelen", maatregelen);
        for (String naam : List.of("geen", "strafontslag")) {
            List<Object> rij = a.rij(naam);
            if (rij != null && a.getal(rij, "meldingen") != null) {
                m.put(naam, aandeel(a, rij, "afdoening"));
            }
        }
        return m;
    }

    private Map<String, Object> onderdelen() {
        Map<String, Object> m = new LinkedHashMap<>();
        Tabel o = tabel("meldingen_per_onderdeel");
        List<List<Object>> rijen = gesorteerd(o, "meldingen").stream()
                .filter(r -> !String.valueOf(r.get(1)).startsWith("uitsplitsing")).toList();
        if (!rijen.isEmpty()) {
            List<Object> grootste = rijen.get(0);
            m.put("grootste", Map.of("onderdeel", o.tekst(grootste, "onderdeel"), "ministerie", o.tekst(grootste, "ministerie_code"),
                    "aantal", formaat(o.getal(grootste, "meldingen"))));
        }
        return m;
    }

    private Map<String, Object> nevenwerkzaamheden() {
        Map<String, Object> m = new LinkedHashMap<>();
        Tabel n = tabel("nevenwerkzaamheden_per_ministerie");
        List<Object> rijk = n.rij("RIJK");
        if (rijk != null) {
            zet(m, "aantal", n.getal(rijk, "nevenwerkzaamheden"));
            zet(m, "medewerkers", n.getal(rijk, "medewerkers"));
            zet(m, "percentage", n.getal(rijk, "percentage"));
            zet(m, "percentageVorig", n.getal(rijk, "percentage_vorig_jaar"));
            // the table's own difference (computed before rounding, its footnote says): the text repeats it
            zet(m, "verschil", richting(n.getal(rijk, "verschil_procentpunt")));
        }
        m.put("opmerkingen", opmerkingen(n));
        return m;
    }

    private Map<String, Object> kengetallen() {
        Map<String, Object> m = new LinkedHashMap<>();
        Tabel f = tabel("financiele_belangen_per_ministerie");
        List<Object> rijk = f.rij("RIJK");
        if (rijk != null) {
            zet(m, "risicofuncties", f.getal(rijk, "risicofuncties"));
            zet(m, "meldingsplichtigen", f.getal(rijk, "meldingsplichtigen"));
            zet(m, "ontheffingen", f.getal(rijk, "ontheffingen"));
        }
        Tabel v = tabel("vertrouwenspersonen_per_ministerie");
        rijk = v.rij("RIJK");
        if (rijk != null) {
            zet(m, "vertrouwenspersonen", v.getal(rijk, "vertrouwenspersonen"));
            zet(m, "externeVertrouwenspersonen", v.getal(rijk, "externe_vertrouwenspersonen"));
            zet(m, "gesprekken", v.getal(rijk, "gesprekken"));
            zet(m, "gesprekkenVorig", v.getal(rijk, "gesprekken_vorig_jaar"));
            zet(m, "gesprekkenVerandering", verandering(v.getal(rijk, "gesprekken"), v.getal(rijk, "gesprekken_vorig_jaar")));
        }
        Tabel k = tabel("klachten_geschenken_per_ministerie");
        rijk = k.rij("RIJK");
        if (rijk != null) {
            zet(m, "klachten", k.getal(rijk, "klachten_ongewenste_omgangsvormen"));
            Tabel trend = tabel("trend");
            List<Object> vorig = trend.rij(Integer.toString(jaar - 1));
            if (vorig != null) {
                zet(m, "klachtenVerandering", verandering(k.getal(rijk, "klachten_ongewenste_omgangsvormen"),
                        trend.getal(vorig, "klachten_ongewenste_omgangsvormen")));
            }
            zet(m, "geschenkenAangeboden", k.getal(rijk, "geschenken_aangeboden"));
            zet(m, "geschenkenAangenomen", k.getal(rijk, "geschenken_aangenomen"));
        }
        // ministries without any accepted kengetallen: every figure of their row empty, with a remark
        List<String> zonder = new ArrayList<>();
        for (List<Object> rij : f.rijen()) {
            if (!"RIJK".equals(rij.get(0)) && f.getal(rij, "risicofuncties") == null && f.tekst(rij, "opmerking") != null) {
                zonder.add(f.tekst(rij, "ministerie_code"));
            }
        }
        m.put("zonderOpgave", zonder);
        return m;
    }

    private Map<String, Object> trend() {
        Map<String, Object> m = new LinkedHashMap<>();
        Tabel t = tabel("trend");
        List<List<Object>> rijen = t.rijen();
        if (rijen.size() < 2) {
            return m;
        }
        List<Object> eerste = rijen.get(0);
        List<Object> laatste = rijen.get(rijen.size() - 1);
        m.put("vanJaar", t.tekst(eerste, "jaar"));
        m.put("totJaar", t.tekst(laatste, "jaar"));
        zet(m, "meldingen", verandering(t.getal(laatste, "meldingen"), t.getal(eerste, "meldingen")));
        zet(m, "per1000", verschil(t.getal(laatste, "meldingen_per_1000_medewerkers"), t.getal(eerste, "meldingen_per_1000_medewerkers")));
        List<List<Object>> metMeldingen = rijen.stream().filter(r -> t.getal(r, "meldingen") instanceof Long).toList();
        if (metMeldingen.size() == rijen.size()) { // an extreme over years with a gap would not be one
            List<Object> hoogste = metMeldingen.stream().max(Comparator.comparingLong(r -> (Long) t.getal(r, "meldingen"))).get();
            List<Object> laagste = metMeldingen.stream().min(Comparator.comparingLong(r -> (Long) t.getal(r, "meldingen"))).get();
            m.put("hoogste", Map.of("jaar", t.tekst(hoogste, "jaar"), "aantal", formaat(t.getal(hoogste, "meldingen"))));
            m.put("laagste", Map.of("jaar", t.tekst(laagste, "jaar"), "aantal", formaat(t.getal(laagste, "meldingen"))));
        }
        List<Map<String, Object>> opmerkingen = new ArrayList<>();
        for (List<Object> rij : rijen) {
            if (t.tekst(rij, "opmerking") != null) {
                opmerkingen.add(Map.of("jaar", t.tekst(rij, "jaar"), "opmerking", t.tekst(rij, "opmerking")));
            }
        }
        m.put("opmerkingen", opmerkingen);
        // the category that changed most over the period, up or down (from the category trend's first and last year)
        Tabel c = tabel("trend_categorie");
        Map<String, Object[]> perCategorie = new LinkedHashMap<>();
        for (List<Object> rij : c.rijen()) {
            String jaarTekst = c.tekst(rij, "jaar");
            Object[] paar = perCategorie.computeIfAbsent(c.tekst(rij, "categorie"), k -> new Object[2]);
            if (jaarTekst.equals(m.get("vanJaar"))) {
                paar[0] = c.getal(rij, "meldingen");
            } else if (jaarTekst.equals(m.get("totJaar"))) {
                paar[1] = c.getal(rij, "meldingen");
            }
        }
        String sterkst = null;
        long grootste = -1;
        for (Map.Entry<String, Object[]> e : perCategorie.entrySet()) {
            if (e.getValue()[0] instanceof Long van && e.getValue()[1] instanceof Long tot && Math.abs(tot - van) > grootste) {
                grootste = Math.abs(tot - van);
                sterkst = e.getKey();
            }
        }
        if (sterkst != null) {
            Map<String, Object> cat = new LinkedHashMap<>();
            cat.put("naam", sterkst);
            zet(cat, "verandering", verandering(perCategorie.get(sterkst)[1], perCategorie.get(sterkst)[0]));
            m.put("categorie", cat);
        }
        return m;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    /** Remarks of the ministries' rows (not RIJK) of a table, as "CODE: remark". */
    private static List<Map<String, Object>> opmerkingen(Tabel t) {
        List<Map<String, Object>> uit = new ArrayList<>();
        for (List<Object> rij : t.rijen()) {
            if (!"RIJK".equals(rij.get(0)) && t.tekst(rij, "opmerking") != null) {
                uit.add(Map.of("code", t.tekst(rij, "ministerie_code"), "opmerking", t.tekst(rij, "opmerking")));
            }
        }
        return uit;
    }

    /** A row's label, count and percentage (the latter two only when published). */
    private static Map<String, Object> aandeel(Tabel t, List<Object> rij, String labelKolom) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("naam", t.tekst(rij, labelKolom));
        zet(m, "aantal", t.getal(rij, "meldingen"));
        zet(m, "percentage", t.getal(rij, "percentage"));
        return m;
    }

    /** The rows whose {@code kolom} is a published count, largest first (ties in table order). */
    private static List<List<Object>> gesorteerd(Tabel t, String kolom) {
        List<List<Object>> rijen = new ArrayList<>(t.rijen().stream().filter(r -> t.getal(r, kolom) instanceof Long).toList());
        rijen.sort(Comparator.comparingLong((List<Object> r) -> (Long) t.getal(r, kolom)).reversed());
        return rijen;
    }

    /**
     * The change from {@code vorig} to {@code nu}, two published counts: the direction in words, the difference, and
     * the difference in percent of {@code vorig} rounded half up to one decimal (absent when {@code vorig} is 0).
     * {@code null} when either is hidden or missing.
     */
    static Map<String, Object> verandering(Object nu, Object vorig) {
        if (!(nu instanceof Long n) || !(vorig instanceof Long v)) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        long verschil = n - v;
        m.put("nu", DutchNumbers.integer(n));
        m.put("vorig", DutchNumbers.integer(v));
        m.put("richting", verschil > 0 ? "gestegen" : verschil < 0 ? "gedaald" : "gelijk gebleven");
        m.put("meerMinder", verschil > 0 ? "meer" : verschil < 0 ? "minder" : "evenveel");
        m.put("gelijk", verschil == 0);
        m.put("verschil", DutchNumbers.integer(Math.abs(verschil)));
        if (v != 0) {
            m.put("procent", DutchNumbers.decimal(procent(Math.abs(verschil), v)));
        }
        return m;
    }

    /** {@code teller / noemer x 100}, rounded once, half up, to one decimal (the tables' {@code percentage} macro). */
    static BigDecimal procent(long teller, long noemer) {
        return BigDecimal.valueOf(teller).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(noemer), 1, RoundingMode.HALF_UP);
    }

    /** The difference of two published figures of the same kind (ratios: in tenths, exact), with its direction. */
    static Map<String, Object> verschil(Object nu, Object vorig) {
        BigDecimal n = decimaal(nu);
        BigDecimal v = decimaal(vorig);
        if (n == null || v == null) {
            return null;
        }
        Map<String, Object> m = richting(n.subtract(v));
        m.put("nu", DutchNumbers.decimal(n));
        m.put("vorig", DutchNumbers.decimal(v));
        return m;
    }

    /** A published difference: its direction and its size without sign. */
    private static Map<String, Object> richting(Object verschil) {
        BigDecimal d = decimaal(verschil);
        if (d == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("richting", d.signum() > 0 ? "gestegen" : d.signum() < 0 ? "gedaald" : "gelijk gebleven");
        m.put("gelijk", d.signum() == 0);
        m.put("verschil", DutchNumbers.decimal(d.abs()));
        return m;
    }

    private static BigDecimal decimaal(Object waarde) {
        return waarde instanceof BigDecimal d ? d : waarde instanceof Long l ? BigDecimal.valueOf(l) : null;
    }

    /** Puts a published figure (formatted) or a computed map; leaves the key out when there is nothing to say. */
    private static void zet(Map<String, Object> m, String sleutel, Object waarde) {
        if (waarde instanceof Long l) {
            m.put(sleutel, DutchNumbers.integer(l));
        } else if (waarde instanceof BigDecimal d) {
            m.put(sleutel, DutchNumbers.decimal(d));
        } else if (waarde instanceof Map<?, ?>) {
            m.put(sleutel, waarde);
        }
        // Geheim (x) or null (geen opgave): no figure, no key
    }

    private static String formaat(Object waarde) {
        return waarde instanceof Long l ? DutchNumbers.integer(l) : waarde instanceof BigDecimal d ? DutchNumbers.decimal(d) : null;
    }

    private Tabel tabel(String id) {
        TableData data = tabellen.get(id);
        if (data == null) {
            throw new IllegalStateException("the chapter needs table " + id + ", which is not published");
        }
        return new Tabel(data);
    }

    /**
     * One published table, its cells by column name. The text reads a cell's value ({@link Cel#waarde()}: a number, a
     * text, {@code x} or nothing) and says in words what each kind means.
     */
    private record Tabel(TableData data, List<List<Object>> rijen) {

        Tabel(TableData data) {
            this(data, data.rijen().stream().map(r -> r.stream().map(Cel::waarde).toList()).toList());
        }

        /** The first row whose first column is {@code sleutel} (a ministry code, a category, a year), or {@code null}. */
        List<Object> rij(String sleutel) {
            for (List<Object> rij : rijen) {
                if (sleutel.equals(String.valueOf(rij.get(0)))) {
                    return rij;
                }
            }
            return null;
        }

        Object getal(List<Object> rij, String kolom) {
            return rij.get(data.definitie().kolomIndex(kolom));
        }

        String tekst(List<Object> rij, String kolom) {
            Object waarde = rij.get(data.definitie().kolomIndex(kolom));
            if (waarde == null || waarde.toString().isBlank()) {
                return null;
            }
            return waarde instanceof Long l ? Long.toString(l) : waarde.toString();
        }

        @SuppressWarnings("unused")
        TableDefinition definitie() {
            return data.definitie();
        }
    }
}
