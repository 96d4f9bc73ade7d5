package nl.jbr.integriteit.normalise.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth: a date (or year) after a word that says so ({@code geboren 12-03-1985}, {@code geb. 3 mrt '85},
 * {@code geboortedatum: 1985-03-12}, {@code ° 12/3/1985}, {@code DOB 12.03.1985}), and any complete calendar date
 * before 2006 ({@code 12 maart 1985}, {@code 12-3-1985}): incidents are recent, so a full date that old in an
 * incident description is a date of birth (or another date in someone's life, which identifies just as well).
 * Years alone ({@code tussen 1998 en 2003}) and recent dates ({@code 01-03-2024}) are not flagged.
 */
final class GeboortedatumDetector implements Detector {

    private static final String MONTH = "(?i:jan(?:uari)?|feb(?:ruari)?|mrt|maart|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?"
            + "|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct|nov(?:ember)?|dec(?:ember)?)\\.?";

    private static final String YEAR = "(?:19|20)\\d{2}";

    /** A complete date, in numbers or with the month written out; group 1 is the four-digit year (when given). */
    private static final String DATE =
            "(?:\\d{1,2}\\h?[-./]\\h?\\d{1,2}\\h?[-./]\\h?(" + YEAR + ")"
            + "|(" + YEAR + ")\\h?[-./]\\h?\\d{1,2}\\h?[-./]\\h?\\d{1,2}"
            + "|\\d{1,2}\\h+" + MONTH + "\\h*,?\\h*(" + YEAR + ")"
            + "|\\d{1,2}\\h?[-./]\\h?\\d{1,2}\\h?[-./]\\h?['’]?\\d{2}"
            + "|\\d{1,2}\\h+" + MONTH + "\\h*['’]\\d{2})";

    private static final Pattern LABELLED = Pattern.compile(
            "(?i:geboren|geb\\.?|geboortedatum|geboortedag|geb\\.?\\h?datum|gebdat|geboortejaar|dob|date\\h+of\\h+birth"
            + "|jarig)\\h*(?:op|in|:|\\(|te\\h+\\p{L}+\\h*(?:op|in)?)?\\h*(?:" + DATE + "|\\d{1,2}\\h+" + MONTH + "|"
            + YEAR + ")(?![\\w])"
            + "|°\\h*(?:" + DATE + ")");

    private static final Pattern OLD_DATE = Pattern.compile("(?<![\\w./-])" + DATE + "(?![\\w]|[-./]\\d)");

    /** Words before a dotted number that make it a version or reference, not a date ("versie 12.5.1990"). */
    private static final java.util.Set<String> NOT_A_DATE_BEFORE = java.util.Set.of(
            "versie", "release", "build", "v", "artikel", "art", "paragraaf", "hoofdstuk", "nummer", "nr");

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
