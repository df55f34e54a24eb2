package vn.motcua.catalog.version;

/**
 * A way a dossier reaches the desk or a result reaches the citizen: the three every decision lists
 * (trực tuyến / trực tiếp / bưu chính công ích, e.g. Quảng Trị 71/QĐ-UBND appendix II).
 */
public enum Channel {
    /** trực tuyến: through the province's online public service portal. */
    ONLINE,
    /** trực tiếp: at the one-stop desk. */
    IN_PERSON,
    /** bưu chính công ích: the public postal service. */
    POSTAL
}
