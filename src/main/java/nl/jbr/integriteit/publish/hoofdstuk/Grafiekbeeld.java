package nl.jbr.integriteit.publish.hoofdstuk;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws a chart of the year page ({@link Grafiek}: a bar chart, a line chart or small multiples, in the same
 * coordinates as the page's SVG) as a PNG at twice its size, for the PDF and the ODT, which carry it as an image with
 * the chart's text alternative. Java2D with the bundled DejaVu Sans, so the picture does not depend on the machine's
 * fonts; the PNG has no time in it.
 */
final class Grafiekbeeld {

    static final int SCHAAL = 2;

    private static final Font LETTER = laad("/fonts/DejaVuSans.ttf");

    private Grafiekbeeld() {
    }

    /** The size of the chart's picture in points (the PNG has {@link #SCHAAL} times as many pixels each way). */
    static java.awt.Dimension maat(Grafiek grafiek) {
        if (grafiek instanceof Grafiek.Veelvouden v) {
            int rijen = Math.max(1, (v.panelen().size() + KOLOMMEN - 1) / KOLOMMEN);
            return new java.awt.Dimension(KOLOMMEN * v.breedte(), rijen * (v.hoogte() + NAAM));
        }
        return new java.awt.Dimension(grafiek.breedte(), grafiek.hoogte());
    }

    /** The chart as PNG bytes. */
    static byte[] png(Grafiek grafiek) {
        if (grafiek instanceof Grafiek.Veelvouden v) {
            return veelvouden(v);
        }
        return teken(grafiek.breedte(), grafiek.hoogte(), d -> {
            d.setFont(LETTER.deriveFont(12f));
            if (grafiek instanceof Grafiek.Lijnen l) {
                lijnen(d, l);
            } else if (grafiek instanceof Grafiek.Balken b) {
                balken(d, b);
            }
        });
    }

    /**
     * A white picture of {@code breedte} x {@code hoogte} points at {@link #SCHAAL} times that in pixels, with text and
     * lines smoothed, drawn by {@code tekening}, as PNG bytes.
     */
    private static byte[] teken(int breedte, int hoogte, java.util.function.Consumer<Graphics2D> tekening) {
        BufferedImage beeld = new BufferedImage(breedte * SCHAAL, hoogte * SCHAAL, BufferedImage.TYPE_INT_RGB);
        Graphics2D d = beeld.createGraphics();
        try {
            d.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            d.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            d.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            d.setColor(Color.WHITE);
            d.fillRect(0, 0, beeld.getWidth(), beeld.getHeight());
            d.scale(SCHAAL, SCHAAL);
            tekening.accept(d);
        } finally {
            d.dispose();
        }
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            ImageIO.write(beeld, "png", uit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    /** Panels per row in the picture of small multiples. */
    static final int KOLOMMEN = 3;

    /** Height of a panel's name above it. */
    private static final int NAAM = 18;

    /**
     * Small multiples: the panels of the year page in rows of {@link #KOLOMMEN}, each with its name above it, its axes
     * (the same scale for all) and its line, as one picture.
     */
    private static byte[] veelvouden(Grafiek.Veelvouden g) {
        List<Grafiek.Paneel> panelen = g.panelen();
        int breedte = g.breedte();
        int hoogte = g.hoogte() + NAAM;
        java.awt.Dimension maat = maat(g);
        return teken(maat.width, maat.height, d -> {
            for (int i = 0; i < panelen.size(); i++) {
                Grafiek.Paneel p = panelen.get(i);
                java.awt.geom.AffineTransform voor = d.getTransform();
                d.translate((i % KOLOMMEN) * breedte, (i / KOLOMMEN) * hoogte);
                d.setColor(new Color(0x1a1a1a));
                d.setFont(LETTER.deriveFont(java.awt.Font.BOLD, 11f));
                d.drawString(p.naam(), 4, 13);
                d.translate(0, NAAM);
                d.setFont(LETTER.deriveFont(10f));
                assen(d, g.assen(), 4);
                d.setColor(new Color(0x154273));
                d.setStroke(new BasicStroke(2f));
                d.draw(pad(p.pad()));
                for (Grafiek.Punt q : p.punten()) {
                    d.fill(new Ellipse2D.Double(q.x() - 3, q.y() - 3, 6, 6));
                }
                d.setTransform(voor);
            }
        });
    }

    private static void balken(Graphics2D d, Grafiek.Balken g) {
        for (Grafiek.Balk b : g.balken()) {
            d.setColor(new Color(0x1a1a1a));
            d.drawString(b.label(), 0, b.labelY());
            d.setColor(new Color(0x154273));
            d.fillRect(0, b.balkY(), b.breedte(), 16);
            d.setColor(new Color(0x1a1a1a));
            d.drawString(b.waarde(), b.waardeX(), b.waardeY());
        }
    }

    /**
     * The grid lines with their values along the y axis ({@code afstand} points left of the plot) and the labels
     * along the x axis: the same for a line chart and for every panel of small multiples.
     */
    private static void assen(Graphics2D d, Grafiek.Assen g, int afstand) {
        int links = g.links();
        int rechts = g.rechts();
        for (Grafiek.Merk a : g.yas()) {
            int y = a.plaats();
            d.setColor(new Color(0xcccccc));
            d.setStroke(new BasicStroke(1f));
            d.drawLine(links, y, rechts, y);
            d.setColor(new Color(0x1a1a1a));
            String tekst = a.tekst();
            d.drawString(tekst, links - afstand - d.getFontMetrics().stringWidth(tekst), y + 4);
        }
        for (Grafiek.Merk a : g.xas()) {
            String tekst = a.tekst();
            d.drawString(tekst, a.plaats() - d.getFontMetrics().stringWidth(tekst) / 2, g.xasY());
        }
    }

    private static void lijnen(Graphics2D d, Grafiek.Lijnen g) {
        int links = g.assen().links();
        assen(d, g.assen(), 6);
        for (Grafiek.Lijn l : g.lijnen()) {
            Color kleur = Color.decode(l.kleur());
            d.setColor(kleur);
            d.setStroke(streep(l.streep()));
            d.draw(pad(l.pad()));
            for (Grafiek.Punt p : l.punten()) {
                d.fill(new Ellipse2D.Double(p.x() - 3, p.y() - 3, 6, 6));
            }
            int y = l.legendaY();
            d.drawLine(links, y - 4, links + 28, y - 4);
            d.setColor(new Color(0x1a1a1a));
            d.drawString(l.naam(), links + 36, y);
        }
    }

    /** An SVG path of "M x y L x y ..." commands (what HtmlPage writes). */
    private static Path2D pad(String d) {
        Path2D pad = new Path2D.Double();
        String[] delen = d.trim().split("\\s+");
        for (int i = 0; i + 1 < delen.length; i += 2) {
            String deel = delen[i];
            char opdracht = deel.charAt(0);
            double x = Double.parseDouble(deel.substring(1));
            double y = Double.parseDouble(delen[i + 1]);
            if (opdracht == 'M') {
                pad.moveTo(x, y);
            } else {
                pad.lineTo(x, y);
            }
        }
        return pad;
    }

    private static BasicStroke streep(String patroon) {
        if (patroon == null || patroon.isBlank() || "null".equals(patroon)) {
            return new BasicStroke(2f);
        }
        String[] delen = patroon.trim().split("\\s+");
        float[] streep = new float[delen.length];
        for (int i = 0; i < delen.length; i++) {
            streep[i] = Float.parseFloat(delen[i]);
        }
        return new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, streep, 0f);
    }

    private static Font laad(String bron) {
        try (InputStream in = Grafiekbeeld.class.getResourceAsStream(bron)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: " + bron);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot load font " + bron, e);
        }
    }
}
