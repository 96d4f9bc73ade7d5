package nl.jbr.integriteit.normalise.privacy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Screens the free-text columns of the incident form ({@code omschrijving}, {@code toelichting_afronding}) for
 * personal data that must never be published: e-mail addresses, telephone numbers, IBANs, BSNs, home addresses
 * and person names. Thread-safe and stateless; all patterns are compiled once.
 *
 * <p>Detectors run in a fixed order, each blanking what it recognised before the next looks: an e-mail address
 * is not also read as a name, the digits of an IBAN not as a telephone number or BSN.
 */
public final class VrijeTekstScreening {

    private final List<Detector> detectors = List.of(
            new EmailadresDetector(),
            new IbanDetector(),
            new TelefoonnummerDetector(),
            new BsnDetector(),
            new PostcodeHuisnummerDetector(),
            new PersoonsnaamDetector());

    public VrijeTekstScreening() {
        // all state is in the precompiled patterns of the detectors
    }

    /** The kinds of personal data found in the text (empty set when none or text null/blank), in enum order. */
    public Set<Persoonsgegeven> screen(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return Collections.emptySet();
        }
        TextStats stats = TextStats.of(tekst);
        MaskedText text = new MaskedText(tekst);
        EnumSet<Persoonsgegeven> found = EnumSet.noneOf(Persoonsgegeven.class);
        for (Detector detector : detectors) {
            if (detector.detect(text, stats)) {
                found.add(detector.soort());
            }
        }
        return Collections.unmodifiableSet(found);
    }
}
