package nl.jbr.integriteit.publish.hoofdstuk;

import java.util.List;

import nl.jbr.integriteit.publish.pagina.Tabelpagina;

/**
 * A chart of the year page as the chapter draws it ({@link Grafiekbeeld}) and names it ({@link OdtSchrijver}): a bar
 * chart, a line chart or small multiples, in the same whole-pixel coordinates as the page's SVG. Made once, by
 * {@link #uit}, from the year page's chart ({@link Tabelpagina.Grafiek}), from which {@code templates/grafiek.ftlh}
 * draws the page's own SVG.
 */
sealed interface Grafiek {

    /** The chart's title (the table's). */
    String titel();

    /** The text alternative. */
    String beschrijving();

    /** Width in points. */
    int breedte();

    /** Height in points (of one panel, for small multiples). */
    int hoogte();

    /** One bar per row: its label, bar and value, each at its own height. */
    record Balken(String titel, String beschrijving, int breedte, int hoogte, List<Balk> balken) implements Grafiek {
    }

    record Balk(String label, int labelY, int balkY, int breedte, String waarde, int waardeX, int waardeY) {
    }

    /** One line per series, with a legend below. */
    record Lijnen(String titel, String beschrijving, int breedte, int hoogte, Assen assen, List<Lijn> lijnen) implements Grafiek {
    }

    /** A series' line: its colour, dash pattern ("" is solid), SVG path, points, and where its legend entry is. */
    record Lijn(String naam, String kleur, String streep, String pad, List<Punt> punten, int legendaY) {
    }

    /** Small multiples: one panel per series, all with the same axes. */
    record Veelvouden(String titel, String beschrijving, int breedte, int hoogte, Assen assen, List<Paneel> panelen)
            implements Grafiek {
    }

    record Paneel(String naam, String pad, List<Punt> punten) {
    }

    /**
     * The plot's left and right edge, the height of the x axis' labels, the grid lines (each at a {@code y}) and the x
     * axis' labels (each at an {@code x}).
     */
    record Assen(int links, int rechts, int xasY, List<Merk> yas, List<Merk> xas) {
    }

    /** A grid line or an axis label: where ({@code y} for a grid line, {@code x} for a label) and its text. */
    record Merk(int plaats, String tekst) {
    }

    record Punt(int x, int y) {
    }

    /** The chart of a year page's chart ({@code publish/HtmlPage}), or {@code null} when the table has none. */
    static Grafiek uit(Tabelpagina.Grafiek model) {
        if (model instanceof Tabelpagina.KleineVeelvouden g) {
            return new Veelvouden(g.titel(), g.beschrijving(), g.breedte(), g.hoogte(),
                    assen(g.links(), g.rechts(), g.xasY(), g.yas(), g.xas()),
                    g.panelen().stream().map(p -> new Paneel(p.naam(), p.pad(), punten(p.punten()))).toList());
        }
        if (model instanceof Tabelpagina.Lijngrafiek g) {
            return new Lijnen(g.titel(), g.beschrijving(), g.breedte(), g.hoogte(),
                    assen(g.links(), g.rechts(), g.xasY(), g.yas(), g.xas()),
                    g.lijnen().stream().map(l -> new Lijn(l.naam(), l.kleur(), l.streep(), l.pad(), punten(l.punten()),
                            l.legendaY())).toList());
        }
        if (model instanceof Tabelpagina.Staafgrafiek g) {
            return new Balken(g.titel(), g.beschrijving(), g.breedte(), g.hoogte(), g.balken().stream()
                    .map(b -> new Balk(b.label(), b.labelY(), b.balkY(), b.breedte(), b.waarde(), b.waardeX(), b.waardeY()))
                    .toList());
        }
        return null;
    }

    private static Assen assen(int links, int rechts, int xasY, List<Tabelpagina.Ylabel> yas, List<Tabelpagina.Xlabel> xas) {
        return new Assen(links, rechts, xasY, yas.stream().map(a -> new Merk(a.y(), a.tekst())).toList(),
                xas.stream().map(a -> new Merk(a.x(), a.tekst())).toList());
    }

    private static List<Punt> punten(List<Tabelpagina.Punt> punten) {
        return punten.stream().map(p -> new Punt(p.x(), p.y())).toList();
    }
}
