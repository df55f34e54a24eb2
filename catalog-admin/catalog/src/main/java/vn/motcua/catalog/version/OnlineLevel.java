package vn.motcua.catalog.version;

/** Mức độ dịch vụ công trực tuyến (Decree 42/2022/NĐ-CP art. 11). */
public enum OnlineLevel {
    /** toàn trình: the whole procedure runs online. */
    FULL,
    /** một phần: part of it needs the citizen in person. */
    PARTIAL,
    /** only information is online. */
    NONE
}
