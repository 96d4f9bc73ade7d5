package nl.jbr.integriteit.normalise.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accounts on social media: the address of a profile on a network ({@code linkedin.com/in/pjansen},
 * {@code https://www.facebook.com/piet.jansen.77}, {@code x.com/jansen_j}, {@code tiktok.com/@mariekedv}); a handle
 * after the name of a network, with or without '@' ({@code twitter: @pjansen80}, {@code instagram: pjansen1980},
 * {@code tiktok-account marieke.dv83}, {@code snapchat pietj80}); and a handle on its own ({@code @jansen_j},
 * {@code @PJansen1980}). A handle on its own is not flagged when it is the account of a listed organisation
 * ({@code @rijksoverheid}, {@code @Belastingdienst}; {@code input-schemas/privacy/organisaties.csv}). Without '@',
 * a word after a network's name only counts as a handle when it looks like one (a digit, an underscore, a dot or a
 * capital inside it: {@code PietJansenVlogt}) or stands alone after a colon ({@code instagram: mariekedv}):
 * "via Instagram gedeeld" names no account.
 */
final class SocialeMediaDetector implements Detector {

    private static final String SOCIAL =
            "(?i:linkedin|facebook|fb|instagram|twitter|x|tiktok|youtube|github|gitlab|snapchat|threads|pinterest"
            + "|tumblr|reddit|onlyfans|vk|telegram|t|wa|bsky|mastodon|medium|flickr|soundcloud|twitch|discord)";

    private static final String DOT =
            "(?:\\h?\\.\\h?|\\h*[\\[(]\\h*(?:\\.|(?i:punt|dot))\\h*[\\])]\\h*|\\h+(?i:punt|dot)\\h+)";
    private static final String SLASH = "(?:\\h?/\\h?|\\h+(?i:slash|schuine\\h+streep)\\h+)";

    /** A social network's address with a path: the path is (nearly always) a person or their post. */
    private static final Pattern SOCIAL_URL = Pattern.compile(
            "(?<![\\w.-])(?:(?i:https?)\\h?:\\h?//\\h?)?(?:(?i:www|nl|m|mobile|[a-z]{2})" + DOT + ")?"
            + SOCIAL + DOT + "(?i:com|nl|me|net|social|app|org|be|de|co|tv|gg)" + SLASH + "\\h?[@~]?[\\w.%-]{2,}");

    /** The name of a network (or the word account, profiel), perhaps with "-account" or "-profiel". */
    private static final String NETWORK = "(?i:twitter|x|instagram|insta|tiktok|snapchat|snap|telegram|threads"
            + "|bluesky|bsky|mastodon|youtube|facebook|fb|linkedin|whatsapp|signal|reddit|discord|twitch|pinterest"
            + "|account|profiel|handle|gebruikersnaam)";

    /** A handle after the name of a network: "twitter: @pjansen", "insta @piet_j", "account @pj1980". */
    private static final Pattern HANDLE = Pattern.compile(
            NETWORK + "\\b[^@\\n]{0,25}?(?<![\\w.])@([A-Za-z0-9_.]{2,30})");

    /** A handle without '@' right after a network's name: "instagram: pjansen1980", "snapchat pietj80". */
    private static final Pattern NAMED_HANDLE = Pattern.compile(
            "(?<![\\p{L}])(?i:twitter|instagram|insta|tiktok|snapchat|snap|telegram|threads|bluesky|bsky|mastodon"
            + "|youtube|facebook|linkedin|reddit|discord|twitch|pinterest)"
            + "(?:-?\\h?(?i:account|profiel|naam|handle|pagina|kanaal))?(?![\\p{L}])"
            + "(\\h*:\\h*|\\h+)([A-Za-z0-9_](?:[A-Za-z0-9_.]{2,28}[A-Za-z0-9_]))(?![\\p{L}\\d_@])");

    /**
     * '@' and a name, not inside an e-mail address: "@jansen_j plaatste ...". Not before '(': {@code @SUM(1+1)} is
     * a spreadsheet formula.
     */
    private static final Pattern BARE_HANDLE = Pattern.compile(
            "(?<![\\w.@/+-])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\\p{L}\\d_@(])");

    private final Lijsten lijsten;

    SocialeMediaDetector(Lijsten lijsten) {
        this.lijsten = lijsten;
    }

    @Override
    public Persoonsgegeven soort() {
        return Persoonsgegeven.SOCIALE_MEDIA;
    }

    @Override
    public boolean detect(MaskedText text, TextStats stats) {
        String value = text.value();
        boolean found = false;
        if (value.indexOf('/') >= 0 || stats.contains("slash", "schuine")) {
            found |= text.blankAll(SOCIAL_URL);
        }
        boolean networkNamed = stats.contains("twitter", "x", "insta", "tiktok", "snap", "telegram", "threads",
                "bluesky", "bsky", "mastodon", "account", "profiel", "handle", "gebruikersnaam", "youtube", "facebook",
                "fb", "linkedin", "whatsapp", "signal", "reddit", "discord", "twitch", "pinterest");
        if (text.value().indexOf('@') >= 0) {
            Matcher m;
            if (networkNamed) {
                m = HANDLE.matcher(text.value());
                while (m.find()) {
                    if (!lijsten.isOrganisatieAccount(m.group(1))) {
                        text.blank(m.start(), m.end());
                        found = true;
                    }
                }
            }
            m = BARE_HANDLE.matcher(text.value());
            while (m.find()) {
                if (hasLetter(m.group(1)) && !lijsten.isOrganisatieAccount(m.group(1))) {
                    text.blank(m.start(), m.end());
                    found = true;
                }
            }
        }
        if (networkNamed && stats.contains("twitter", "insta", "tiktok", "snap", "telegram", "threads", "bluesky",
                "bsky", "mastodon", "youtube", "facebook", "linkedin", "reddit", "discord", "twitch", "pinterest")) {
            Matcher m = NAMED_HANDLE.matcher(text.value());
            while (m.find()) {
                if (looksLikeHandle(text.value(), m)) {
                    text.blank(m.start(), m.end());
                    found = true;
                }
            }
        }
        return found;
    }

    /**
     * A digit, underscore, dot or a capital inside a word in it; or alone after a colon, at the end of the text or
     * before punctuation.
     */
    private boolean looksLikeHandle(String value, Matcher m) {
        String handle = m.group(2);
        if (!hasLetter(handle) || lijsten.isOrganisatieAccount(handle)) {
            return false;
        }
        for (int i = 0; i < handle.length(); i++) {
            char c = handle.charAt(i);
            if (Chars.isDigit(c) || c == '_' || c == '.'
                    || i > 0 && Character.isUpperCase(c) && Character.isLowerCase(handle.charAt(i - 1))) {
                return true; // "pjansen1980", "marieke_dv", "PietJansenVlogt"
            }
        }
        if (m.group(1).indexOf(':') < 0) {
            return false;
        }
        int after = m.end();
        return after >= value.length() || ",;)".indexOf(value.charAt(after)) >= 0
                || value.charAt(after) == '.' && (after + 1 >= value.length() || value.charAt(after + 1) == ' ');
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
