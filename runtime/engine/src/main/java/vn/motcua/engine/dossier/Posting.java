package vn.motcua.engine.dossier;

import java.time.Instant;
import java.util.Objects;

/**
 * One public posting of a posting step (niêm yết công khai): the list went up at {@code startedAt}
 * and comes down by itself at {@code endsAt}, the posting's working days later on the handling
 * tenant's calendar, and with it the step ends by itself. A complaint recorded while it is up does
 * not shorten it, but the step then waits for its handler, who re-checks (phúc tra) and either posts
 * the re-checked list again (a new posting, 71/QĐ-UBND poverty recognition: "niêm yết công khai kết
 * quả phúc tra … 03 ngày làm việc") or ends the step. A step never ends while its list is up.
 *
 * <p>The posting runs inside the step's budget, as the decision counts it: the monthly allowance's
 * step 2 is the 2 days' posting itself, and its 22 days are 7 + 2 + 3 + 6 + 3 + 1; the poverty
 * recognitions post 3 days within step 2's 12.5 (resp. 14) days of their 15.
 *
 * @param number    1 for the first posting of the step execution, 2 for a re-posting
 * @param complaint the complaint recorded while it was up, or null
 * @param endedAt   when it came down, null while up
 */
public record Posting(int number, Instant startedAt, Instant endsAt, String complaint, Instant endedAt) {

    public Posting {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endsAt, "endsAt");
    }

    public boolean isUp() {
        return endedAt == null;
    }

    public boolean hasComplaint() {
        return complaint != null;
    }

    Posting withComplaint(String text) {
        return new Posting(number, startedAt, endsAt, text, endedAt);
    }

    Posting ended(Instant at) {
        return new Posting(number, startedAt, endsAt, complaint, at);
    }
}
