package vn.motcua.engine.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How a step or a dossier ended against its due instant (sớm hạn / đúng hạn / trễ hạn), as the
 * periodic report (form II.06a of Circular 01/2020/TT-VPCP) and the 766 index count it.
 *
 * <p>one-stop-rules.md reads "early = ended before the due instant, on time = at it, late = after
 * it". Instants never coincide, so "at it" is taken as the due's own working day: a step ended on
 * an earlier day than its due is early, one ended on the due's day by the due instant is on time,
 * one ended after the due instant is late. The day is the handling tenant's calendar day.
 */
public enum Lateness {
    EARLY, ON_TIME, LATE;

    public static Lateness of(Instant ended, Instant due, ZoneId zone) {
        if (ended.isAfter(due)) {
            return LATE;
        }
        return LocalDate.ofInstant(ended, zone).isBefore(LocalDate.ofInstant(due, zone)) ? EARLY : ON_TIME;
    }
}
