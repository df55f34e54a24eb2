package vn.motcua.catalog.serviceday;

/** What a weekly service day changes at the desk (Phường 5's plan, 2023). */
public enum ServiceDayMode {
    /** Ngày dịch vụ công trực tuyến: staff help citizens submit online themselves. */
    ASSISTED_ONLINE,
    /** Ngày không viết - không hẹn: complete dossiers resolved the same day; helpers write forms. */
    SAME_DAY
}
