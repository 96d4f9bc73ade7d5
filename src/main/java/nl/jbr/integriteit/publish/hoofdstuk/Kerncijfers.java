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
 * to one decimal, as the tables round: {@code 01_macros/010_afronding.sql}). A figure that is hidden or missing is
 * {@code null} in these records (FreeMarker's {@code ??} is false for it); the text template then leaves its sentence
 * out or says so without a number.
 *
 * <p>Every figure arrives formatted the Dutch way ({@code 2.100}, {@code 56,1}); percentages without the sign, so the
 * template says "56,1%" or "procentpunt" as it sees fit. The template reads the components by name
 * ({@code k.meldingen.aantal}), so a component's name is part of {@code tekst.ftl}'s vocabulary.
 */
public record Kerncijfers(String jaar, String vorigJaar, Meldingen meldingen, Onderzoek onderzoek, Afdoening afdoening,
        Onderdelen onderdelen, Nevenwerkzaamheden nevenwerkzaamheden, Kengetallen kengetallen, Trend trend) {

    /** The figures of the year's rijksbrede tables ({@code tabellen}: by table id), as the text template reads them. */
    static Kerncijfers bereken(int jaar, Map<String, TableData> tabellen) {
        Berekening b = new Berekening(jaar, tabellen);
        return new Kerncijfers(Integer.toString(jaar), Integer.toString(jaar - 1), b.meldingen(), b.onderzoek(),
                b.afdoening(), b.onderdelen(), b.nevenwerkzaamheden(), b.kengetallen(), b.trend());
    }

    // ---- what the text template reads ------------------------------------------------------------------------------

    /**
     * The meldingen: the RIJK row's figures, the ministries with a remark, the categories and the kinds of incident
     * (both largest first; hidden counts cannot be ranked and are left out).
     */
    public record Meldingen(String aantal, String betrokkenen, Verandering verandering, String per1000,
            Verschil per1000Verandering, List<Ministerieopmerking> opmerkingen, List<Categorie> categorieen,
            List<Aandeel> soorten) {
    }

    /** A ministry whose row carries a remark: no accepted opgave, or part of it missing. */
    public record Ministerieopmerking(String ministerie, String code, String opmerking, boolean geenMeldingen) {
    }

    /** A category of meldingen: its count and share, and the change since last year. */
    public record Categorie(String naam, String aantal, String percentage, Verandering verandering) {
    }

    /** A row's label, count and percentage (the latter two only when published). */
    public record Aandeel(String naam, String aantal, String percentage) {
    }

    /** The investigations: kinds largest first, "geen", each outcome, and the share proven. */
    public record Onderzoek(List<Aandeel> soorten, Aandeel geen, Aandeel aangetoond, Aandeel deelsAangetoond,
            Aandeel nietAangetoond, Aandeel lopend, String percentageAangetoond, String aangetoondTotaal,
            Verschil percentageAangetoondVerandering) {
    }

    /** The measures taken, largest first (without "geen", "lopend", "onbekend"), and two of them by name. */
    public record Afdoening(List<Aandeel> maatregelen, Aandeel geen, Aandeel strafontslag) {
    }

    /** The parts of ministries: the one with most meldingen. */
    public record Onderdelen(Onderdeel grootste) {
    }

    /** One part of a ministry (its ministry by code) with its count. */
    public record Onderdeel(String onderdeel, String ministerie, String aantal) {
    }

    /** Secondary activities: the RIJK row's figures and the ministries' remarks. */
    public record Nevenwerkzaamheden(String aantal, String medewerkers, String percentage, String percentageVorig,
            Verschil verschil, List<Opmerking> opmerkingen) {
    }

    /** A ministry's remark, by its code. */
    public record Opmerking(String code, String opmerking) {
    }

    /** The kengetallen integriteit of the RIJK rows, and the ministries without any accepted kengetallen (codes). */
    public record Kengetallen(String risicofuncties, String meldingsplichtigen, String ontheffingen, String vertrouwenspersonen,
            String externeVertrouwenspersonen, String gesprekken, String gesprekkenVorig,
            Verandering gesprekkenVerandering, String klachten, Verandering klachtenVerandering,
            String geschenkenAangeboden, String geschenkenAangenomen, List<String> zonderOpgave) {
    }

    /**
     * The trend over the published years (every component {@code null} with fewer than two): the change of the
     * meldingen and of the rate, the highest and lowest year, the years' remarks and the category that changed most.
     */
    public record Trend(String vanJaar, String totJaar, Verandering meldingen, Verschil per1000, Jaarcijfer hoogste,
            Jaarcijfer laagste, List<Jaaropmerking> opmerkingen, Trendcategorie categorie) {
    }

    /** A year and its count. */
    public record Jaarcijfer(String jaar, String aantal) {
    }

    /** A year's remark. */
    public record Jaaropmerking(String jaar, String opmerking) {
    }

    /** The category that changed most over the period, with that change. */
    public record Trendcategorie(String naam, Verandering verandering) {
    }

    /**
     * The change from one published count to another ({@link #verandering}): both, the direction in words, the
     * difference without sign, and that in percent of the former ({@code null} when the former is 0).
     */
    public record Verandering(String nu, String vorig, String richting, String meerMinder, boolean gelijk, String verschil,
            String procent) {
    }

    /**
     * A difference of two published figures of the same kind, or a published difference: its direction, its size
     * without sign, and the two figures ({@code null} for a published difference).
     */
    public record Verschil(String richting, boolean gelijk, String verschil, String nu, String vorig) {
    }

    // ---- the arithmetic ---------------------------------------------------------------------------------------------

    /**
     * The change from {@code vorig} to {@code nu}, two published counts: the direction in words, the difference, and
     * the difference in percent of {@code vorig} rounded half up to one decimal (absent when {@code vorig} is 0).
     * {@code null} when either is hidden or missing.
     */
    static Verandering verandering(Object nu, Object vorig) {
        if (!(nu instanceof Long n) || !(vorig instanceof Long v)) {
            return null;
        }
        long verschil = n - v;
        return new Verandering(DutchNumbers.integer(n), DutchNumbers.integer(v),
                verschil > 0 ? "gestegen" : verschil < 0 ? "gedaald" : "gelijk gebleven",
                verschil > 0 ? "meer" : verschil < 0 ? "minder" : "evenveel", verschil == 0,
                DutchNumbers.integer(Math.abs(verschil)), v != 0 ? DutchNumbers.decimal(procent(Math.abs(verschil), v)) : null);
    }

    /** {@code teller / noemer x 100}, rounded once, half up, to one decimal (the tables' {@code percentage} macro). */
    static BigDecimal procent(long teller, long noemer) {
        return BigDecimal.valueOf(teller).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(noemer), 1, RoundingMode.HALF_UP);
    }

    /** The difference of two published figures of the same kind (ratios: in tenths, exact), with its direction. */
    static Verschil verschil(Object nu, Object vorig) {
        BigDecimal n = decimaal(nu);
        BigDecimal v = decimaal(vorig);
        if (n == null || v == null) {
            return null;
        }
        return verschil(n.subtract(v), DutchNumbers.decimal(n), DutchNumbers.decimal(v));
    }

    /** A published difference: its direction and its size without sign ({@code null} when hidden or missing). */
    private static Verschil richting(Object verschil) {
        BigDecimal d = decimaal(verschil);
        return d == null ? null : verschil(d, null, null);
    }

    private static Verschil verschil(BigDecimal d, String nu, String vorig) {
        return new Verschil(d.signum() > 0 ? "gestegen" : d.signum() < 0 ? "gedaald" : "gelijk gebleven", d.signum() == 0,
                DutchNumbers.decimal(d.abs()), nu, vorig);
    }

    private static BigDecimal decimaal(Object waarde) {
        return waarde instanceof BigDecimal d ? d : waarde instanceof Long l ? BigDecimal.valueOf(l) : null;
    }

    /** A published figure, formatted; {@code null} when hidden ({@code x}) or missing (geen opgave). */
    private static String formaat(Object waarde) {
        return waarde instanceof Long l ? DutchNumbers.integer(l) : waarde instanceof BigDecimal d ? DutchNumbers.decimal(d) : null;
    }

    // ---- reading the tables -----------------------------------------------------------------------------------------

    /** One year's calculation over its rijksbrede tables. */
    private static final class Berekening {

        private final int jaar;
        private final Map<String, TableData> tabellen;

        Berekening(int jaar, Map<String, TableData> tabellen) {
            this.jaar = jaar;
            this.tabellen = tabellen;
        }

        Meldingen meldingen() {
            Tabel t = tabel("meldingen_per_ministerie");
            List<Object> rijk = t.rij("RIJK");
            String aantal = null;
            String betrokkenen = null;
            Verandering verandering = null;
            String per1000 = null;
            Verschil per1000Verandering = null;
            if (rijk != null) {
                aantal = formaat(t.getal(rijk, "meldingen"));
                betrokkenen = formaat(t.getal(rijk, "betrokkenen"));
                verandering = verandering(t.getal(rijk, "meldingen"), t.getal(rijk, "meldingen_vorig_jaar"));
                per1000 = formaat(t.getal(rijk, "meldingen_per_1000_medewerkers"));
                per1000Verandering = verschil(t.getal(rijk, "meldingen_per_1000_medewerkers"),
                        vorigJaar("meldingen_per_1000_medewerkers"));
            }
            // every ministry whose row carries a remark: no accepted opgave, or part of it missing
            List<Ministerieopmerking> opmerkingen = new ArrayList<>();
            for (List<Object> rij : t.rijen()) {
                if (!"RIJK".equals(rij.get(0)) && t.tekst(rij, "opmerking") != null) {
                    opmerkingen.add(new Ministerieopmerking(t.tekst(rij, "ministerie"), t.tekst(rij, "ministerie_code"),
                            t.tekst(rij, "opmerking"), t.getal(rij, "meldingen") == null));
                }
            }
            // the categories, largest first (hidden counts cannot be ranked and are left out)
            Tabel c = tabel("meldingen_per_categorie");
            List<Categorie> categorieen = new ArrayList<>();
            for (List<Object> rij : gesorteerd(c, "meldingen")) {
                categorieen.add(new Categorie(c.tekst(rij, "categorie"), formaat(c.getal(rij, "meldingen")),
                        formaat(c.getal(rij, "percentage")),
                        verandering(c.getal(rij, "meldingen"), c.getal(rij, "meldingen_vorig_jaar"))));
            }
            Tabel s = tabel("soort_incident");
            List<Aandeel> soorten = new ArrayList<>();
            for (List<Object> rij : gesorteerd(s, "meldingen")) {
                soorten.add(aandeel(s, rij, "soort_incident"));
            }
            return new Meldingen(aantal, betrokkenen, verandering, per1000, per1000Verandering, opmerkingen, categorieen, soorten);
        }

        Onderzoek onderzoek() {
            Tabel o = tabel("soort_onderzoek");
            List<Aandeel> soorten = new ArrayList<>();
            for (List<Object> rij : gesorteerd(o, "meldingen")) {
                soorten.add(aandeel(o, rij, "soort_onderzoek"));
            }
            Aandeel geen = aandeelVan(o, "geen", "soort_onderzoek");
            Tabel u = tabel("uitkomst");
            String percentageAangetoond = null;
            String aangetoondTotaal = null;
            Verschil percentageAangetoondVerandering = null;
            Tabel t = tabel("meldingen_per_ministerie");
            List<Object> rijk = t.rij("RIJK");
            if (rijk != null) {
                percentageAangetoond = formaat(t.getal(rijk, "percentage_aangetoond"));
                aangetoondTotaal = formaat(t.getal(rijk, "aangetoond"));
                percentageAangetoondVerandering = verschil(t.getal(rijk, "percentage_aangetoond"),
                        vorigJaar("percentage_aangetoond"));
            }
            return new Onderzoek(soorten, geen, aandeelVan(u, "aangetoond", "uitkomst"),
                    aandeelVan(u, "deels aangetoond", "uitkomst"), aandeelVan(u, "niet aangetoond", "uitkomst"),
                    aandeelVan(u, "lopend", "uitkomst"), percentageAangetoond, aangetoondTotaal,
                    percentageAangetoondVerandering);
        }

        Afdoening afdoening() {
            Tabel a = tabel("afdoening");
            List<Aandeel> maatregelen = new ArrayList<>();
            for (List<Object> rij : gesorteerd(a, "meldingen")) {
                String naam = a.tekst(rij, "afdoening");
                if (!List.of("geen", "lopend", "onbekend").contains(naam)) {
                    maatregelen.add(aandeel(a, rij, "afdoening"));
                }
            }
            return new Afdoening(maatregelen, aandeelVan(a, "geen", "afdoening"), aandeelVan(a, "strafontslag", "afdoening"));
        }

        Onderdelen onderdelen() {
            Tabel o = tabel("meldingen_per_onderdeel");
            List<List<Object>> rijen = gesorteerd(o, "meldingen").stream()
                    .filter(r -> !String.valueOf(r.get(1)).startsWith("uitsplitsing")).toList();
            if (rijen.isEmpty()) {
                return new Onderdelen(null);
            }
            List<Object> grootste = rijen.get(0);
            return new Onderdelen(new Onderdeel(o.tekst(grootste, "onderdeel"), o.tekst(grootste, "ministerie_code"),
                    formaat(o.getal(grootste, "meldingen"))));
        }

        Nevenwerkzaamheden nevenwerkzaamheden() {
            Tabel n = tabel("nevenwerkzaamheden_per_ministerie");
            List<Object> rijk = n.rij("RIJK");
            if (rijk == null) {
                return new Nevenwerkzaamheden(null, null, null, null, null, opmerkingen(n));
            }
            // the table's own difference (computed before rounding, its footnote says): the text repeats it
            return new Nevenwerkzaamheden(formaat(n.getal(rijk, "nevenwerkzaamheden")), formaat(n.getal(rijk, "medewerkers")),
                    formaat(n.getal(rijk, "percentage")), formaat(n.getal(rijk, "percentage_vorig_jaar")),
                    richting(n.getal(rijk, "verschil_procentpunt")), opmerkingen(n));
        }

        Kengetallen kengetallen() {
            Tabel f = tabel("financiele_belangen_per_ministerie");
            List<Object> fr = f.rij("RIJK");
            Tabel v = tabel("vertrouwenspersonen_per_ministerie");
            List<Object> vr = v.rij("RIJK");
            Tabel k = tabel("klachten_geschenken_per_ministerie");
            List<Object> kr = k.rij("RIJK");
            Verandering klachtenVerandering = kr == null ? null
                    : verandering(k.getal(kr, "klachten_ongewenste_omgangsvormen"), vorigJaar("klachten_ongewenste_omgangsvormen"));
            // ministries without any accepted kengetallen: every figure of their row empty, with a remark
            List<String> zonder = new ArrayList<>();
            for (List<Object> rij : f.rijen()) {
                if (!"RIJK".equals(rij.get(0)) && f.getal(rij, "risicofuncties") == null && f.tekst(rij, "opmerking") != null) {
                    zonder.add(f.tekst(rij, "ministerie_code"));
                }
            }
            return new Kengetallen(figuur(f, fr, "risicofuncties"), figuur(f, fr, "meldingsplichtigen"),
                    figuur(f, fr, "ontheffingen"), figuur(v, vr, "vertrouwenspersonen"),
                    figuur(v, vr, "externe_vertrouwenspersonen"), figuur(v, vr, "gesprekken"),
                    figuur(v, vr, "gesprekken_vorig_jaar"),
                    vr == null ? null : verandering(v.getal(vr, "gesprekken"), v.getal(vr, "gesprekken_vorig_jaar")),
                    figuur(k, kr, "klachten_ongewenste_omgangsvormen"), klachtenVerandering,
                    figuur(k, kr, "geschenken_aangeboden"), figuur(k, kr, "geschenken_aangenomen"), zonder);
        }

        Trend trend() {
            Tabel t = tabel("trend");
            List<List<Object>> rijen = t.rijen();
            if (rijen.size() < 2) {
                return new Trend(null, null, null, null, null, null, null, null);
            }
            List<Object> eerste = rijen.get(0);
            List<Object> laatste = rijen.get(rijen.size() - 1);
            String vanJaar = t.tekst(eerste, "jaar");
            String totJaar = t.tekst(laatste, "jaar");
            Jaarcijfer hoogste = null;
            Jaarcijfer laagste = null;
            List<List<Object>> metMeldingen = rijen.stream().filter(r -> t.getal(r, "meldingen") instanceof Long).toList();
            if (metMeldingen.size() == rijen.size()) { // an extreme over years with a gap would not be one
                List<Object> h = metMeldingen.stream().max(Comparator.comparingLong(r -> (Long) t.getal(r, "meldingen"))).get();
                List<Object> l = metMeldingen.stream().min(Comparator.comparingLong(r -> (Long) t.getal(r, "meldingen"))).get();
                hoogste = new Jaarcijfer(t.tekst(h, "jaar"), formaat(t.getal(h, "meldingen")));
                laagste = new Jaarcijfer(t.tekst(l, "jaar"), formaat(t.getal(l, "meldingen")));
            }
            List<Jaaropmerking> opmerkingen = new ArrayList<>();
            for (List<Object> rij : rijen) {
                if (t.tekst(rij, "opmerking") != null) {
                    opmerkingen.add(new Jaaropmerking(t.tekst(rij, "jaar"), t.tekst(rij, "opmerking")));
                }
            }
            // the category that changed most over the period, up or down (from the category trend's first and last year)
            Tabel c = tabel("trend_categorie");
            Map<String, Object[]> perCategorie = new LinkedHashMap<>();
            for (List<Object> rij : c.rijen()) {
                String jaarTekst = c.tekst(rij, "jaar");
                Object[] paar = perCategorie.computeIfAbsent(c.tekst(rij, "categorie"), k -> new Object[2]);
                if (jaarTekst.equals(vanJaar)) {
                    paar[0] = c.getal(rij, "meldingen");
                } else if (jaarTekst.equals(totJaar)) {
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
            Trendcategorie categorie = sterkst == null ? null
                    : new Trendcategorie(sterkst, verandering(perCategorie.get(sterkst)[1], perCategorie.get(sterkst)[0]));
            return new Trend(vanJaar, totJaar, verandering(t.getal(laatste, "meldingen"), t.getal(eerste, "meldingen")),
                    verschil(t.getal(laatste, "meldingen_per_1000_medewerkers"), t.getal(eerste, "meldingen_per_1000_medewerkers")),
                    hoogste, laagste, opmerkingen, categorie);
        }

        /** The value of {@code kolom} in the trend's row of last year, as published; {@code null} without that row. */
        private Object vorigJaar(String kolom) {
            Tabel trend = tabel("trend");
            List<Object> vorig = trend.rij(Integer.toString(jaar - 1));
            return vorig == null ? null : trend.getal(vorig, kolom);
        }

        private Tabel tabel(String id) {
            TableData data = tabellen.get(id);
            if (data == null) {
                throw new IllegalStateException("the chapter needs table " + id + ", which is not published");
            }
            return new Tabel(data);
        }
    }

    /** Remarks of the ministries' rows (not RIJK) of a table, with the ministry's code. */
    private static List<Opmerking> opmerkingen(Tabel t) {
        List<Opmerking> uit = new ArrayList<>();
        for (List<Object> rij : t.rijen()) {
            if (!"RIJK".equals(rij.get(0)) && t.tekst(rij, "opmerking") != null) {
                uit.add(new Opmerking(t.tekst(rij, "ministerie_code"), t.tekst(rij, "opmerking")));
            }
        }
        return uit;
    }

    /** A row's label, count and percentage (the latter two only when published). */
    private static Aandeel aandeel(Tabel t, List<Object> rij, String labelKolom) {
        return new Aandeel(t.tekst(rij, labelKolom), formaat(t.getal(rij, "meldingen")), formaat(t.getal(rij, "percentage")));
    }

    /** The row {@code sleutel} as an {@link Aandeel}, or {@code null} when it is absent or its count is not published. */
    private static Aandeel aandeelVan(Tabel t, String sleutel, String labelKolom) {
        List<Object> rij = t.rij(sleutel);
        return rij != null && t.getal(rij, "meldingen") != null ? aandeel(t, rij, labelKolom) : null;
    }

    /** A figure of {@code rij} (a RIJK row, {@code null} when the table has none), formatted, or {@code null}. */
    private static String figuur(Tabel t, List<Object> rij, String kolom) {
        return rij == null ? null : formaat(t.getal(rij, kolom));
    }

    /** The rows whose {@code kolom} is a published count, largest first (ties in table order). */
    private static List<List<Object>> gesorteerd(Tabel t, String kolom) {
        List<List<Object>> rijen = new ArrayList<>(t.rijen().stream().filter(r -> t.getal(r, kolom) instanceof Long).toList());
        rijen.sort(Comparator.comparingLong((List<Object> r) -> (Long) t.getal(r, kolom)).reversed());
        return rijen;
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
