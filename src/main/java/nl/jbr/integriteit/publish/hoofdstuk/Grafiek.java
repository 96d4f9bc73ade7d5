package nl.jbr.integriteit.publish.hoofdstuk;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A chart of the year page as the chapter draws it ({@link Grafiekbeeld}) and names it ({@link OdtSchrijver}): a bar
 * chart, a line chart or small multiples, in the same whole-pixel coordinates as the page's SVG. Read once, by
 * {@link #uit}, from {@link nl.jbr.integriteit.publish.HtmlPage}'s chart model (the one place the chapter reads that
 * model's keys); the year page's own SVG is drawn by {@code templates/grafiek.ftlh} from that model.
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

    /**
     * The chart of a year page's chart model ({@code model}: {@code HtmlPage}'s map with {@code balken}, {@code lijnen}
     * or {@code panelen}), or {@code null} when the table has none.
     */
    static Grafiek uit(Object model) {
        if (!(model instanceof Map<?, ?> g)) {
            return null;
        }
        String titel = String.valueOf(g.get("titel"));
        String beschrijving = String.valueOf(g.get("beschrijving"));
        int breedte = getal(g.get("breedte"));
        int hoogte = getal(g.get("hoogte"));
        if (g.get("panelen") != null) {
            return new Veelvouden(titel, beschrijving, breedte, hoogte, assen(g), lijst(g.get("panelen"),
                    p -> new Paneel(String.valueOf(p.get("naam")), String.valueOf(p.get("pad")), punten(p.get("punten")))));
        }
        if (g.get("lijnen") != null) {
            return new Lijnen(titel, beschrijving, breedte, hoogte, assen(g), lijst(g.get("lijnen"),
                    l -> new Lijn(String.valueOf(l.get("naam")), String.valueOf(l.get("kleur")), String.valueOf(l.get("streep")),
                            String.valueOf(l.get("pad")), punten(l.get("punten")), getal(l.get("legendaY")))));
        }
        return new Balken(titel, beschrijving, breedte, hoogte, lijst(g.get("balken"),
                b -> new Balk(String.valueOf(b.get("label")), getal(b.get("labelY")), getal(b.get("balkY")),
                        getal(b.get("breedte")), String.valueOf(b.get("waarde")), getal(b.get("waardeX")), getal(b.get("waardeY")))));
    }

    private static Assen assen(Map<?, ?> g) {
        return new Assen(getal(g.get("links")), getal(g.get("rechts")), getal(g.get("xasY")),
                lijst(g.get("yas"), a -> new Merk(getal(a.get("y")), String.valueOf(a.get("tekst")))),
                lijst(g.get("xas"), a -> new Merk(getal(a.get("x")), String.valueOf(a.get("tekst")))));
    }

    private static List<Punt> punten(Object punten) {
        return lijst(punten, p -> new Punt(getal(p.get("x")), getal(p.get("y"))));
    }

    /** The entries of a list in the model, each read by {@code lees}. */
    private static <T> List<T> lijst(Object waarde, Function<Map<?, ?>, T> lees) {
        return ((List<?>) waarde).stream().map(e -> lees.apply((Map<?, ?>) e)).toList();
    }

    private static int getal(Object waarde) {
        return ((Number) waarde).intValue();
    }
}
