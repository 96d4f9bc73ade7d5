package nl.jbr.integriteit.vaststelling;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The release state of a published year (contract 6): {@code voorlopig} until it is vastgesteld, then
 * {@code vastgesteld} (and left as it is by later runs), {@code herzien} when {@code vaststellen} publishes a
 * revision, with the ministries whose files changed.
 *
 * @param status {@value #VOORLOPIG}, {@value #VASTGESTELD} or {@value #HERZIEN}
 * @param datum  when it was vastgesteld or herzien; {@code null} for voorlopig
 * @param reden  for a revision, which ministries' files changed (Dutch, one line); otherwise {@code null}
 */
public record Vrijgave(String status, LocalDate datum, String reden) {

    public static final String VOORLOPIG = "voorlopig";
    public static final String VASTGESTELD = "vastgesteld";
    public static final String HERZIEN = "herzien";
    public static final Vrijgave NU_VOORLOPIG = new Vrijgave(VOORLOPIG, null, null);

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");

    /** The line on the year's pages (Dutch). */
    public String tekst() {
        return switch (status) {
            case VASTGESTELD -> "Vastgesteld op " + DATUM.format(datum) + ".";
            case HERZIEN -> "Herzien op " + DATUM.format(datum) + (reden == null || reden.isBlank() ? "." : ": " + reden + ".");
            default -> "Voorlopige cijfers: dit jaar is nog niet vastgesteld en de cijfers kunnen nog veranderen.";
        };
    }

    /** The state in a few words, for BZK's overview and {@code status} (Dutch). */
    public String kort() {
        return switch (status) {
            case VASTGESTELD -> "vastgesteld op " + DATUM.format(datum);
            case HERZIEN -> "herzien op " + DATUM.format(datum) + (reden == null || reden.isBlank() ? "" : " (" + reden + ")");
            default -> VOORLOPIG;
        };
    }

    /**
     * What the page template gets: status and tekst. A map of texts, not a record: the publisher fingerprints the page
     * model by its maps and values ({@code OngewijzigdeScopes.vingerafdruk}), and a record would change every
     * recorded fingerprint.
     */
    public Map<String, String> alsModel() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("tekst", tekst());
        return m;
    }

    /** The manifest's fields (all texts): status, and the date and reason where there are. */
    public Map<String, String> alsManifest() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("status", status);
        if (datum != null) {
            m.put(HERZIEN.equals(status) ? "herzien_op" : "vastgesteld_op", datum.toString());
        }
        if (reden != null && !reden.isBlank()) {
            m.put("herzien_wegens", reden);
        }
        return m;
    }
}
