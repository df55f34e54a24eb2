package vn.motcua.tenants.time;

import java.time.ZoneId;

/** Vietnam's time, the one every tenant works in: days, office hours and dates shown are read in it. */
public final class Vietnam {

    /** Indochina Time, UTC+7 all year (no daylight saving). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Vietnam() {
    }
}
