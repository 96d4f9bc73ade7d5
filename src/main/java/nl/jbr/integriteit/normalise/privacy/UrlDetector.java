package nl.jbr.integriteit.normalise.privacy;

import java.util.regex.Pattern;

/**
 * Web addresses that point at a person on a site that is not a social network (those are
 * {@link SocialeMediaDetector}'s): any web address whose path names a user or profile ({@code /in/}, {@code /user/},
 * {@code /profile/}, {@code /medewerkers/}, {@code /@naam}, {@code /~naam}) or whose query asks for one
 * ({@code ?user=...}). An address of an organisation ({@code www.rijksoverheid.nl}) is not flagged.
 */
final class UrlDetector implements Detector {

    /** Any web address whose path names a user or profile. */
    private static final Pattern PROFILE_PATH = Pattern.compile(
            "(?i:(?:https?://|www\\.)[\\w.-]+\\.[a-z]{2,24}[\\w./%-]*?"
            + "/(?:in|user|users|u|profile|profiel|profiles|people|person|medewerker|medewerkers|author)/[\\w.%-]{2,}"
            + "|(?:https?://|www\\.)[\\w.-]+\\.[a-z]{2,24}/[@~][\\w.%-]{2,}"
            + "|(?:https?://|www\\.)[\\w.-]+\\.[a-z]{2,24}[^\\s]*[?&](?:id|user|userid|profile)=\\w+)");

    @Override
    public Persoonsgegeven soort() {
        return Persoonsgegeven.URL;
    }

    @Override
    public boolean detect(MaskedText text, TextStats stats) {
        return text.value().indexOf('/') >= 0 && stats.contains("http", "www.") && text.blankAll(PROFILE_PATH);
    }
}
