package nl.jbr.integriteit.terugmelding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.jbr.integriteit.uitvoer.Uitvoermappen;
import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.uitvoer.AtomicFile;
import nl.jbr.integriteit.uitvoer.GeweigerdPad;
import nl.jbr.integriteit.uitvoer.SafeCsv;
import nl.jbr.integriteit.uitvoer.Templates;

/**
 * Writes the feedback for one input file (contract 6.2): {@code <outputRoot>/feedback/<MINISTERIE>/<jaar>/<stem>.csv}
 * for machines and {@code .html} for people. Each file is written to a temporary file in the same directory
 * and moved into place atomically, so a reader never sees half a file.
 *
 * <p>File names come from the drop folder and are hostile input: see {@link #veiligeNaam(String)}.
 */
public final class TerugmeldingWriter {

    static final String TEMPLATE = "feedback/templates/feedback.ftlh";
    static final List<String> HEADER = List.of("regel", "kolom", "waarde", "ernst", "code", "melding", "blad");
    /** Longest file name stem, in UTF-8 bytes (file systems allow 255 bytes per name). */
    static final int MAX_STEM_BYTES = 150;

    private final Templates templates;

    public TerugmeldingWriter(Templates templates) {
        this.templates = templates;
    }

    /** Where one file's feedback goes: its folder under {@code outputRoot/terugmelding/} and its three files. */
    public record Plek(Path outputRoot, Path dir, Path csv, Path html, Path xlsx) {
    }

    /**
     * The place of {@code report}'s feedback, its name taken in {@code bezet}. Names are taken one file at a time, in
     * the order of the files; writing ({@link #write(Plek, Terugmelding, String, String)}) may then happen side by side.
     * Different file names can have the same safe name ({@code a:1.csv} and {@code a_1.csv}, or {@code A.csv} and
     * {@code a.csv} on a case-insensitive disk); the later one then gets {@code " (2)"}, {@code " (3)"}, ... so that no
     * file's feedback replaces another's.
     */
    public Plek reserveer(Path outputRoot, Terugmelding report, Set<String> bezet) {
        Path dir = outputRoot.resolve(Uitvoermappen.TERUGMELDING).resolve(veiligeNaam(report.ministerie()))
                .resolve(Integer.toString(report.jaar())).normalize();
        String basis = veiligeNaam(stem(report.bestandsnaam()));
        String stem = basis;
        for (int n = 2; !bezet.add(dir + "/" + stem.toLowerCase(Locale.ROOT)); n++) {
            stem = basis + " (" + n + ")";
        }
        return new Plek(outputRoot, dir, inside(dir, stem + ".csv"), inside(dir, stem + ".html"), inside(dir, stem + ".xlsx"));
    }

    /**
     * Writes the CSV, workbook and page of {@code report} at its reserved place, with {@code stempel} saying when and by
     * which run the page was made. When {@code vingerafdruk} (the checksum of what the pages depend on) is given, the
     * page carries it, and pages that already carry it are not written again (the CSV, workbook and page all present,
     * none a link).
     */
    public void write(Plek plek, Terugmelding report, String stempel, String vingerafdruk) {
        try {
            GeweigerdPad.maakMappen(plek.outputRoot(), plek.dir()); // never through a symbolic link planted under output/
            if (vingerafdruk != null && alGeschreven(vingerafdruk, plek.csv(), plek.xlsx(), plek.html())) {
                return;
            }
            AtomicFile.writeText(plek.csv(), out -> writeCsv(out, report));
            Weergave weergave = weergave(report);
            AtomicFile.writeBytes(plek.xlsx(), TerugmeldingWerkmap.bytes(report, HEADER, weergave));
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("terugmelding", weergave);
            model.put("stempel", stempel == null ? "" : stempel);
            model.put("vingerafdruk", vingerafdruk == null ? "" : vingerafdruk);
            model.put("xlsx", plek.xlsx().getFileName().toString());
            AtomicFile.writeText(plek.html(), out -> templates.render(TEMPLATE, model, out));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write feedback to " + plek.dir(), e);
        }
    }

    /** The tag of {@link #write}'s fingerprint in a page; the page's head holds it within its first bytes. */
    private static final String VINGERAFDRUK_META = "<meta name=\"jbr-vingerafdruk\" content=\"";

