package nl.jbr.integriteit.publish;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;

import nl.jbr.integriteit.tabel.Cel;
import nl.jbr.integriteit.tabel.TableData;
import nl.jbr.integriteit.vingerafdruk.Vingerafdruk;

/**
 * A year is republished when any of its inputs changed, but most of its scopes (a ministry's set, or the rijksbrede
 * set) are then often made from exactly the same rows as before: a file of one ministry changes that ministry's tables
 * and the rijksbrede ones, not the other ministries'. Such a scope is copied from the year's current publication
 * instead of being made again.
 *
 * <p>Each scope's entry in {@code beheer/publicatie/<jaar>.json} ({@code scopes}; BZK's, not public: a fingerprint of
 * the rows is not for an attacker to test guesses against) records its fingerprint, the files it wrote and their
 * SHA-256. The fingerprint covers everything its files are made from: the code ({@code vingerafdruk/Publicatiestand}'s
 * fingerprint of templates, models, schemas and application), the year, the scope, its name and links, and every row
 * of every table with its definition and footnotes; not the line saying when and by which run the page was made. A
 * scope is copied only when its fingerprint is the same and every recorded file is still a regular file with the
 * recorded checksum (a file edited or removed under {@code output/} is made again); otherwise it is made as usual.
 * A copied page keeps its line saying when and by which run it was made: that is when it was made. The record is
 * written after the year is swapped in; should the two ever disagree (a crash in between), the checksums do not
 * match and the scopes are made again.
 */
final class OngewijzigdeScopes {

    private static final Logger log = LoggerFactory.getLogger(OngewijzigdeScopes.class);

    /**
     * What a scope wrote: per table its CSV files, its workbooks, its page, the chapter (rijksbreed: html, odt, pdf), and
     * the checksum of each of them. Its entry in the year's record is this record as JSON, with these keys in this order.
     */
    record Scope(String scope, String vingerafdruk, Map<String, List<String>> bestanden, List<String> werkmappen,
                 String pagina, List<String> hoofdstuk, Map<String, String> sha256) {
    }

    private OngewijzigdeScopes() {
    }

