package vn.motcua.engine.dossier;

import vn.motcua.tenants.problem.InvalidInput;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code a dossier is known by on the receipt, the portal and every form:
 * {@code <receiving unit's electronic identification code>-<yyMMdd>-<daily sequence>}, e.g.
 * {@code 000.00.23.H50-240115-0007}, the 7th dossier the unit received on 15/01/2024
 * (one-stop-rules.md, "Dossier code"; Circular 03/2025/TT-VPCP). The sequence has at least four
 * digits and is gap-free per unit and day (the next phase keeps it in one counter row per unit and
 * day); the day is the receiving unit's calendar day, in Vietnam's time zone.
 *
 * <p>The unit's code is the agency's electronic identification code (in the 2018 layout
 * {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}): letters and digits in dot-separated groups, never a hyphen, so
 * a code splits unambiguously. The nationally centralised layout
 * {@code …-yyMMdd-AAXXXX} (Circular 04/2025 art. 13(3)) parses too: its six digits are a sequence.
 */
public record DossierCode(String unitCode, LocalDate day, int sequence) {

    private static final Pattern UNIT = Pattern.compile("[A-Z0-9]+(?:\\.[A-Z0-9]+)*");
    private static final Pattern CODE = Pattern.compile("(" + UNIT.pattern() + ")-(\\d{6})-(\\d{4,9})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuMMdd").withResolverStyle(ResolverStyle.STRICT);

    public DossierCode {
        Objects.requireNonNull(day, "day");
        if (unitCode == null || !UNIT.matcher(unitCode).matches()) {
            throw new InvalidInput("unitCode", "a unit's electronic identification code is letters and digits in"
                    + " dot-separated groups (e.g. 000.00.23.H50): \"" + unitCode + "\"");
        }
        if (sequence < 1) {
            throw new InvalidInput("sequence", "a dossier's daily sequence starts at 1: " + sequence);
        }
        if (day.getYear() < 2000 || day.getYear() > 2099) {
            throw new InvalidInput("day", "a dossier code's two-digit year covers 2000–2099: " + day);
        }
    }

    /**
     * Reads a code as printed on a receipt.
     *
     * @throws InvalidInput (field {@code code}) naming what is wrong
     */
    public static DossierCode parse(String code) {
        Matcher m = code == null ? null : CODE.matcher(code.trim());
        if (m == null || !m.matches()) {
            throw new InvalidInput("code", "a dossier code is <unit code>-<yyMMdd>-<sequence of at least 4 digits>,"
                    + " e.g. 000.00.23.H50-240115-0007: \"" + code + "\"");
        }
        if (m.group(3).length() > 4 && m.group(3).startsWith("0")) {
            throw new InvalidInput("code", "a dossier code's sequence has four digits, more only when it needs them: \""
                    + code + "\"");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(m.group(2), DAY);
        } catch (DateTimeException e) {
            throw new InvalidInput("code", "the date of dossier code \"" + code + "\" is not a day: " + m.group(2));
        }
        return new DossierCode(m.group(1), day, Integer.parseInt(m.group(3)));
    }

    @Override
    public String toString() {
        return unitCode + "-" + DAY.format(day) + "-" + "%04d".formatted(sequence);
    }
}
