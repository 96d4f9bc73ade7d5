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
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Draws a chart of the year page ({@link nl.jbr.integriteit.publish.HtmlPage}'s bar or line chart model, the same
 * coordinates as its SVG) as a PNG at twice its size, for the PDF and the ODT, which carry it as an image with
 * the chart's text alternative. Java2D with the bundled DejaVu Sans, so the picture does not depend on the machine's
 * fonts; the PNG has no time in it.
 */
final class Grafiekbeeld {

    static final int SCHAAL = 2;

    private static final Font LETTER = laad("/fonts/DejaVuSans.ttf");

    private Grafiekbeeld() {
    }

    /** The chart as PNG bytes, or {@code null} when the table has no chart. */
    @SuppressWarnings("unchecked")
    static byte[] png(Object grafiek) {
        if (!(grafiek instanceof Map<?, ?>)) {
            return null;
        }
        Map<String, Object> g = (Map<String, Object>) grafiek;
        if (g.get("panelen") != null) {
            return veelvouden(g);
        }
        return teken(getal(g.get("breedte")), getal(g.get("hoogte")), d -> {
            d.setFont(LETTER.deriveFont(12f));
            if (g.get("lijnen") != null) {
                lijnen(d, g);
            } else {
                balken(d, g);
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
    @SuppressWarnings("unchecked")
    private static byte[] veelvouden(Map<String, Object> g) {
        List<Map<String, Object>> panelen = (List<Map<String, Object>>) g.get("panelen");
        int breedte = getal(g.get("breedte"));
        int hoogte = getal(g.get("hoogte")) + NAAM;
        int rijen = Math.max(1, (panelen.size() + KOLOMMEN - 1) / KOLOMMEN);
        return teken(KOLOMMEN * breedte, rijen * hoogte, d -> {
            for (int i = 0; i < panelen.size(); i++) {
                Map<String, Object> p = panelen.get(i);
                java.awt.geom.AffineTransform voor = d.getTransform();
                d.translate((i % KOLOMMEN) * breedte, (i / KOLOMMEN) * hoogte);
                d.setColor(new Color(0x1a1a1a));
                d.setFont(LETTER.deriveFont(java.awt.Font.BOLD, 11f));
                d.drawString(String.valueOf(p.get("naam")), 4, 13);
                d.translate(0, NAAM);
                d.setFont(LETTER.deriveFont(10f));
                assen(d, g, 4);
                d.setColor(new Color(0x154273));
                d.setStroke(new BasicStroke(2f));
                d.draw(pad(String.valueOf(p.get("pad"))));
                for (Map<String, Object> q : (List<Map<String, Object>>) p.get("punten")) {
                    d.fill(new Ellipse2D.Double(getal(q.get("x")) - 3, getal(q.get("y")) - 3, 6, 6));
                }
                d.setTransform(voor);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static void balken(Graphics2D d, Map<String, Object> g) {
        for (Map<String, Object> b : (List<Map<String, Object>>) g.get("balken")) {
            d.setColor(new Color(0x1a1a1a));
            d.drawString(String.valueOf(b.get("label")), 0, getal(b.get("labelY")));
            d.setColor(new Color(0x154273));
            d.fillRect(0, getal(b.get("balkY")), getal(b.get("breedte")), 16);
            d.setColor(new Color(0x1a1a1a));
            d.drawString(String.valueOf(b.get("waarde")), getal(b.get("waardeX")), getal(b.get("waardeY")));
        }
    }

    /**
     * The grid lines with their values along the y axis ({@code afstand} points left of the plot) and the labels
     * along the x axis: the same for a line chart and for every panel of small multiples.
     */
    @SuppressWarnings("unchecked")
    private static void assen(Graphics2D d, Map<String, Object> g, int afstand) {
        int links = getal(g.get("links"));
        int rechts = getal(g.get("rechts"));
        for (Map<String, Object> a : (List<Map<String, Object>>) g.get("yas")) {
            int y = getal(a.get("y"));
            d.setColor(new Color(0xcccccc));
            d.setStroke(new BasicStroke(1f));
            d.drawLine(links, y, rechts, y);
            d.setColor(new Color(0x1a1a1a));
            String tekst = String.valueOf(a.get("tekst"));
            d.drawString(tekst, links - afstand - d.getFontMetrics().stringWidth(tekst), y + 4);
        }
        for (Map<String, Object> a : (List<Map<String, Object>>) g.get("xas")) {
            String tekst = String.valueOf(a.get("tekst"));
            d.drawString(tekst, getal(a.get("x")) - d.getFontMetrics().stringWidth(tekst) / 2, getal(g.get("xasY")));
        }
    }

    @SuppressWarnings("unchecked")
    private static void lijnen(Graphics2D d, Map<String, Object> g) {
        int links = getal(g.get("links"));
        assen(d, g, 6);
        for (Map<String, Object> l : (List<Map<String, Object>>) g.get("lijnen")) {
            Color kleur = Color.decode(String.valueOf(l.get("kleur")));
            d.setColor(kleur);
            d.setStroke(streep(String.valueOf(l.get("streep"))));
            d.draw(pad(String.valueOf(l.get("pad"))));
            for (Map<String, Object> p : (List<Map<String, Object>>) l.get("punten")) {
                d.fill(new Ellipse2D.Double(getal(p.get("x")) - 3, getal(p.get("y")) - 3, 6, 6));
            }
            int y = getal(l.get("legendaY"));
            d.drawLine(links, y - 4, links + 28, y - 4);
            d.setColor(new Color(0x1a1a1a));
            d.drawString(String.valueOf(l.get("naam")), links + 36, y);
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

    private static int getal(Object waarde) {
        return ((Number) waarde).intValue();
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