    /** Whether the three files are there (no links) and the page was written from this fingerprint. */
    private static boolean alGeschreven(String vingerafdruk, Path csv, Path xlsx, Path html) throws IOException {
        for (Path p : List.of(csv, xlsx, html)) {
            if (!Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        byte[] begin = new byte[2048];
        int n;
        try (var in = Files.newInputStream(html, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            n = in.readNBytes(begin, 0, begin.length);
        }
        return new String(begin, 0, n, StandardCharsets.UTF_8).contains(VINGERAFDRUK_META + vingerafdruk + "\"");
    }

    /** The file name without a trailing {@code .csv} or {@code .xlsx} (any case). */
    static String stem(String bestandsnaam) {
        String name = bestandsnaam == null ? "" : bestandsnaam;
        for (String extensie : List.of(".csv", ".xlsx")) {
            int cut = name.length() - extensie.length();
            if (cut >= 0 && name.substring(cut).equalsIgnoreCase(extensie)) {
                return name.substring(0, cut);
            }
        }
        return name;
    }

    /**
     * A name that is safe as one path segment: {@code / \ : * ? " < > |}, control and invisible formatting
     * characters (including NUL and right-to-left overrides) become {@code _}; {@code ..} becomes {@code __};
     * a leading dot or dash and a trailing dot become {@code _}; spaces and accented letters stay; the result is
     * cut to {@value #MAX_STEM_BYTES} UTF-8 bytes on a character boundary. An empty name becomes {@code _}.
     * Different hostile names may map to the same safe name; the later feedback then replaces the earlier.
     */
    static String veiligeNaam(String name) {
        StringBuilder out = new StringBuilder(name.length());
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            int safe = unsafe(cp) ? '_' : cp;
            int size = new String(Character.toChars(safe)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_STEM_BYTES) {
                break;
            }
            bytes += size;
            out.appendCodePoint(safe);
        }
        String s = out.toString().replace("..", "__");
        if (s.isEmpty()) {
            return "_";
        }
        if (s.charAt(0) == '.' || s.charAt(0) == '-') {
            s = "_" + s.substring(1);
        }
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1) + "_";
        }
        return s;
    }

    private static boolean unsafe(int cp) {
        if ("/\\:*?\"<>|".indexOf(cp) >= 0) {
            return true;
        }
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
    }

    /** Defence in depth: the resolved file must be a direct child of dir. */
    private static Path inside(Path dir, String fileName) {
        Path file = dir.resolve(fileName).normalize();
        if (!dir.equals(file.getParent())) {
            throw new IllegalArgumentException("unsafe feedback file name: " + fileName);
        }
        return file;
    }

    /**
     * Writes {@code outputRoot/beheer/genegeerd.csv}: what in the drop folder was not processed and why
     * (columns {@code pad, reden}), so BZK can tell a ministry whose folder was misnamed. Empty list: header only. It
     * names folders and files of every ministry, so it is BZK's, not in a ministry's feedback folder.
     */
    public Path writeGenegeerd(Path outputRoot, List<Map.Entry<String, String>> padEnReden) {
        try {
            Path dir = GeweigerdPad.maakMappen(outputRoot, outputRoot.resolve(Uitvoermappen.BEHEER));
            Path target = dir.resolve("genegeerd.csv");
            AtomicFile.writeText(target, out -> {
                SafeCsv csv = new SafeCsv(out, List.of("pad", "reden"), Set.of());
                for (Map.Entry<String, String> e : padEnReden) {
                    csv.row(List.of(e.getKey(), e.getValue()));
                }
                csv.close();
            });
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the list of ignored paths", e);
        }
    }

    private static void writeCsv(Writer out, Terugmelding report) {
        SafeCsv csv = new SafeCsv(out, HEADER, Set.of(0));
        for (Bevinding f : report.bevindingen()) {
            csv.row(Arrays.asList(f.regel() == 0 ? null : f.regel(), f.kolom(), f.waarde(),
                    f.ernst().label(), f.code().name(), melding(f), f.blad()));
        }
        csv.close();
    }

    /** What the page and the workbook say of {@code r}. */
    static Weergave weergave(Terugmelding r) {
        NumberFormat nl = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL"));
        long fouten = r.aantalFouten();
        long waarschuwingen = r.aantalWaarschuwingen();
        List<Weergave.BevindingRij> rijen = new ArrayList<>();
        for (Groep g : groepeer(r.bevindingen())) {
            Bevinding f = g.eerste();
            rijen.add(new Weergave.BevindingRij(f.regel() == 0 ? "bestand" : g.aantal() == 1 ? Long.toString(f.regel())
                    : f.regel() + "–" + g.laatste(), f.kolom(), f.waarde(), f.ernst().label(), f.isFout(),
                    f.code().name(), g.aantal() == 1 ? melding(f)
                    : "Regels " + f.regel() + "–" + g.laatste() + " (" + g.aantal() + " regels): "
                    + REGEL_VOORAAN.matcher(melding(f)).replaceFirst(""), f.blad()));
        }
        return new Weergave(r.bestandsnaam(), r.ministerie(), Integer.toString(r.jaar()), Integer.toString(r.versie()),
                r.sha256() == null ? "onbekend" : r.sha256(), formulier(r.formulier()),
                r.dialect() == null ? "niet vastgesteld (bestand niet leesbaar)" : r.dialect(), r.geaccepteerd(),
                uitleg(r, fouten, waarschuwingen), r.inGebruik() == null ? "" : r.inGebruik(), nl.format(fouten),
                nl.format(waarschuwingen), nl.format(fouten) + (fouten == 1 ? " fout, " : " fouten, ")
                + nl.format(waarschuwingen) + (waarschuwingen == 1 ? " waarschuwing" : " waarschuwingen"),
                nl.format(r.gegevensregels()), nl.format(r.geladenRegels()), rijen);
    }

