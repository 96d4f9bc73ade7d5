package nl.jbr.integriteit.normalise.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth: a date (or year) after a word that says so ({@code geboren 12-03-1985}, {@code geb. 3 mrt '85},
 * {@code geboortedatum: 1985-03-12}, {@code ° 12/3/1985}, {@code DOB 12.03.1985}), and any complete calendar date
 * before 2006 ({@code 12 maart 1985}, {@code 12-3-1985}): incidents are recent, so a full date that old in an
 * incident description is a date of birth (or another date in someone's life, which identifies just as well).
 * Years alone ({@code tussen 1998 en 2003}) and recent dates ({@code 01-03-2024}) are not flagged, except a year
 * of birth in brackets right after a person ({@code Jansen (1978)}, {@code collega S. (1978)}, {@code medewerker X
 * (1982)}): after a listed name, an initial or an anonymising capital, or a word for a person
 * ({@code medewerker (1978)}); {@code de Ambtenarenwet (1929)} is not a person.
 */
final class GeboortedatumDetector implements Detector {

    /** Years of birth of people who can be in an incident description. */
    private static final int FIRST_YEAR = 1920;
    private static final int LAST_YEAR = 2010;

    private static final String MONTH = "(?i:jan(?:uari)?|feb(?:ruari)?|mrt|maart|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?"
            + "|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct|nov(?:ember)?|dec(?:ember)?)\\.?";

    private static final String YEAR = "(?:19|20)\\d{2}";

    /** A complete date, in numbers or with the month written out; group 1 is the four-digit year (when given). */
    private static final String DATE =
            "(?:\\d{1,2}\\h?[-./]\\h?\\d{1,2}\\h?[-./]\\h?(" + YEAR + ")"
            + "|(" + YEAR + ")\\h?[-./]\\h?\\d{1,2}\\h?[-./]\\h?\\d{1,2}"
            + "|\\d{1,2}(?:e|ste|de)?\\h+" + MONTH + "\\h*,?\\h*(" + YEAR + ")"
            + "|\\d{1,2}\\h?[-./]\\h?\\d{1,2}\\h?[-./]\\h?['’]?\\d{2}"
            + "|\\d{1,2}(?:e|ste|de)?\\h+" + MONTH + "\\h*['’]\\d{2})";

    private static final Pattern LABELLED = Pattern.compile(
            "(?i:geboren|geb\\.?|geboortedatum|geboortedag|geb\\.?\\h?datum|gebdat|geboortejaar|dob|date\\h+of\\h+birth"
            + "|jarig)\\h*(?:(?:op|in)(?:\\h+de)?|:|\\(|te\\h+\\p{L}+\\h*(?:op|in)?)?\\h*(?:" + DATE
            + "|\\d{1,2}(?:e|ste|de)?\\h+" + MONTH + "|" + YEAR + "|\\d{8}|['’]\\d{2})(?![\\w])"
            + "|°\\h*(?:" + DATE + "|" + YEAR + ")(?![\\w])");

    /** A year in brackets, as written after a person's name: "Jansen (1978)", "medewerker X (1982)". */
    private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("\\(\\h*((?:19|20)\\d{2})\\h*\\)");

    private static final Pattern OLD_DATE = Pattern.compile("(?<![\\w./-])" + DATE + "(?![\\w]|[-./]\\d)");

    /** Words before a dotted number that make it a version or reference, not a date ("versie 12.5.1990"). */
    private static final java.util.Set<String> NOT_A_DATE_BEFORE = java.util.Set.of(
            "versie", "release", "build", "v", "artikel", "art", "paragraaf", "hoofdstuk", "nummer", "nr");

    private final Lijsten lijsten;

    GeboortedatumDetector(Lijsten lijsten) {
        this.lijsten = lijsten;
    }

    @Override
    public Persoonsgegeven soort() {
        return Persoonsgegeven.GEBOORTEDATUM;
    }

    @Override
    public boolean detect(MaskedText text, TextStats stats) {
        if (stats.digits() < 2) {
            return false;
        }
        boolean found = false;
        Matcher m;
        if (stats.contains("geb", "dob", "birth", "jarig", "°")) {
            m = LABELLED.matcher(text.value());
            while (m.find()) {
                text.blank(m.start(), m.end());
                found = true;
            }
        }
        if (text.value().indexOf('(') >= 0) {
            m = YEAR_IN_BRACKETS.matcher(text.value());
            while (m.find()) {
                int year = Integer.parseInt(m.group(1));
                if (year >= FIRST_YEAR && year <= LAST_YEAR && afterPerson(text.value(), m.start())) {
                    text.blank(m.start(), m.end());
                    found = true;
                }
            }
        }
        if (stats.digits() < 5 || !stats.contains("19", "200")) {
            return found; // a full date before 2006 has at least five digits and a year 19xx or 200x
        }
        m = OLD_DATE.matcher(text.value());
        while (m.find()) {
            String year = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (year != null && Integer.parseInt(year) < 2006 && isDayMonth(m.group())
                    && !NOT_A_DATE_BEFORE.contains(Chars.wordBefore(text.value(), m.start()))) {
                text.blank(m.start(), m.end());
                found = true;
            }
        }
        return found;
    }

    /**
     * Whether the word before offset {@code i} is a person: a listed first name or surname, an initial ("S."), an
     * anonymising capital ("X"), or a word for a person ("medewerker", "collega").
     */
    private boolean afterPerson(String s, int i) {
        int end = i;
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        boolean dot = end > 0 && s.charAt(end - 1) == '.';
        int wordEnd = dot ? end - 1 : end;
        int start = wordEnd;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        if (start == wordEnd || (start > 0 && Character.isLetterOrDigit(s.charAt(start - 1)))) {
            return false;
        }
        String word = s.substring(start, wordEnd);
        if (word.length() == 1) {
            return Character.isUpperCase(word.charAt(0)); // "S. (1978)", "medewerker X (1982)"
        }
        String key = Lijsten.key(word);
        boolean capital = Character.isUpperCase(word.charAt(0));
        return capital && (lijsten.isAchternaam(key) || lijsten.isVoornaam(key))
                || NaamlijstDetector.FUNCTION_WORDS.contains(key);
    }

    /** Whether the numbers of the date can be a day and a month (not "12.5.1990" as an amount or version). */
    private static boolean isDayMonth(String date) {
        int[] numbers = new int[3];
        int count = 0;
        int current = -1;
        for (int i = 0; i <= date.length(); i++) {
            char c = i < date.length() ? date.charAt(i) : ' ';
            if (Chars.isDigit(c)) {
                current = (current < 0 ? 0 : current * 10) + (c - '0');
            } else if (current >= 0) {
                if (count < 3) {
                    numbers[count++] = current;
                }
                current = -1;
            }
        }
        if (count < 3) {
            return true; // month written out: "12 maart 1985"
        }
        int day = numbers[0] > 31 ? numbers[2] : numbers[0];
        int month = numbers[1];
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }
}
