package nl.jbr.integriteit.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import nl.jbr.integriteit.instellingen.JbrProperties;
import tools.jackson.databind.JsonNode;
import nl.jbr.integriteit.uitvoer.AtomicFile;
import nl.jbr.integriteit.uitvoer.Templates;
import nl.jbr.integriteit.vaststelling.Vrijgave;

/**
 * The open-data catalogue of the public folder, {@code openbaar/catalogus.ttl} (DCAT-AP 3 / DCAT-AP-NL, Turtle):
 * one {@code dcat:Dataset} per published year and one {@code dcat:Distribution} per file of that year, each with its
 * download address under {@code jbr.publicatie.basis-url}.
 * <p>
 * It is made from the public manifests alone ({@code openbaar/<jaar>/manifest.json}: tables and their files, pages,
 * workbooks, release state and dates), so it says nothing the public folder does not already say, a year that is
 * vastgesteld (and left byte for byte as it is) keeps its list of files, and the same manifests give the same bytes.
 * What it says (titles, vocabularies, formats) is in the template {@value #TEMPLATE}; this class only lists.
 */
public final class Opendatacatalogus {

    /** The file name in {@code openbaar/}. */
    public static final String BESTAND = "catalogus.ttl";
    static final String TEMPLATE = "opendata/templates/catalogus.ttl.ftl";
    /** The manifest's lists that are not simply files, or whose files get their own title. */
    private static final Set<String> BEKEND = Set.of("tabellen", "paginas", "werkmappen", "invoer");

    private final Templates templates;
    private final JbrProperties.Publicatie publicatie;

    public Opendatacatalogus(Templates templates, JbrProperties.Publicatie publicatie) {
        this.templates = templates;
        this.publicatie = publicatie;
    }

    /**
     * Writes {@code openbaar/catalogus.ttl} (whole or not at all).
     *
     * @param openbaar   the public folder
     * @param manifesten per published year its manifest, in year order
     */
    public void schrijf(Path openbaar, SortedMap<Integer, JsonNode> manifesten) throws IOException {
        Map<String, Object> model = model(manifesten);
        AtomicFile.writeText(openbaar.resolve(BESTAND), out -> templates.render(TEMPLATE, model, out));
    }

    /** What the template gets: the base address, the licence, and per year its state and files. */
    Map<String, Object> model(SortedMap<Integer, JsonNode> manifesten) {
        List<Jaar> jaren = new ArrayList<>();
        String laatst = null;
        for (Map.Entry<Integer, JsonNode> e : manifesten.entrySet()) {
            Jaar jaar = jaar(e.getKey(), e.getValue());
            jaren.add(jaar);
            String gewijzigd = jaar.gewijzigd();
            // ISO dates and instants compare as text; a date sorts before the instants of that day
            if (gewijzigd != null && (laatst == null || gewijzigd.compareTo(laatst) > 0)) {
                laatst = gewijzigd;
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("basis", publicatie.basisUrl());
        model.put("licentie", publicatie.licentie());
        model.put("jaren", jaren);
        model.put("gewijzigd", laatst == null ? "" : laatst);
        return model;
    }

    /**
     * One published year as the template reads it: its state, when it was issued ({@code ""}: not vastgesteld) and last
     * modified, why it was revised ({@code ""}: not), and its files.
     */
    public record Jaar(String jaar, String status, String uitgegeven, String gewijzigd, String herzienWegens,
                List<Bestand> bestanden) {
    }

    /**
     * One file: its path relative to {@code openbaar/}, what kind it is (the template knows each kind's format and media
     * type), its title, whom it covers ({@code ""}: the whole Rijk), and, for a CSV, the path of its CSVW metadata
     * ({@code ""} otherwise).
     */
    public record Bestand(String pad, String soort, String titel, String bereik, String metadata) {
    }

    private static Jaar jaar(int jaar, JsonNode m) {
        String status = m.path("status").asString(Vrijgave.VOORLOPIG);
        // issued: the day the year was vastgesteld; modified: that day, the day of the revision, or (voorlopig) the
        // moment the files were made. A revision's manifest no longer holds the first day, so it has no issued.
        String vastgesteld = m.path("vastgesteld_op").asString("");
        String herzien = m.path("herzien_op").asString("");
        String gemaakt = m.path("gegenereerd_op").asString("");
        String gewijzigd = !herzien.isEmpty() ? herzien : !vastgesteld.isEmpty() ? vastgesteld : gemaakt;
        String herzienWegens = m.path("herzien_wegens").asString("");

        List<Bestand> bestanden = new ArrayList<>();
        Set<String> gezien = new LinkedHashSet<>();
        for (JsonNode tabel : m.path("tabellen")) {
            String titel = tabel.path("titel").asString(tabel.path("id").asString(""));
            for (JsonNode b : tabel.path("bestanden")) {
                voegToe(bestanden, gezien, jaar, b.asString(), titel);
            }
        }
        // any further list of files (such as the chapter, "hoofdstuk"), before the pages, which may name its HTML too
        for (Map.Entry<String, JsonNode> e : m.properties()) {
            if (e.getValue().isArray() && !BEKEND.contains(e.getKey())) {
                String titel = e.getKey().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + e.getKey().substring(1).replace('_', ' ');
                for (JsonNode b : e.getValue()) {
                    if (b.isString()) {
                        voegToe(bestanden, gezien, jaar, b.asString(), titel);
                    }
                }
            }
        }
        for (JsonNode p : m.path("paginas")) {
            voegToe(bestanden, gezien, jaar, p.asString(), "Tabellen");
        }
        for (JsonNode w : m.path("werkmappen")) {
            voegToe(bestanden, gezien, jaar, w.asString(), "Alle tabellen");
        }
        return new Jaar(Integer.toString(jaar), status, vastgesteld, gewijzigd, herzienWegens, bestanden);
    }

    /** Adds the file {@code pad} (relative to the year's folder) once, if the catalogue describes its kind. */
    private static void voegToe(List<Bestand> bestanden, Set<String> gezien, int jaar, String pad, String titel) {
        if (pad == null || pad.isBlank() || pad.startsWith("/") || pad.contains("..") || !gezien.add(pad)) {
            return;
        }
        String soort = soort(pad);
        if (soort == null) {
            return; // a kind the catalogue does not describe
        }
        bestanden.add(new Bestand(jaar + "/" + pad, soort, titel, bereik(pad),
                "csv".equals(soort) ? jaar + "/" + pad + "-metadata.json" : ""));
    }

    /** The kind of a file by its name; {@code null} for one the catalogue does not know. */
    static String soort(String pad) {
        String naam = pad.substring(pad.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        if (naam.endsWith(".csv-metadata.json")) {
            return "csvw";
        }
        int punt = naam.lastIndexOf('.');
        String extensie = punt < 0 ? "" : naam.substring(punt + 1);
        return switch (extensie) {
            case "csv", "xlsx", "ods", "html", "pdf", "odt" -> extensie;
            default -> null;
        };
    }

    /** Whom a file covers: {@code ministeries/<CODE>/...} that ministry, otherwise the whole Rijk. */
    static String bereik(String pad) {
        if (pad.startsWith("ministeries/")) {
            int eind = pad.indexOf('/', "ministeries/".length());
            if (eind > 0) {
                return pad.substring("ministeries/".length(), eind);
            }
        }
        return "";
    }
}
