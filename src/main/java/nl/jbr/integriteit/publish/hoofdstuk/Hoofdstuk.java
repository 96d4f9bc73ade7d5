package nl.jbr.integriteit.publish.hoofdstuk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.jbr.integriteit.publish.pagina.Tabelpagina;
import nl.jbr.integriteit.tabel.TableData;
import nl.jbr.integriteit.uitvoer.Templates;
import nl.jbr.integriteit.vaststelling.Vrijgave;

/**
 * The integrity chapter of the Jaarrapportage Bedrijfsvoering Rijk for one year (issue 25), made from the year's
 * rijksbrede tables as they are published: an HTML page, an editable OpenDocument text ({@link OdtSchrijver}) and an
 * accessible PDF ({@link PdfSchrijver}), all three with the same text and tables.
 *
 * <p>What the chapter holds is data under {@code jobs/<job>/hoofdstuk/}: {@code hoofdstuk.json} (its sections and which
 * tables each holds, in the year page's order, so "Inhoud.Tabel 3" is the same table everywhere), {@code tekst.ftl} (the
 * generated text, from the figures {@link Kerncijfers} takes from the published cells) and {@code hoofdstuk.ftlh} (the
 * HTML page, and the XHTML the PDF is made from). Everything is a function of the published tables and the year's
 * release state: no clock, no run id, so the same tables give the same bytes.
 */
public final class Hoofdstuk {

    private final Templates templates;
    private final String job;
    private final Indeling indeling;

    /**
     * The chapter's layout, read from {@code hoofdstuk.json}.
     *
     * @param maxRijen a table with more rows is not printed in the chapter, which refers to its CSV instead
     */
    public record Indeling(String titel, String ondertitel, int maxRijen, List<SectieIndeling> secties) {
    }

    /** One section: its anchor, heading and tables (by id). */
    public record SectieIndeling(String id, String titel, List<String> tabellen) {
    }

    /** One section as {@code hoofdstuk.ftlh} reads it: anchor, heading, paragraphs, tables. */
    public record Sectiemodel(String id, String titel, List<String> alineas, List<Tabelmodel> tabellen) {
    }

    /**
     * One table as {@code hoofdstuk.ftlh} reads it: the year page's model of it ({@code pagina}: id, title, columns,
     * rows, chart, footnotes, as {@code templates/grafiek.ftlh} draws it), its number, whether only a reference is
     * printed, its CSV, and for the PDF its chart as a base64 PNG ({@code null} in the HTML page).
     */
    public record Tabelmodel(Tabelpagina pagina, String nummer, boolean verwijzing, String csv, String afbeelding) {
    }

    public Hoofdstuk(Templates templates, String job, Indeling indeling) {
        this.templates = templates;
        this.job = job;
        this.indeling = indeling;
    }

    /** The file name without extension: {@code hoofdstuk-integriteit-<jaar>}. */
    public static String bestandsnaam(int jaar) {
        return "hoofdstuk-integriteit-" + jaar;
    }

