package nl.jbr.integriteit.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.jbr.integriteit.schema.Ministeries;

/**
 * Walks {@code input/<MINISTERIE>/<jaar>/} (contract section 2). Only regular files directly inside a
 * valid ministry/year folder are submissions (a ministry folder named exactly like its code, a year from
 * {@value #EERSTE_JAAR} up to the current year); symbolic links are never followed (the drop folder itself may be
 * one); a file name that cannot be read
 * in the file system's encoding is refused (two such names may read as one). Everything else is
 * listed as ignored, with the reason, so the operator and the ministry can see it.
 */
public final class DropFolderScanner {

    private static final Pattern JAAR = Pattern.compile("\\d{4}");
    private static final LinkOption[] NIET_VOLGEN = {LinkOption.NOFOLLOW_LINKS};
    /** What a file name byte that is not valid in the file system's encoding reads as. */
    private static final char ONLEESBAAR_TEKEN = '\uFFFD';

    /** The first reporting year a folder may name. */
    static final int EERSTE_JAAR = 2000;

    private final Ministeries ministeries;
    private final Clock clock;

    public DropFolderScanner(Ministeries ministeries) {
        this(ministeries, Clock.systemDefaultZone());
    }

    /** @param clock decides the current year: a folder may name at most the current year */
    public DropFolderScanner(Ministeries ministeries, Clock clock) {
        this.ministeries = ministeries;
        this.clock = clock;
    }

    /** What was found: submissions in a stable order (ministry, year, name), and what was ignored. */
    public record Resultaat(List<AangeleverdBestand> bestanden, List<GenegeerdPad> genegeerd) {
    }

    public Resultaat scan(Path input) {
        List<AangeleverdBestand> bestanden = new ArrayList<>();
        List<GenegeerdPad> genegeerd = new ArrayList<>();
        // the drop folder itself may be a symbolic link (followed once, as a folder); nothing inside it is followed
        Path wortel;
        try {
            wortel = input.toRealPath();
        } catch (IOException e) {
            wortel = input;
        }
        if (!Files.isDirectory(wortel, NIET_VOLGEN)) {
            genegeerd.add(new GenegeerdPad(".", "De invoermap " + input + " bestaat niet of is geen map."));
            return new Resultaat(bestanden, genegeerd);
        }
        List<Path> ministerieMappen = sorted(wortel);
        for (Path ministerieMap : ministerieMappen) {
            String mapnaam = ministerieMap.getFileName().toString();
            if (verborgen(mapnaam)) {
                continue;
            }
            if (!Files.isDirectory(ministerieMap, NIET_VOLGEN)) {
                genegeerd.add(new GenegeerdPad(mapnaam, "Dit is geen map van een ministerie; bestanden horen in input/<ministerie>/<jaar>/."));
                continue;
            }
            // exactly as the list writes it: a case-insensitive match lets 'ſZW' or 'FİN' pass for SZW or FIN
            Optional<String> code = ministeries.code(mapnaam).filter(mapnaam::equals);
            if (code.isEmpty()) {
                Optional<String> bedoeld = ascii(mapnaam) ? ministeries.code(mapnaam) : Optional.empty();
                genegeerd.add(new GenegeerdPad(mapnaam + "/", "'" + mapnaam + "' is geen code uit de lijst van ministeries; de map wordt niet verwerkt."
                        + bedoeld.map(c -> " Bedoelt u '" + c + "'? Schrijf de code precies zo.").orElse("")));
                continue;
            }
            for (Path jaarMap : sorted(ministerieMap)) {
                scanJaar(code.get(), mapnaam, jaarMap, bestanden, genegeerd);
            }
        }
        bestanden.sort(Comparator.comparing(AangeleverdBestand::ministerie).thenComparing(AangeleverdBestand::jaar)
                .thenComparing(AangeleverdBestand::bestandsnaam));
        return new Resultaat(List.copyOf(bestanden), List.copyOf(genegeerd));
    }

