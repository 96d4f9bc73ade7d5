package nl.jbr.integriteit.publish;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;

import nl.jbr.integriteit.publish.pagina.Tabelpagina;
import nl.jbr.integriteit.publish.pagina.Tabelpagina.Balk;
import nl.jbr.integriteit.publish.pagina.Tabelpagina.Grafiek;
import nl.jbr.integriteit.publish.pagina.Tabelpagina.Grafieklijn;
import nl.jbr.integriteit.publish.pagina.Tabelpagina.KleineVeelvouden;
import nl.jbr.integriteit.publish.pagina.Tabelpagina.Kolomkop;
import nl.jbr.integriteit.publish.pagina.Tabelpagina.Lijngrafiek;
import nl.jbr.integriteit.publish.pagina.Tabelpagina.Paginacel;
import nl.jbr.integriteit.publish.pagina.Tabelpagina.Paneel;
import nl.jbr.integriteit.publish.pagina.Tabelpagina.Punt;
import nl.jbr.integriteit.publish.pagina.Tabelpagina.Staafgrafiek;
import nl.jbr.integriteit.publish.pagina.Tabelpagina.Xlabel;
import nl.jbr.integriteit.publish.pagina.Tabelpagina.Ylabel;
import nl.jbr.integriteit.tabel.TableDefinition;
import nl.jbr.integriteit.tabel.Geheim;
import nl.jbr.integriteit.tabel.Cel;
import nl.jbr.integriteit.tabel.DutchNumbers;
import nl.jbr.integriteit.tabel.TableData;

/**
 * Turns table data into the model of {@code templates/index.ftlh}: every cell already formatted the
 * Dutch way, and the bar charts laid out (coordinates are whole pixels, so the SVG is reproducible).
 * The template only arranges; all text it prints is escaped by FreeMarker.
 */
public final class HtmlPage {

    static final int GRAFIEK_BREEDTE = 560;
    static final int BALK_MAX = 480;
    static final int RIJ_HOOGTE = 38;

    private static final DateTimeFormatter DATUMTIJD = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    /** The line on every page saying when and by which run it was made: "Gegenereerd op 1-2-2025 03:00 door run 7.". */
    public static String stempel(LocalDateTime tijd, String runId) {
        return "Gegenereerd op " + DATUMTIJD.format(tijd) + " door run " + runId + ".";
    }