    /**
     * The scopes recorded in {@code beheer/publicatie/<jaar>.json}, by scope; empty when there is none or it cannot be
     * read (then every scope is made).
     */
    static Map<String, Scope> lees(Path manifest) {
        Map<String, Scope> scopes = new LinkedHashMap<>();
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return scopes;
        }
        try {
            JsonNode lijst = TableFiles.JSON.readTree(Files.readString(manifest, StandardCharsets.UTF_8)).path("scopes");
            for (JsonNode s : lijst) {
                Map<String, List<String>> bestanden = new LinkedHashMap<>();
                s.path("bestanden").properties().forEach(e -> bestanden.put(e.getKey(), tekstlijst(e.getValue())));
                Map<String, String> sha256 = new LinkedHashMap<>();
                s.path("sha256").properties().forEach(e -> sha256.put(e.getKey(), e.getValue().asString()));
                Scope scope = new Scope(s.path("scope").asString(), s.path("vingerafdruk").asString(), bestanden,
                        tekstlijst(s.path("werkmappen")), s.path("pagina").asString(), tekstlijst(s.path("hoofdstuk")), sha256);
                scopes.put(scope.scope(), scope);
            }
        } catch (IOException | RuntimeException e) {
            log.info("{} kan niet gelezen worden ({}); alle pagina's van dit jaar worden opnieuw gemaakt", manifest,
                    e.getClass().getSimpleName());
            scopes.clear();
        }
        return scopes;
    }

    private static List<String> tekstlijst(JsonNode node) {
        List<String> uit = new ArrayList<>();
        node.forEach(n -> uit.add(n.asString()));
        return uit;
    }

    /**
     * The fingerprint of what a scope's files are made from. {@code pagina} holds the page's other values (name,
     * links to ministries and years), without the line saying when it was made.
     */
    static String vingerafdruk(String code, int jaar, String scope, Map<String, Object> pagina, List<TableData> tabellen) {
        Vingerafdruk afdruk = Vingerafdruk.nieuw();
        StringBuilder b = new StringBuilder();
        b.append("code|").append(code).append("\njaar|").append(jaar).append("\nscope|").append(scope).append('\n');
        canoniek(pagina, b);
        afdruk.tekst(b);
        for (TableData tabel : tabellen) {
            b.setLength(0);
            b.append("\ntabel|").append(tabel.definitie()).append('\n');
            for (List<Cel> rij : tabel.rijen()) {
                for (Cel cel : rij) {
                    // the kind of value too: the number 1 and the text "1" are written differently
                    b.append(cel.soort()).append(':').append(cel.waarde()).append('\u0001');
                }
                b.append('\n');
                if (b.length() > 1 << 16) {
                    afdruk.tekst(b);
                    b.setLength(0);
                }
            }
            afdruk.tekst(b);
        }
        return afdruk.hex();
    }

    /**
     * Maps with their keys sorted (a {@code Map.of} has no fixed order), records as the map of their components (so a
     * record gives what a map with the same keys and values gives), lists in order, everything else as text.
     */
    private static void canoniek(Object waarde, StringBuilder b) {
        if (waarde instanceof Map<?, ?> || waarde instanceof Record) {
            TreeMap<String, Object> gesorteerd = new TreeMap<>();
            if (waarde instanceof Map<?, ?> map) {
                map.forEach((k, v) -> gesorteerd.put(String.valueOf(k), v));
            } else {
                for (RecordComponent c : waarde.getClass().getRecordComponents()) {
                    gesorteerd.put(c.getName(), waarde(c, waarde));
                }
            }
            b.append('{');
            gesorteerd.forEach((k, v) -> {
                b.append(k).append('=');
                canoniek(v, b);
                b.append(';');
            });
            b.append('}');
        } else if (waarde instanceof Collection<?> lijst) {
            b.append('[');
            lijst.forEach(v -> {
                canoniek(v, b);
                b.append(';');
            });
            b.append(']');
        } else {
            b.append(waarde == null ? "-" : waarde.getClass().getSimpleName() + ":" + waarde);
        }
    }

    private static Object waarde(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component + " of " + record.getClass(), e);
        }
    }

    /**
     * Copies {@code vorig}'s files from {@code vorigeJaarmap} into {@code jaarmap}, each a regular file there whose
     * copy has its recorded checksum (the copy is checked, not the original: what is published is what was checked).
     * Empty, with the copies removed again, when one is not.
     */
    static Optional<Scope> kopieer(Scope vorig, Path vorigeJaarmap, Path jaarmap) {
        if (vorig.sha256().isEmpty()) {
            return Optional.empty();
        }
        try {
            for (Map.Entry<String, String> bestand : vorig.sha256().entrySet()) {
                Path bron = binnen(vorigeJaarmap, bestand.getKey());
                Path doel = binnen(jaarmap, bestand.getKey());
                boolean gelijk = Files.isRegularFile(bron, LinkOption.NOFOLLOW_LINKS);
                if (gelijk) {
                    Files.createDirectories(doel.getParent());
                    Files.copy(bron, doel);
                    gelijk = bestand.getValue().equals(Vingerafdruk.vanBestand(doel));
                }
                if (!gelijk) {
                    log.info("{} is veranderd sinds het gepubliceerd is; {} wordt opnieuw gemaakt", bron, vorig.scope());
                    verwijder(vorig, jaarmap);
                    return Optional.empty();
                }
            }
            return Optional.of(vorig);
        } catch (IOException | RuntimeException e) {
            // a file that went away meanwhile, a name that is not ours: made again, as if there were no earlier one
            log.info("{} kan niet worden overgenomen ({}); wordt opnieuw gemaakt", vorig.scope(), e.getClass().getSimpleName());
            verwijder(vorig, jaarmap);
            return Optional.empty();
        }
    }

    /** Removes what {@link #kopieer} copied of {@code vorig} (the scope is then made over it). */
    private static void verwijder(Scope vorig, Path jaarmap) {
        for (String bestand : vorig.sha256().keySet()) {
            try {
                Files.deleteIfExists(binnen(jaarmap, bestand));
            } catch (IOException | RuntimeException ignored) {
                // the scope is written over it
            }
        }
    }

    /** {@code relatief} inside {@code map}; a name that leads out of it (a manifest edited by hand) is refused. */
    private static Path binnen(Path map, String relatief) {
        Path p = map.resolve(relatief).normalize();
        if (!p.startsWith(map.normalize()) || p.equals(map.normalize())) {
            throw new IllegalArgumentException("not a file of the year: " + relatief);
        }
        return p;
    }

    /** The SHA-256 of each of {@code bestanden} (relative to {@code jaarmap}), in that order. */
    static Map<String, String> checksums(Path jaarmap, Collection<String> bestanden) throws IOException {
        Map<String, String> uit = new LinkedHashMap<>();
        for (String bestand : bestanden) {
            uit.put(bestand, Vingerafdruk.vanBestand(jaarmap.resolve(bestand)));
        }
        return uit;
    }

}
