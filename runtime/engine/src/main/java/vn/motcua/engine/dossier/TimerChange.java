package vn.motcua.engine.dossier;

import java.time.Instant;
import java.util.Objects;

/**
 * A timer a command asks for or withdraws. The next phase keeps timers as rows (due instant, lock
 * owner, lock expiry) that any server polls with {@code SELECT … FOR UPDATE SKIP LOCKED}; a
 * {@link Schedule} upserts the row of its key (a moved due replaces the old row), a {@link Cancel}
 * deletes it, and a fired row is deleted in the transaction of the command it runs, so it fires once.
 */
public sealed interface TimerChange {

    Key key();

    /** What a timer does when it fires. */
    enum Purpose {
        /** {@link Dossier#endPosting}: the posting's working days are over. */
        POSTING_END,
        /** {@link Dossier#aboutToBeLate}: the dossier enters its warning window. */
        ABOUT_TO_BE_LATE
    }

    /**
     * One timer of one dossier: at most one row per key.
     *
     * @param discriminator for a posting, which execution and posting ("2#1/1": step 2, pass 1, posting 1); else ""
     */
    record Key(String dossier, Purpose purpose, String discriminator) {
        public Key {
            Objects.requireNonNull(dossier, "dossier");
            Objects.requireNonNull(purpose, "purpose");
            discriminator = discriminator == null ? "" : discriminator;
        }
    }

    record Schedule(Key key, Instant at) implements TimerChange {
    }

    record Cancel(Key key) implements TimerChange {
    }
}