    /** The model of one table on the page. */
    public Tabelpagina tabel(TableData data, String csvBestand) {
        TableDefinition table = data.definitie();
        List<Kolomkop> kolommen = new ArrayList<>();
        for (TableDefinition.Kolom kolom : table.kolommen()) {
            kolommen.add(new Kolomkop(kolom.titel(), kolom.numeriek()));
        }
        List<List<Paginacel>> rijen = new ArrayList<>();
        for (List<Cel> row : data.rijen()) {
            List<Paginacel> cellen = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                TableDefinition.Kolom kolom = table.kolommen().get(i);
                cellen.add(new Paginacel(new SimpleScalar(DutchNumbers.format(row.get(i), kolom)), waar(kolom.numeriek()),
                        waar(row.get(i).soort() == Cel.Soort.LEEG)));
            }
            rijen.add(cellen);
        }
        Grafiek grafiek = table.grafiek() == null ? null : table.grafiek().lijn() ? lijngrafiek(data)
                : table.grafiek().kleineVeelvouden() ? kleineVeelvouden(data) : grafiek(data);
        return new Tabelpagina(table.id(), table.titel(), table.voetnoten(), csvBestand, kolommen, rijen, grafiek);
    }

    private static TemplateBooleanModel waar(boolean b) {
        return b ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
    }

    private static Staafgrafiek grafiek(TableData data) {
        TableDefinition table = data.definitie();
        int label = table.kolomIndex(table.grafiek().labelKolom());
        int waarde = table.kolomIndex(table.grafiek().waardeKolom());
        TableDefinition.Kolom waardeKolom = table.kolommen().get(waarde);
        long max = 0;
        for (List<Cel> row : data.rijen()) {
            Long value = row.get(waarde).alsAantal();
            if (value != null) {
                max = Math.max(max, value);
            }
        }
        if (max == 0) {
            return null; // nothing to draw: no opgave, or only zeros (the table says so)
        }
        List<Balk> balken = new ArrayList<>();
        StringBuilder beschrijving = new StringBuilder("Staafdiagram van " + waardeKolom.titel().toLowerCase()
                + " per " + table.kolommen().get(label).titel().toLowerCase() + ": ");
        int y = 0;
        for (List<Cel> row : data.rijen()) {
            long value = row.get(waarde).alsAantal() != null ? row.get(waarde).alsAantal() : 0;
            int breedte = (int) (value * BALK_MAX / max);
            String labelTekst = String.valueOf(row.get(label).waarde());
            String waardeTekst = DutchNumbers.format(row.get(waarde), waardeKolom);
            balken.add(new Balk(labelTekst, waardeTekst, y + 13, y + 18, y + 31, breedte, breedte + 6));
            beschrijving.append(labelTekst).append(' ').append(waardeTekst).append("; ");
            y += RIJ_HOOGTE;
        }
        return new Staafgrafiek(table.titel(), beschrijving.substring(0, beschrijving.length() - 2) + ".", balken,
                GRAFIEK_BREEDTE, y + 4);
    }

    static final int LIJN_LINKS = 64;
    static final int LIJN_RECHTS = 24;
    static final int LIJN_BOVEN = 12;
    static final int LIJN_HOOGTE = 200;
    static final int LEGENDA_REGEL = 20;
    /** Line colours (dark enough against white, contrast >= 4.5:1), with a dash pattern each so colour is not the only cue. */
    static final List<String> KLEUREN = List.of("#154273", "#a90061", "#275937", "#8b4a0b", "#5d2e7e", "#01689b", "#7a2e0e",
            "#39870c", "#42145f");
    static final List<String> STREPEN = List.of("", "6 3", "2 3", "8 3 2 3", "4 4", "10 4", "1 3", "6 2 2 2", "3 6");

    /**
     * A line chart of {@code waardeKolom} along {@code labelKolom} (the years, in row order), one line per value of
     * {@code reeksKolom} (or one line). A missing or protected value ({@code x}) breaks the line: nothing is drawn for
     * it, and the text alternative names it. Coordinates are whole pixels, so the SVG is reproducible.
     */
    private static Lijngrafiek lijngrafiek(TableData data) {
        Reeksen reeksen = Reeksen.van(data);
        if (reeksen.leeg()) {
            return null; // nothing to draw: no figures, or only zeros (the table says so)
        }
        TableDefinition.Kolom waardeKolom = reeksen.waardeKolom();
        Vlak vlak = new Vlak(LIJN_LINKS, LIJN_BOVEN, LIJN_HOOGTE, GRAFIEK_BREEDTE - LIJN_LINKS - LIJN_RECHTS,
                mooiMaximum(reeksen.max()));
        StringBuilder beschrijving = new StringBuilder("Lijndiagram van " + waardeKolom.titel().toLowerCase() + " per "
                + reeksen.labelTitel().toLowerCase() + ". ");
        List<Grafieklijn> lijnen = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Map<String, Cel>> r : reeksen.waarden().entrySet()) {
            Lijn l = vlak.lijn(r.getValue(), reeksen.labels(), waardeKolom);
            lijnen.add(new Grafieklijn(r.getKey(), l.pad(), l.punten(), KLEUREN.get(i % KLEUREN.size()),
                    STREPEN.get(i % STREPEN.size()), LIJN_BOVEN + LIJN_HOOGTE + 40 + i * LEGENDA_REGEL));
            beschrijving.append(reeksen.waarden().size() > 1 ? r.getKey() + ": " : "").append(String.join(", ", l.tekst()))
                    .append(". ");
            i++;
        }
        return new Lijngrafiek(data.definitie().titel(), beschrijving.toString().strip(), lijnen, vlak.xas(reeksen.labels()),
                vlak.yas(waardeKolom), LIJN_LINKS, GRAFIEK_BREEDTE - LIJN_RECHTS, LIJN_BOVEN + LIJN_HOOGTE + 18, GRAFIEK_BREEDTE,
                LIJN_BOVEN + LIJN_HOOGTE + 40 + reeksen.waarden().size() * LEGENDA_REGEL);
    }

    /**
     * The values of a line chart or small multiples, as the table's chart definition names them: the labels along the
     * x axis (the years, in row order), per series (the values of the series column, or without one a single series
     * named after the value column) the cell per label as published, and the largest number of all; with the titles
     * the text alternative uses.
     */
    private record Reeksen(List<String> labels, Map<String, Map<String, Cel>> waarden, double max,
                           TableDefinition.Kolom waardeKolom, String labelTitel, String reeksTitel) {

        /** Nothing to draw: no figures, only zeros, or a single label. */
        boolean leeg() {
            return max == 0 || labels.size() < 2;
        }

        static Reeksen van(TableData data) {
            TableDefinition table = data.definitie();
            TableDefinition.Grafiek g = table.grafiek();
            int label = table.kolomIndex(g.labelKolom());
            int waarde = table.kolomIndex(g.waardeKolom());
            int reeks = g.reeksKolom() == null ? -1 : table.kolomIndex(g.reeksKolom());
            TableDefinition.Kolom waardeKolom = table.kolommen().get(waarde);
            String enige = waardeKolom.titel();
            List<String> labels = new ArrayList<>(new LinkedHashSet<>(data.rijen().stream()
                    .map(r -> String.valueOf(r.get(label).waarde())).toList()));
            Map<String, Map<String, Cel>> waarden = new LinkedHashMap<>();
            double max = 0;
            for (List<Cel> row : data.rijen()) {
                String naam = reeks < 0 ? enige : String.valueOf(row.get(reeks).waarde());
                waarden.computeIfAbsent(naam, k -> new LinkedHashMap<>()).put(String.valueOf(row.get(label).waarde()),
                        row.get(waarde));
                if (getal(row.get(waarde).waarde()) != null) {
                    max = Math.max(max, getal(row.get(waarde).waarde()));
                }
            }
            return new Reeksen(labels, waarden, max, waardeKolom, table.kolommen().get(label).titel(),
                    reeks < 0 ? null : table.kolommen().get(reeks).titel());
        }
    }

    /** One drawn line: its SVG path, its points, and per label the text alternative of its value. */
    private record Lijn(String pad, List<Punt> punten, List<String> tekst) {
    }

    /**
     * The plot area of a line chart or of one panel: its left edge, top, height and width in whole pixels, and the value
     * at its top ({@code schaal}), so the SVG is reproducible.
     */
    private record Vlak(int links, int boven, int hoogte, int breedte, double schaal) {

        int x(int j, int labels) {
            return links + (int) Math.round((double) j * breedte / (labels - 1));
        }

        int y(double waarde) {
            return boven + hoogte - (int) Math.round(waarde * hoogte / schaal);
        }

        List<Xlabel> xas(List<String> labels) {
            List<Xlabel> xas = new ArrayList<>();
            for (int j = 0; j < labels.size(); j++) {
                xas.add(new Xlabel(x(j, labels.size()), labels.get(j)));
            }
            return xas;
        }

        /** Grid lines at 0, half and the top, with their values as the table writes them. */
        List<Ylabel> yas(TableDefinition.Kolom kolom) {
            List<Ylabel> yas = new ArrayList<>();
            for (int k = 0; k <= 2; k++) {
                double w = schaal * k / 2;
                Object tekst = kolom.datatype().equals("integer") ? (Object) Math.round(w)
                        : BigDecimal.valueOf(w).setScale(1, java.math.RoundingMode.HALF_UP);
                yas.add(new Ylabel(y(w), DutchNumbers.format(tekst, kolom)));
            }
            return yas;
        }

        /** The line through {@code waarden} per label; a missing or protected value breaks it and is named in words. */
        Lijn lijn(Map<String, Cel> waarden, List<String> labels, TableDefinition.Kolom kolom) {
            StringBuilder pad = new StringBuilder();
            List<Punt> punten = new ArrayList<>();
            List<String> tekst = new ArrayList<>();
            boolean open = false;
            for (int j = 0; j < labels.size(); j++) {
                Cel cel = waarden.get(labels.get(j));
                Object v = cel == null ? null : cel.waarde();
                Double d = getal(v);
                tekst.add(labels.get(j) + " " + (v == null ? "geen gegevens" : v instanceof Geheim ? "x (geheim)"
                        : DutchNumbers.format(v, kolom)));
                if (d == null) {
                    open = false;
                    continue;
                }
                int x = x(j, labels.size());
                int y = y(d);
                pad.append(open ? " L" : (pad.isEmpty() ? "M" : " M")).append(x).append(' ').append(y);
                open = true;
                punten.add(new Punt(x, y));
            }
            return new Lijn(pad.toString(), punten, tekst);
        }
    }

    static final int PANEEL_BREEDTE = 180;
    static final int PANEEL_LINKS = 34;
    static final int PANEEL_RECHTS = 16;
    static final int PANEEL_BOVEN = 8;
    static final int PANEEL_HOOGTE = 80;

    /**
     * Small multiples: one small line chart (panel) per value of {@code reeksKolom}, in row order, each along the same
     * years and on the same y scale (the top is that of the largest value of all panels), so the panels compare at a
     * glance and no line hides another. Each panel has its own text alternative listing its values; a missing or
     * protected value breaks its line, as in {@link #lijngrafiek}.
     */
    private static KleineVeelvouden kleineVeelvouden(TableData data) {
        Reeksen reeksen = Reeksen.van(data);
        if (reeksen.leeg()) {
            return null; // nothing to draw: no figures, or only zeros (the table says so)
        }
        TableDefinition.Kolom waardeKolom = reeksen.waardeKolom();
        Vlak vlak = new Vlak(PANEEL_LINKS, PANEEL_BOVEN, PANEEL_HOOGTE, PANEEL_BREEDTE - PANEEL_LINKS - PANEEL_RECHTS,
                mooiMaximum(reeksen.max()));
        List<Ylabel> yas = vlak.yas(waardeKolom);
        List<Paneel> panelen = new ArrayList<>();
        for (Map.Entry<String, Map<String, Cel>> r : reeksen.waarden().entrySet()) {
            Lijn l = vlak.lijn(r.getValue(), reeksen.labels(), waardeKolom);
            panelen.add(new Paneel(r.getKey(), r.getKey() + ": " + String.join(", ", l.tekst()) + ".", l.pad(), l.punten()));
        }
        return new KleineVeelvouden(data.definitie().titel(), "Lijndiagrammen van " + waardeKolom.titel().toLowerCase() + " per "
                + reeksen.labelTitel().toLowerCase() + ", één per " + reeksen.reeksTitel().toLowerCase()
                + ", alle met dezelfde schaal (0 tot " + yas.get(2).tekst() + ").", panelen, vlak.xas(reeksen.labels()), yas,
                PANEEL_LINKS, PANEEL_BREEDTE - PANEEL_RECHTS, PANEEL_BOVEN + PANEEL_HOOGTE + 16, PANEEL_BREEDTE,
                PANEEL_BOVEN + PANEEL_HOOGTE + 22);
    }

    private static Double getal(Object v) {
        return v instanceof Long l ? (Double) (double) l : v instanceof BigDecimal b ? (Double) b.doubleValue() : null;
    }

    /** The smallest of 1, 2, 2.5, 5 x 10^k at or above {@code max}: the top of the y axis. */
    static double mooiMaximum(double max) {
        double macht = Math.pow(10, Math.floor(Math.log10(max)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * macht >= max) {
                return f * macht;
            }
        }
        return 10 * macht;
    }
}
