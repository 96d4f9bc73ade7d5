package nl.jbr.integriteit.inleverstatus;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.jbr.integriteit.terugmelding.Terugmeldingen;
import nl.jbr.integriteit.inleverstatus.Inleverstatus.Bestand;
import nl.jbr.integriteit.inleverstatus.Inleverstatus.Regel;
import nl.jbr.integriteit.uitvoer.AtomicFile;
import nl.jbr.integriteit.uitvoer.GeweigerdPad;
import nl.jbr.integriteit.publish.Opendatacatalogus;
import nl.jbr.integriteit.uitvoer.SafeCsv;
import nl.jbr.integriteit.uitvoer.Templates;
import nl.jbr.integriteit.uitvoer.Uitvoermappen;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages that give an overview across years, each in the folder of its audience ({@link Uitvoermappen}):
 * <pre>
 *   openbaar/index.html                        the public entry page: the published years and their workbooks, the forms
 *   openbaar/catalogus.ttl                     the open-data catalogue of the published years ({@link Opendatacatalogus})
 *   beheer/index.html                          BZK's entry page: per year the release state, the inleverstatus and the
 *                                              disclosure audit; every ministry's feedback; what was ignored
 *   beheer/inleverstatus/&lt;jaar&gt;.html, .csv     who delivered which form, status, version, findings, link to the feedback
 *   terugmelding/&lt;MINISTERIE&gt;/index.html     one ministry's files of all years, status and version in force
 * </pre>
 * Each file is written to a temporary file and moved into place, so a reader never sees half a page.
 */
public final class Overzichtspaginas {

