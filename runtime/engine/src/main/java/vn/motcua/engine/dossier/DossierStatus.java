package vn.motcua.engine.dossier;

/**
 * Where a dossier stands, one-to-one with the ten statuses the National Public Service Portal syncs
 * (one-stop-rules.md, "the ten codes synced"): every status the runtime holds is one the portal
 * knows, so a sync never has to rewrite one (the pitfall of existing systems that send 5, 6 and 8
 * as 9). What a dossier may do in each status is the {@link Lifecycle} table.
 *
 * @see Lifecycle
 */
public enum DossierStatus {

    /** Submitted online (or registered from the post) and not yet checked by the desk. */
    NEWLY_REGISTERED(1, "Mới đăng ký"),
    /** Accepted as complete at the desk; the receipt's appointment runs; no one has taken it up yet. */
    RECEIVED(2, "Đã tiếp nhận"),
    /** Refused at reception: the citizen could not complete it (71/QĐ-UBND step 1 (iii)). Final. */
    NOT_RECEIVED(3, "Không được tiếp nhận"),
    /** A step after reception is under way. */
    PROCESSING(4, "Đang xử lý"),
    /** Waiting for the citizen to add or correct documents; the clock is paused. */
    AWAITING_SUPPLEMENT(5, "Chờ bổ sung hồ sơ"),
    /** Waiting for the citizen to pay a fee or tax; the clock is paused. */
    AWAITING_FINANCIAL_OBLIGATION(6, "Chờ thực hiện nghĩa vụ tài chính"),
    /** Withdrawn at the citizen's request. Final. */
    WITHDRAWN(7, "Đã rút hồ sơ"),
    /** Processing stopped by the authority (Decree 118/2025 art. 21(2), form 05). Final. */
    STOPPED(8, "Dừng xử lý"),
    /** Processing ended: the result, an unresolved answer or a refusal waits at the desk. */
    PROCESSED(9, "Đã xử lý xong"),
    /** The result was handed over by the channel the citizen chose. Final. */
    RESULT_RETURNED(10, "Đã trả kết quả");

    private final int portalCode;
    private final String vietnameseName;

    DossierStatus(int portalCode, String vietnameseName) {
        this.portalCode = portalCode;
        this.vietnameseName = vietnameseName;
    }

    /** The code the National Public Service Portal uses for this status (1–10). */
    public int portalCode() {
        return portalCode;
    }

    /** The status as the desk shows it in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** Whether no command applies any more: the dossier's story is over. */
    public boolean isFinal() {
        return this == NOT_RECEIVED || this == WITHDRAWN || this == STOPPED || this == RESULT_RETURNED;
    }

    public static DossierStatus ofPortalCode(int code) {
        for (DossierStatus status : values()) {
            if (status.portalCode == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("The portal has no dossier status " + code + " (1–10)");
    }
}