    /**
     * Writes the chapter into {@code dir} as {@code .html}, {@code .odt} and {@code .pdf}.
     *
     * @param tabellen   the year's rijksbrede tables in page order, as published (after disclosure control)
     * @param html       per table id the model of the year page ({@link nl.jbr.integriteit.publish.HtmlPage#tabel})
     * @param vrijgave   the release state (its line is printed; its date is the PDF's date)
     * @param csvPrefix  where the tables' CSVs are, relative to {@code dir}
     * @return the names written, relative to {@code dir}
     */
    public List<String> schrijf(Path dir, int jaar, List<TableData> tabellen, Map<String, Tabelpagina> html,
                                Vrijgave vrijgave, String csvPrefix, String bron) throws IOException {
        long t0 = System.nanoTime();
        Inhoud inhoud = inhoud(jaar, tabellen, html, vrijgave.tekst(), csvPrefix, bron);
        long t1 = System.nanoTime();
        String naam = bestandsnaam(jaar);
        List<String> namen = new ArrayList<>();
        String pagina = templates.render(job + "/hoofdstuk/hoofdstuk.ftlh", model(inhoud, false));
        Files.writeString(dir.resolve(naam + ".html"), pagina, StandardCharsets.UTF_8);
        namen.add(naam + ".html");
        long t2 = System.nanoTime();
        new OdtSchrijver().schrijf(dir.resolve(naam + ".odt"), inhoud);
        long t3 = System.nanoTime();
        namen.add(naam + ".odt");
        String xhtml = templates.render(job + "/hoofdstuk/hoofdstuk.ftlh", model(inhoud, true));
        new PdfSchrijver().schrijf(dir.resolve(naam + ".pdf"), xhtml, vrijgave.datum());
        namen.add(naam + ".pdf");
        long t4 = System.nanoTime();
        org.slf4j.LoggerFactory.getLogger(Hoofdstuk.class).debug("hoofdstuk {}: inhoud {} ms, html {} ms, odt {} ms, pdf {} ms", jaar,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        return namen;
    }

    /** The chapter's content: the text rendered from the published figures, the tables numbered as on the year page. */
    Inhoud inhoud(int jaar, List<TableData> tabellen, Map<String, Tabelpagina> html, String vrijgave,
                  String csvPrefix, String bron) {
        Map<String, Integer> nummers = new LinkedHashMap<>();
        Map<String, TableData> perId = new LinkedHashMap<>();
        for (int i = 0; i < tabellen.size(); i++) {
            nummers.put(tabellen.get(i).definitie().id(), i + 1);
            perId.put(tabellen.get(i).definitie().id(), tabellen.get(i));
        }
        Map<String, Object> model = new LinkedHashMap<>(); // the text template's top: k, vrijgave, nummers
        model.put("k", Kerncijfers.bereken(jaar, perId));
        model.put("vrijgave", vrijgave);
        Map<String, String> nummerTekst = new LinkedHashMap<>();
        nummers.forEach((id, n) -> nummerTekst.put(id, Integer.toString(n)));
        model.put("nummers", nummerTekst);
        Map<String, List<String>> tekst = tekst(templates.render(job + "/hoofdstuk/tekst.ftl", model));
        List<Inhoud.Sectie> secties = new ArrayList<>();
        Set<String> gehad = new HashSet<>();
        int vorige = 0;
        for (SectieIndeling s : indeling.secties()) {
            List<Inhoud.Tabel> inSectie = new ArrayList<>();
            for (String id : s.tabellen()) {
                TableData data = perId.get(id);
                if (data == null || !gehad.add(id)) {
                    throw new IllegalStateException("hoofdstuk.json names table " + id + " that is not published or twice");
                }
                int nummer = nummers.get(id);
                if (nummer < vorige) {
                    throw new IllegalStateException("hoofdstuk.json puts table " + id + " out of the year page's order");
                }
                vorige = nummer;
                boolean verwijzing = data.rijen().size() > indeling.maxRijen();
                Tabelpagina pagina = html.get(id);
                Grafiek grafiek = pagina == null ? null : Grafiek.uit(pagina.grafiek());
                byte[] png = verwijzing || grafiek == null ? null : Grafiekbeeld.png(grafiek);
                inSectie.add(new Inhoud.Tabel(nummer, data, pagina, grafiek, verwijzing, csvPrefix + id + ".csv", png));
            }
            secties.add(new Inhoud.Sectie(s.id(), s.titel(), tekst.getOrDefault(s.id(), List.of()), inSectie));
        }
        if (gehad.size() != tabellen.size()) {
            throw new IllegalStateException("hoofdstuk.json leaves out a published table: it has " + gehad + " of " + nummers.keySet());
        }
        return new Inhoud(jaar, indeling.titel(), indeling.ondertitel(), vrijgave, tekst.getOrDefault("inleiding", List.of()),
                secties, bron);
    }

    /**
     * The text template's output as paragraphs per section: "== id" starts a section, "+" a paragraph; other lines are
     * joined with a space (empty ones ignored).
     */
    static Map<String, List<String>> tekst(String uitvoer) {
        Map<String, List<String>> secties = new LinkedHashMap<>();
        List<String> alineas = null;
        StringBuilder alinea = new StringBuilder();
        for (String regel : uitvoer.split("\n", -1)) {
            String r = regel.strip();
            if (r.startsWith("== ")) {
                sluit(alineas, alinea);
                alineas = secties.computeIfAbsent(r.substring(3).strip(), k -> new ArrayList<>());
            } else if (r.equals("+")) {
                sluit(alineas, alinea);
            } else if (!r.isEmpty() && alineas != null) {
                if (!alinea.isEmpty() && !alinea.toString().endsWith(" ")) {
                    alinea.append(' ');
                }
                alinea.append(r);
            }
        }
        sluit(alineas, alinea);
        return secties;
    }

    private static void sluit(List<String> alineas, StringBuilder alinea) {
        String tekst = alinea.toString().strip().replaceAll("\\s+([,.;:])", "$1").replaceAll("\\s{2,}", " ");
        if (alineas != null && !tekst.isEmpty()) {
            alineas.add(tekst);
        }
        alinea.setLength(0);
    }

    /**
     * The model of {@code hoofdstuk.ftlh}: the HTML page, or ({@code pdf}) the XHTML the PDF is made from. A map at the
     * top, as {@link Templates#render} takes it; sections and tables are records.
     */
    private Map<String, Object> model(Inhoud inhoud, boolean pdf) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pdf", pdf);
        m.put("jaar", Integer.toString(inhoud.jaar()));
        m.put("titel", inhoud.titel());
        m.put("ondertitel", inhoud.ondertitel());
        m.put("documenttitel", inhoud.documenttitel());
        m.put("vrijgave", inhoud.vrijgave());
        m.put("inleiding", inhoud.inleiding());
        m.put("bron", inhoud.bron());
        List<Sectiemodel> secties = new ArrayList<>();
        for (Inhoud.Sectie s : inhoud.secties()) {
            List<Tabelmodel> tabellen = new ArrayList<>();
            for (Inhoud.Tabel t : s.tabellen()) {
                String afbeelding = pdf && t.png() != null ? java.util.Base64.getEncoder().encodeToString(t.png()) : null;
                tabellen.add(new Tabelmodel(t.pagina(), Integer.toString(t.nummer()), t.verwijzing(), t.csv(), afbeelding));
            }
            secties.add(new Sectiemodel(s.id(), s.titel(), s.alineas(), tabellen));
        }
        m.put("secties", secties);
        return m;
    }
}