    static final List<String> CSV_KOP = List.of("jaar", "ministerie_code", "ministerie", "formulier", "status",
            "vorige_versie_in_gebruik", "bestand", "versie", "ontvangen_op", "bevindingen", "fouten", "waarschuwingen",
            "inleverdatum", "te_laat", "terugmelding");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final DateTimeFormatter DATUMTIJD = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final Logger log = LoggerFactory.getLogger(Overzichtspaginas.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Templates templates;
    private final Opendatacatalogus catalogus;

    public Overzichtspaginas(Templates templates, Opendatacatalogus catalogus) {
        this.templates = templates;
        this.catalogus = catalogus;
    }

    /**
     * What BZK's entry page says of a year's publication: its release state, what changed since it was vastgesteld,
     * and what a revision would change in the figures (one line per ministry).
     */
    public record JaarStand(String publicatie, String gewijzigd, List<String> gevolgen) {
        static final JaarStand ONBEKEND = new JaarStand("nog niet gepubliceerd", "–", List.of());
    }

    /** One row of BZK's entry page: a year, its {@link JaarStand}, whether it has an audit report, earlier versions. */
    public record BeheerJaar(String jaar, JaarStand stand, boolean audit, List<Versie> versies) {
    }

    /** An earlier published version of a year, kept in beheer/. */
    public record Versie(String naam, String href) {
    }

    /** One line of a year's inleverstatus page: values as the page shows them. */
    public record InleverRij(String ministerie, String naam, String formulier, String status, String statusTekst,
                      String bestand, String versie, String ontvangen, String bevindingen, String terugmelding,
                      boolean teLaat) {
    }

    /** One file on a ministry's feedback overview: values as the page shows them. */
    public record BestandRij(String jaar, String bestand, String formulier, String versie, String ontvangen, String status,
                      boolean geaccepteerd, String inGebruik, String bevindingen, String terugmelding) {
    }

    /** A published year on the public entry page: its release state and its rijksbrede workbooks. */
    public record IngangJaar(String jaar, String status, List<Werkmap> werkmappen) {
    }

    /** A workbook to download, with the kind of spreadsheet it is ({@code Excel} or {@code OpenDocument}). */
    public record Werkmap(String naam, String soort) {
    }

    /** A form to download, relative to {@code openbaar/}. */
    public record Formulierbestand(String naam, String href) {
    }

    /** A ministry whose feedback overview BZK's entry page links. */
    public record Ministerie(String code, String naam) {
    }

    /** As {@link #schrijf(Path, Inleverstatus, Map, Map, String)} without a release state per year. */
    public void schrijf(Path outputRoot, Inleverstatus status, Map<String, String> terugmeldingen, String stempel) {
        schrijf(outputRoot, status, terugmeldingen, Map.of(), stempel);
    }

    /**
     * Writes all overview pages.
     *
     * @param terugmeldingen per file ({@link #sleutel}) the path of its feedback page relative to {@code outputRoot}
     * @param standen        per year its release state for BZK's entry page
     * @param stempel        "gegenereerd op ... door run ..." for the pages
     */
    public void schrijf(Path outputRoot, Inleverstatus status, Map<String, String> terugmeldingen,
                        Map<Integer, JaarStand> standen, String stempel) {
        Map<Integer, List<Regel>> regels = status.regels();
        List<Bestand> bestanden = status.bestanden();
        Uitvoermappen uitvoer = new Uitvoermappen(outputRoot);
        try {
            GeweigerdPad.maakMappen(outputRoot, uitvoer.inleverstatus());
            for (Map.Entry<Integer, List<Regel>> jaar : regels.entrySet()) {
                schrijfJaar(outputRoot, jaar.getKey(), jaar.getValue(), status, terugmeldingen, stempel);
            }
            Set<String> ministeries = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            // a feedback overview for each ministry that ever delivered a file (no empty folders for the others)
            bestanden.forEach(b -> ministeries.add(b.ministerie()));
            Map<String, String> namen = new TreeMap<>();
            regels.values().forEach(l -> l.forEach(r -> namen.put(r.ministerie(), r.ministerieNaam())));
            for (String code : ministeries) {
                if (code.matches("[A-Za-z0-9]+")) {
                    schrijfMinisterie(outputRoot, code, namen.getOrDefault(code, code), bestanden, terugmeldingen, stempel);
                }
            }
            schrijfOpenbareIngang(uitvoer, stempel);
            schrijfBeheerIngang(uitvoer, new TreeSet<>(regels.keySet()), standen, ministeries, namen, stempel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the overview pages under " + outputRoot, e);
        }
        log.info("Inleverstatus geschreven voor {} jaren", regels.size());
    }

    /** The key of a file in the map of feedback pages. */
    public static String sleutel(String ministerie, int jaar, String bestandsnaam) {
        return Terugmeldingen.sleutel(ministerie, jaar, bestandsnaam);
    }

    private void schrijfJaar(Path root, int jaar, List<Regel> regels, Inleverstatus status,
                             Map<String, String> terugmeldingen, String stempel) throws IOException {
        Path dir = new Uitvoermappen(root).inleverstatus();
        AtomicFile.writeText(dir.resolve(jaar + ".csv"), out -> out.write(csvVan(regels, terugmeldingen)));
        List<InleverRij> rijen = new ArrayList<>();
        Map<String, Integer> telling = new LinkedHashMap<>();
        for (Regel r : regels) {
            Bestand b = r.bestand();
            String link = b == null ? null : terugmeldingen.get(sleutel(b.ministerie(), b.jaar(), b.bestandsnaam()));
            rijen.add(new InleverRij(r.ministerie(), r.ministerieNaam(), r.formulier(), r.status(), statusTekst(r),
                    b == null ? "" : b.bestandsnaam(), b == null ? "" : Integer.toString(b.versie()),
                    b == null || b.ontvangenOp() == null ? "" : DATUMTIJD.format(b.ontvangenOp()),
                    b == null ? "" : bevindingen(b),
                    link == null ? "" : "../../" + link, // from beheer/inleverstatus/
                    Boolean.TRUE.equals(r.teLaat())));
            telling.merge(r.status(), 1, Integer::sum);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("jaar", Integer.toString(jaar));
        model.put("rijen", rijen);
        model.put("inleverdatum", status.inleverdatum(jaar).map(DATUM::format).orElse(""));
        model.put("telling", telling.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList());
        model.put("teLaat", Long.toString(regels.stream().filter(r -> Boolean.TRUE.equals(r.teLaat())).count()));
        model.put("stempel", stempel);
        AtomicFile.writeText(dir.resolve(jaar + ".html"),
                out -> templates.render("inleverstatus/templates/inleverstatus.ftlh", model, out));
    }

    static String csvVan(List<Regel> regels, Map<String, String> terugmeldingen) {
        StringWriter out = new StringWriter();
        SafeCsv csv = new SafeCsv(out, CSV_KOP, Set.of(0, 7, 9, 10, 11));
        for (Regel r : regels) {
            Bestand b = r.bestand();
            String link = b == null ? null : terugmeldingen.get(sleutel(b.ministerie(), b.jaar(), b.bestandsnaam()));
            csv.row(Arrays.asList(r.jaar(), r.ministerie(), r.ministerieNaam(), r.formulier(), r.status(),
                    Inleverstatus.AFGEKEURD.equals(r.status()) ? (r.vorigeVersieInGebruik() ? "ja" : "nee") : null,
                    b == null ? null : b.bestandsnaam(), b == null ? null : b.versie(),
                    b == null || b.ontvangenOp() == null ? null : ISO.format(b.ontvangenOp()),
                    b == null ? null : b.fouten() + b.waarschuwingen(), b == null ? null : b.fouten(),
                    b == null ? null : b.waarschuwingen(),
                    r.inleverdatum() == null ? null : r.inleverdatum().toString(),
                    r.teLaat() == null ? null : r.teLaat() ? "ja" : "nee", link));
        }
        csv.close();
        return out.toString();
    }

    private void schrijfMinisterie(Path root, String code, String naam, List<Bestand> bestanden,
                                   Map<String, String> terugmeldingen, String stempel) throws IOException {
        Path dir = GeweigerdPad.maakMappen(root, new Uitvoermappen(root).terugmelding().resolve(code));
        List<BestandRij> rijen = new ArrayList<>();
        for (Bestand b : bestanden) {
            if (!b.ministerie().equals(code)) {
                continue;
            }
            String link = terugmeldingen.get(sleutel(b.ministerie(), b.jaar(), b.bestandsnaam()));
            // links are relative to terugmelding/<code>/; the map holds paths relative to the output root
            String prefix = Uitvoermappen.TERUGMELDING + "/" + code + "/";
            rijen.add(new BestandRij(Integer.toString(b.jaar()), b.bestandsnaam(),
                    b.formulier() == null ? Inleverstatus.NIET_HERKEND : b.formulier(), Integer.toString(b.versie()),
                    b.ontvangenOp() == null ? "" : DATUMTIJD.format(b.ontvangenOp()),
                    !b.aanwezig() ? "niet meer aanwezig; telt niet mee" : b.geaccepteerd() ? "geaccepteerd"
                            : b.vorigeVersieInGebruik() ? "afgekeurd; versie " + b.versieInGebruik() + " blijft in gebruik"
                            : "afgekeurd; telt niet mee",
                    b.geaccepteerd(), b.versieInGebruik() == null ? "geen" : "versie " + b.versieInGebruik(),
                    bevindingen(b), link != null && link.startsWith(prefix) ? link.substring(prefix.length()) : ""));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("code", code);
        model.put("naam", naam);
        model.put("rijen", rijen);
        model.put("stempel", stempel);
        AtomicFile.writeText(dir.resolve("index.html"),
                out -> templates.render("inleverstatus/templates/feedback-overzicht.ftlh", model, out));
    }

    /**
     * The public entry page: the years published in {@code openbaar/} (with their release state, read from their
     * manifest) and their workbooks, the forms, and the open-data catalogue of the same years, written just before
     * it from the same manifests. It links nothing outside {@code openbaar/}.
     */
    private void schrijfOpenbareIngang(Uitvoermappen uitvoer, String stempel) throws IOException {
        Path openbaar = GeweigerdPad.maakMappen(uitvoer.root(), uitvoer.openbaar());
        List<IngangJaar> perJaar = new ArrayList<>();
        TreeMap<Integer, JsonNode> manifesten = new TreeMap<>();
        try (Stream<Path> s = Files.list(openbaar)) {
            for (Path map : s.filter(p -> p.getFileName().toString().matches("\\d{4}")).sorted().toList()) {
                Path manifest = map.resolve("manifest.json");
                if (!Files.isRegularFile(map.resolve("index.html")) || !Files.isRegularFile(manifest)) {
                    continue;
                }
                JsonNode m = JSON.readTree(Files.readString(manifest, StandardCharsets.UTF_8));
                manifesten.put(Integer.parseInt(map.getFileName().toString()), m);
                List<Werkmap> werkmappen = new ArrayList<>();
                for (JsonNode w : m.path("werkmappen")) {
                    String naam = w.asString();
                    if (!naam.contains("/")) { // the rijksbrede workbooks; a ministry's are on its page
                        werkmappen.add(new Werkmap(naam, naam.endsWith(".ods") ? "OpenDocument" : "Excel"));
                    }
                }
                perJaar.add(new IngangJaar(map.getFileName().toString(), m.path("status").asString("voorlopig"),
                        werkmappen));
            }
        }
        List<Formulierbestand> formulieren = new ArrayList<>();
        Path map = uitvoer.formulieren();
        if (Files.isDirectory(map)) {
            try (Stream<Path> s = Files.list(map)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    String naam = p.getFileName().toString();
                    if (!naam.startsWith(".")) {
                        formulieren.add(new Formulierbestand(naam, "formulieren/" + naam));
                    }
                }
            }
        }
        catalogus.schrijf(openbaar, manifesten);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("jaren", perJaar);
        model.put("formulieren", formulieren);
        model.put("catalogus", Opendatacatalogus.BESTAND);
        model.put("stempel", stempel);
        AtomicFile.writeText(openbaar.resolve("index.html"),
                out -> templates.render("inleverstatus/templates/ingang.ftlh", model, out));
    }

    /** BZK's entry page: per year the release state, the inleverstatus and the audit; every ministry's feedback. */
    private void schrijfBeheerIngang(Uitvoermappen uitvoer, Set<Integer> jaren, Map<Integer, JaarStand> standen,
                                     Set<String> ministeries, Map<String, String> namen, String stempel) throws IOException {
        Path beheer = GeweigerdPad.maakMappen(uitvoer.root(), uitvoer.beheer());
        List<BeheerJaar> perJaar = new ArrayList<>();
        for (int jaar : jaren) {
            JaarStand stand = standen.getOrDefault(jaar, Files.isRegularFile(uitvoer.jaar(jaar).resolve("index.html"))
                    ? new JaarStand("voorlopig", "–", List.of()) : JaarStand.ONBEKEND);
            List<Versie> versies = new ArrayList<>();
            Path versiemap = uitvoer.versies(jaar);
            if (Files.isDirectory(versiemap)) {
                try (Stream<Path> s = Files.list(versiemap)) {
                    for (Path v : s.filter(Files::isDirectory).sorted().toList()) {
                        String naam = v.getFileName().toString();
                        versies.add(new Versie(naam, "versies/" + jaar + "/" + naam + "/index.html"));
                    }
                }
            }
            perJaar.add(new BeheerJaar(Integer.toString(jaar), stand,
                    Files.isRegularFile(uitvoer.onthulling().resolve(jaar + ".csv")), versies));
        }
        List<Ministerie> feedback = new ArrayList<>();
        for (String code : ministeries) {
            if (code.matches("[A-Za-z0-9]+")) {
                feedback.add(new Ministerie(code, namen.getOrDefault(code, code)));
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("jaren", perJaar);
        model.put("ministeries", feedback);
        model.put("stempel", stempel);
        AtomicFile.writeText(beheer.resolve("index.html"),
                out -> templates.render("inleverstatus/templates/beheer.ftlh", model, out));
    }

    private static String bevindingen(Bestand b) {
        return b.fouten() + (b.fouten() == 1 ? " fout, " : " fouten, ") + b.waarschuwingen()
                + (b.waarschuwingen() == 1 ? " waarschuwing" : " waarschuwingen");
    }

    private static String statusTekst(Regel r) {
        if (!Inleverstatus.AFGEKEURD.equals(r.status())) {
            return r.status();
        }
        return r.vorigeVersieInGebruik() ? "afgekeurd; vorige versie " + r.bestand().versieInGebruik() + " blijft in gebruik"
                : "afgekeurd; geen eerdere versie in gebruik";
    }

    static String datum(LocalDate d) {
        return d == null ? "" : DATUM.format(d);
    }
}
