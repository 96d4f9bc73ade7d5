package nl.jbr.integriteit.publish.pagina;

import java.util.List;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;

/**
 * One table on a year page, as {@code publish/HtmlPage} makes it and the template reads it ({@code t.id},
 * {@code t.titel}, ...): its column headings, its rows of ready-made cells, its footnotes, the link to its CSV, and its
 * chart ({@code null}: none).
 *
 * <p>Its own package, so that the chapter ({@code publish/hoofdstuk}) reads the same records as the page without a
 * cycle between the two packages.
 */
public record Tabelpagina(String id, String titel, List<String> voetnoten, String csv, List<Kolomkop> kolommen,
                          List<List<Paginacel>> rijen, Grafiek grafiek) {

    /** A column heading; a numeric column is right-aligned. */
    public record Kolomkop(String titel, boolean numeriek) {
    }

    /** The chart beside a table: bars, lines, or small multiples. */
    public sealed interface Grafiek permits Staafgrafiek, Lijngrafiek, KleineVeelvouden {
    }

    /** A bar chart: one bar per row, its label above it and its value beside it. */
    public record Staafgrafiek(String titel, String beschrijving, List<Balk> balken, int breedte, int hoogte)
            implements Grafiek {
    }

    /** One bar: its label and value as the table writes them, where they go, and its width. */
    public record Balk(String label, String waarde, int labelY, int balkY, int waardeY, int breedte, int waardeX) {
    }

    /** A line chart: its lines, the labels along the x axis, the grid lines of the y axis, and where the plot area ends. */
    public record Lijngrafiek(String titel, String beschrijving, List<Grafieklijn> lijnen, List<Xlabel> xas, List<Ylabel> yas,
                              int links, int rechts, int xasY, int breedte, int hoogte) implements Grafiek {
    }

    /** One line of a line chart: its series, path and points, colour and dash pattern, and where its legend goes. */
    public record Grafieklijn(String naam, String pad, List<Punt> punten, String kleur, String streep, int legendaY) {
    }

    /** Small multiples: one panel per series, all with the same axes. */
    public record KleineVeelvouden(String titel, String beschrijving, List<Paneel> panelen, List<Xlabel> xas, List<Ylabel> yas,
                                   int links, int rechts, int xasY, int breedte, int hoogte) implements Grafiek {
    }

    /** One panel of small multiples: its series, the text alternative of its values, its path and points. */
    public record Paneel(String naam, String beschrijving, String pad, List<Punt> punten) {
    }

    /** A label along the x axis. */
    public record Xlabel(int x, String tekst) {
    }

    /** A grid line of the y axis with its value as the table writes it. */
    public record Ylabel(int y, String tekst) {
    }

    /** A point of a line, in whole pixels. */
    public record Punt(int x, int y) {
    }

    /**
     * One cell of a table as the template reads it ({@code cel.tekst}, {@code cel.numeriek}, {@code cel.leeg}), handed
     * to FreeMarker ready-made: a page with a hundred thousand cells is rendered without a map and its wrappers per
     * cell. The text is a plain string, so the page's HTML output format escapes it as before.
     */
    public record Paginacel(SimpleScalar tekst, TemplateBooleanModel numeriek, TemplateBooleanModel leeg) implements TemplateHashModel {

        @Override
        public TemplateModel get(String key) {
            return switch (key) {
                case "tekst" -> tekst;
                case "numeriek" -> numeriek;
                case "leeg" -> leeg;
                default -> null;
            };
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }
}
