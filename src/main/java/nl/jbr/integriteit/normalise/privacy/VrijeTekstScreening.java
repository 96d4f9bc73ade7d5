package nl.jbr.integriteit.normalise.privacy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Screens every text that can be published ({@code omschrijving}, {@code toelichting_afronding},
 * {@code subcategorie}, {@code onderdeel}) for personal data that must never be published: e-mail addresses,
 * telephone numbers, IBANs, BSNs, home addresses, person names (with a title or initials, or from the name lists of
 * {@code input-schemas/privacy/}), dates of birth, licence plates, profile URLs, personnel numbers and functions
 * held by one person. The text is normalised first ({@link TekstNormalisatie}: NFKC, zero-width characters out,
 * dashes and spaces folded). A text with a hit is to be held back as a whole, never partly masked.
 * Thread-safe and stateless; all patterns are compiled once.
 *
 * <p>Detectors run in a fixed order, each blanking what it recognised before the next looks: an e-mail address
 * is not also read as a name, the digits of an IBAN not as a telephone number or BSN.
 */
public final class VrijeTekstScreening {

    private final List<Detector> detectors;

    public VrijeTekstScreening() {
        // all state is in the precompiled patterns and word lists of the detectors
        Lijsten lijsten = Lijsten.standaard();
        detectors = List.of(
                new EmailadresDetector(),
                new UrlDetector(),
                new IbanDetector(),
                new PersoneelsnummerDetector(),
                new KentekenDetector(),
                new GeboortedatumDetector(),
                new TelefoonnummerDetector(),
                new BsnDetector(),
                new PostcodeHuisnummerDetector(lijsten),
                new FunctieDetector(lijsten),
                new PersoonsnaamDetector(),
                new NaamlijstDetector(lijsten));
    }

    /** The kinds of personal data found in the text (empty set when none or text null/blank), in enum order. */
    public Set<Persoonsgegeven> screen(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return Collections.emptySet();
        }
        String genormaliseerd = TekstNormalisatie.normalise(tekst);
        TextStats stats = TextStats.of(genormaliseerd);
        MaskedText text = new MaskedText(genormaliseerd);
        EnumSet<Persoonsgegeven> found = EnumSet.noneOf(Persoonsgegeven.class);
        for (Detector detector : detectors) {
            if (detector.detect(text, stats)) {
                found.add(detector.soort());
            }
        }
        return Collections.unmodifiableSet(found);
    }
}
