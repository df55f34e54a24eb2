package vn.motcua.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Working days as an admin reads and types them, the one way every field, placeholder, message and
 * total of the admin writes them: with a decimal comma in Vietnamese ("2,75"), a decimal point in
 * English ("2.75"). Typed, either mark is read as the decimal separator in both languages — a
 * budget never needs a thousands separator — so "1.5" typed on a Vietnamese screen is 1,5, not 15
 * and not nothing; anything else is unreadable and said so next to the field.
 */
public final class WorkingDaysFormat {

    /** An optional sign, up to six digits, then optionally a comma or point and up to six digits. */
    private static final Pattern NUMBER = Pattern.compile("([+-]?)(\\d{0,6})(?:[.,](\\d{0,6}))?");

    private WorkingDaysFormat() {
    }

    /** What a field holds: the days typed (null when empty), or that the text is no number of days. */
    public record Reading(BigDecimal days, boolean readable) {

        static final Reading EMPTY = new Reading(null, true);
        static final Reading UNREADABLE = new Reading(null, false);
    }

    /** "2,75" in Vietnamese, "2.75" in English, "" for none; never an exponent ("10", not "1E+1"). */
    public static String format(BigDecimal days, Locale locale) {
        if (days == null) {
            return "";
        }
        String plain = days.stripTrailingZeros().toPlainString();
        return plain.replace('.', separator(locale));
    }

    /** Reads what an admin typed; blanks around the number and inside it are ignored. */
    public static Reading parse(String text, Locale locale) {
        String typed = text == null ? "" : text.replaceAll("\\s+", "");
        if (typed.isEmpty()) {
            return Reading.EMPTY;
        }
        Matcher m = NUMBER.matcher(typed);
        if (!m.matches()) {
            return Reading.UNREADABLE;
        }
        String whole = m.group(2);
        String fraction = m.group(3) == null ? "" : m.group(3);
        if (whole.isEmpty() && fraction.isEmpty()) {
            return Reading.UNREADABLE;
        }
        BigDecimal days = new BigDecimal((whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction));
        return new Reading(m.group(1).equals("-") ? days.negate() : days, true);
    }

    /** The decimal separator the language writes. */
    public static char separator(Locale locale) {
        return locale != null && locale.getLanguage().equals("vi") ? ',' : '.';
    }
}