    private static final java.util.regex.Pattern REGEL_VOORAAN = java.util.regex.Pattern.compile("^Regel \\d+: ");
    private static final java.util.regex.Pattern REGELNUMMER = java.util.regex.Pattern.compile("\\b([Rr]egel) \\d+");

    /** Identical findings on consecutive lines, shown as one row of the HTML ("regels 2–81"). */
    record Groep(Bevinding eerste, long laatste, int aantal) {
    }

    /**
     * Groups findings that are the same but for their line number, on consecutive lines; the CSV keeps one line per
     * finding, the HTML shows one row per group.
     */
    static List<Groep> groepeer(List<Bevinding> bevindingen) {
        List<Groep> groepen = new ArrayList<>();
        Map<String, Integer> open = new java.util.HashMap<>(); // key to the index of its latest group
        for (Bevinding f : bevindingen) {
            String sleutel = f.regel() == 0 ? null : String.join("\u0000", f.ernst().label(), f.code().name(),
                    String.valueOf(f.kolom()), String.valueOf(f.waarde()), REGELNUMMER.matcher(String.valueOf(f.melding()))
                            .replaceAll("$1 #"));
            Integer i = sleutel == null ? null : open.get(sleutel);
            if (i != null && groepen.get(i).laatste() == f.regel() - 1) {
                Groep g = groepen.get(i);
                groepen.set(i, new Groep(g.eerste(), f.regel(), g.aantal() + 1));
            } else {
                groepen.add(new Groep(f, f.regel(), 1));
                if (sleutel != null) {
                    open.put(sleutel, groepen.size() - 1);
                }
            }
        }
        return groepen;
    }

    private static final java.util.regex.Pattern AFKEURZIN = java.util.regex.Pattern.compile(
            "\\s*Het bestand wordt niet geaccepteerd\\.|[,;] (dus )?het bestand wordt niet geaccepteerd(?=[.;])");

    /**
     * A finding's sentence as the feedback shows it: without "Het bestand wordt niet geaccepteerd.", which the
     * feedback says once for the whole file (issue 13).
     */
    public static String melding(Bevinding f) {
        String m = f.melding();
        return m == null ? null : AFKEURZIN.matcher(m).replaceAll("");
    }

    private static String formulier(String formulier) {
        if (formulier == null) {
            return "niet herkend";
        }
        if (formulier.contains("+")) { // a workbook with several forms
            return String.join("; ", java.util.Arrays.stream(formulier.split("\\+")).map(TerugmeldingWriter::formulier).toList());
        }
        return switch (formulier) {
            case "incidenten" -> "incidenten (registratieformulier integriteitsschendingen)";
            case "personeel" -> "personeel (personeelsomvang en nevenwerkzaamheden)";
            case "kengetallen" -> "kengetallen (kengetallen integriteit per onderdeel)";
            default -> formulier;
        };
    }

    private static String uitleg(Terugmelding r, long fouten, long waarschuwingen) {
        if (r.bevindingen().stream().anyMatch(f -> f.code() == BevindingCode.BESTAND_NIET_MEER_AANWEZIG)) {
            return "Dit bestand is niet meer aanwezig in de inlevermap; het telt niet mee.";
        }
        if (r.geaccepteerd()) {
            return "Het bestand telt mee in de jaarrapportage."
                    + (waarschuwingen > 0 ? " Bekijk de waarschuwingen hieronder; ze houden het bestand niet tegen." : "");
        }
        String herstel = fouten > 0
                ? "herstel de fouten hieronder en lever het bestand opnieuw aan."
                : "lever het bestand opnieuw aan.";
        if (r.inGebruik() != null) {
            return "Het bestand wordt niet geaccepteerd en telt niet mee; de eerder geaccepteerde versie blijft in gebruik. "
                    + Character.toUpperCase(herstel.charAt(0)) + herstel.substring(1);
        }
        return "Het bestand wordt niet geaccepteerd en telt niet mee; " + herstel;
    }
}
