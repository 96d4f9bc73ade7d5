package nl.jbr.integriteit.normalise.privacy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.jbr.integriteit.normalise.BegrensdeCache;

/**
 * Screens every text that can be published ({@code omschrijving}, {@code toelichting_afronding},
 * {@code subcategorie}, {@code onderdeel}) for personal data that must never be published: e-mail addresses,
 * telephone numbers, IBANs, BSNs, home addresses, person names (with a title or initials, or from the name lists of
 * {@code input-schemas/privacy/}), dates of birth, licence plates, profile URLs, personnel numbers and functions
 * held by one person. The text is normalised first ({@link Screeningsvorm}: NFKC, zero-width characters out,
 * dashes and spaces folded). A text with a hit is to be held back as a whole, never partly masked.
 * Thread-safe; all patterns are compiled once, and the result of a short text is remembered.
 *
 * <p>Detectors run in a fixed order, each blanking what it recognised before the next looks: an e-mail address
 * is not also read as a name, the digits of an IBAN not as a telephone number or BSN.
 */
public final class VrijeTekstScreening {

    /** Texts up to this length are remembered (the result depends on the text alone). */
    private static final int KORT = 200;
    private final BegrensdeCache<String, Set<Persoonsgegeven>> kort = new BegrensdeCache<>(20_000);

    private final List<Detector> detectors;

    public VrijeTekstScreening() {
        // all state is in the precompiled patterns and word lists of the detectors
        Lijsten lijsten = Lijsten.standaard();
        detectors = List.of(
                new EmailadresDetector(),
                new SocialeMediaDetector(lijsten),
                new UrlDetector(),
                new IbanDetector(),
                new IdentiteitsbewijsDetector(),
                new PersoneelsnummerDetector(),
                new KentekenDetector(),
                new GeboortedatumDetector(lijsten),
                new TelefoonnummerDetector(),
                new BsnDetector(),
                new PostcodeHuisnummerDetector(lijsten),
                new PostcodeDetector(lijsten),
                new FunctieDetector(lijsten),
                new PersoonsnaamDetector(),
                new NaamlijstDetector(lijsten));
    }

    /** The kinds of personal data found in the text (empty set when none or text null/blank), in enum order. */
    public Set<Persoonsgegeven> screen(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return Collections.emptySet();
        }
        // onderdelen, subcategories and stock phrases repeat over thousands of rows: screen each short text once
        return tekst.length() <= KORT ? kort.get(tekst, this::screenZelf) : screenZelf(tekst);
    }

    private Set<Persoonsgegeven> screenZelf(String tekst) {
        EnumSet<Persoonsgegeven> found = EnumSet.noneOf(Persoonsgegeven.class);
        String genormaliseerd = Screeningsvorm.normalise(tekst);
        screen(genormaliseerd, found);
        // what a reader of the published text would read: escapes decoded, then letters and numbers as said aloud
        Ontcijfering ontcijferd = Ontcijfering.of(genormaliseerd);
        if (ontcijferd.excelEscape()) {
            found.add(Persoonsgegeven.EXCEL_CODERING);
        }
        String gelezen = genormaliseerd;
        if (ontcijferd.text() != genormaliseerd) {
            gelezen = Screeningsvorm.normalise(ontcijferd.text());
            screen(gelezen, found);
        }
        String uitgesproken = Leesvariant.of(gelezen);
        if (uitgesproken != gelezen) {
            screen(uitgesproken, found);
        }
        return Collections.unmodifiableSet(found);
    }

    private void screen(String genormaliseerd, EnumSet<Persoonsgegeven> found) {
        TextStats stats = TextStats.of(genormaliseerd);
        MaskedText text = new MaskedText(genormaliseerd);
        for (Detector detector : detectors) {
            if (detector.detect(text, stats)) {
                found.add(detector.soort());
            }
        }
    }
}
