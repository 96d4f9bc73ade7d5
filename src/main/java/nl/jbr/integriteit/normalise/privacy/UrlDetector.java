package nl.jbr.integriteit.normalise.privacy;

import java.util.regex.Pattern;

/**
 * Web addresses that point at a person: a profile on a social network ({@code linkedin.com/in/pjansen},
 * {@code https://www.facebook.com/piet.jansen.77}, {@code instagram.com/pjansen}), any web address whose path
 * names a user or profile ({@code /in/}, {@code /user/}, {@code /profile/}, {@code /@naam}, {@code /~naam}),
 * and a handle after the name of a network ({@code twitter: @pjansen}, {@code instagram @piet_j}). An address of
 * an organisation ({@code www.rijksoverheid.nl}) and a handle without a network ({@code via @rijksoverheid}) are
 * not flagged.
 */
final class UrlDetector implements Detector {

    private static final String SOCIAL =
            "(?i:linkedin|facebook|fb|instagram|twitter|x|tiktok|youtube|github|gitlab|snapchat|threads|pinterest"
            + "|tumblr|reddit|onlyfans|vk|telegram|t|wa|bsky|mastodon|medium|flickr|soundcloud|twitch|discord)";

    private static final String DOT = "(?:\\h?\\.\\h?|\\h*[\\[(]\\h*(?:\\.|(?i:punt|dot))\\h*[\\])]\\h*|\\h+(?i:punt|dot)\\h+)";
    private static final String SLASH = "(?:\\h?/\\h?|\\h+(?i:slash|schuine\\h+streep)\\h+)";

    /** A social network's address with a path: the path is (nearly always) a person or their post. */
    private static final Pattern SOCIAL_URL = Pattern.compile(
            "(?<![\\w.-])(?:(?i:https?)\\h?:\\h?//\\h?)?(?:(?i:www|nl|m|mobile|[a-z]{2})" + DOT + ")?"
            + SOCIAL + DOT + "(?i:com|nl|me|net|social|app|org|be|de|co|tv|gg)" + SLASH + "\\h?[@~]?[\\w.%-]{2,}");

    /** Any web address whose path names a user or profile. */
    private static final Pattern PROFILE_PATH = Pattern.compile(
            "(?i:(?:https?://|www\\.)[\\w.-]+\\.[a-z]{2,24}[\\w./%-]*?"
            + "/(?:in|user|users|u|profile|profiel|profiles|people|person|medewerker|medewerkers|author)/[\\w.%-]{2,}"
            + "|(?:https?://|www\\.)[\\w.-]+\\.[a-z]{2,24}/[@~][\\w.%-]{2,}"
            + "|(?:https?://|www\\.)[\\w.-]+\\.[a-z]{2,24}[^\\s]*[?&](?:id|user|userid|profile)=\\w+)");

    /** A handle after the name of a network: "twitter: @pjansen", "insta @piet_j", "account @pj1980". */
    private static final Pattern HANDLE = Pattern.compile(
            "(?i:twitter|x|instagram|insta|tiktok|snapchat|telegram|threads|bluesky|mastodon|account|profiel"
            + "|handle|gebruikersnaam|youtube|facebook|linkedin)\\b[^@\\n]{0,25}?(?<![\\w.])@[A-Za-z0-9_.]{2,30}");

    @Override
    public Persoonsgegeven soort() {
        return Persoonsgegeven.URL;
    }

    @Override
    public boolean detect(MaskedText text, TextStats stats) {
        String value = text.value();
        if (value.indexOf('/') < 0 && value.indexOf('@') < 0 && !stats.contains("slash", "schuine")) {
            return false;
        }
        boolean found = false;
        if (value.indexOf('/') >= 0 || stats.contains("slash", "schuine")) {
            found |= text.blankAll(SOCIAL_URL);
            found |= stats.contains("http", "www.") && text.blankAll(PROFILE_PATH);
        }
        if (value.indexOf('@') >= 0 && stats.contains("twitter", "x", "insta", "tiktok", "snapchat", "telegram",
                "threads", "bluesky", "mastodon", "account", "profiel", "handle", "gebruikersnaam", "youtube",
                "facebook", "linkedin")) {
            found |= text.blankAll(HANDLE);
        }
        return found;
    }
}