    private static boolean ascii(String naam) {
        return naam.chars().allMatch(c -> c < 0x80);
    }

    private void scanJaar(String code, String mapnaam, Path jaarMap, List<AangeleverdBestand> bestanden,
                          List<GenegeerdPad> genegeerd) {
        String jaarnaam = jaarMap.getFileName().toString();
        String pad = mapnaam + "/" + jaarnaam;
        if (verborgen(jaarnaam)) {
            return;
        }
        if (!Files.isDirectory(jaarMap, NIET_VOLGEN)) {
            genegeerd.add(new GenegeerdPad(pad, "Dit bestand staat niet in een jaarmap; bestanden horen in input/" + code + "/<jaar>/."));
            return;
        }
        if (!JAAR.matcher(jaarnaam).matches()) {
            genegeerd.add(new GenegeerdPad(pad + "/", "'" + jaarnaam + "' is geen jaartal van vier cijfers; de map wordt niet verwerkt."));
            return;
        }
        int jaar = Integer.parseInt(jaarnaam);
        // a year is reported after it ended: a folder for a year after the current one holds no registrations yet
        int laatsteJaar = Year.now(clock).getValue();
        if (jaar > laatsteJaar && jaar <= laatsteJaar + 10) {
            genegeerd.add(new GenegeerdPad(pad + "/", "'" + jaarnaam + "' ligt na het huidige jaar " + laatsteJaar
                    + "; een jaar wordt pas na afloop gerapporteerd. De map wordt niet verwerkt (verwacht: " + EERSTE_JAAR
                    + " tot en met " + laatsteJaar + ")."));
            return;
        }
        if (jaar < EERSTE_JAAR || jaar > laatsteJaar) {
            // a typing error ('2204') would otherwise be published as a year of its own
            genegeerd.add(new GenegeerdPad(pad + "/", "'" + jaarnaam + "' is geen rapportagejaar (verwacht: " + EERSTE_JAAR
                    + " tot en met " + laatsteJaar + "); de map wordt niet verwerkt."));
            return;
        }
        if (!ministeries.geldig(code, jaar)) {
            genegeerd.add(new GenegeerdPad(pad + "/", "Het ministerie " + code + " bestond niet in " + jaar + "; de map wordt niet verwerkt."));
            return;
        }
        for (Path bestand : sorted(jaarMap)) {
            String naam = bestand.getFileName().toString();
            if (verborgen(naam)) {
                genegeerd.add(new GenegeerdPad(pad + "/" + naam, "Verborgen of tijdelijk bestand (bijvoorbeeld een slotbestand van een spreadsheet); genegeerd."));
            } else if (naam.indexOf(ONLEESBAAR_TEKEN) >= 0) {
                // not valid in the file system's encoding: two such names can read as the same name
                genegeerd.add(new GenegeerdPad(pad + "/" + naam, "De bestandsnaam bevat tekens die niet als UTF-8 te lezen "
                        + "zijn (bijvoorbeeld een letter met accent uit een ouder programma); geef het bestand een naam "
                        + "zonder zulke tekens en lever het opnieuw aan."));
            } else if (Files.isSymbolicLink(bestand)) {
                genegeerd.add(new GenegeerdPad(pad + "/" + naam, "Een snelkoppeling (symbolische link) wordt nooit gevolgd; lever het bestand zelf aan."));
            } else if (!Files.isRegularFile(bestand, NIET_VOLGEN)) {
                genegeerd.add(new GenegeerdPad(pad + "/" + naam, "Dit is geen gewoon bestand (bijvoorbeeld een map); genegeerd."));
            } else {
                bestanden.add(new AangeleverdBestand(code, jaar, naam, bestand));
            }
        }
    }

    private static boolean verborgen(String naam) {
        return naam.startsWith(".") || naam.startsWith("~$");
    }

    private static List<Path> sorted(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return entries;
    }
}
