package vn.motcua.catalog.version;

/** The level of government that handles a procedure or a step (cấp tỉnh / huyện / xã). */
public enum AdministrativeLevel {
    PROVINCE, DISTRICT, COMMUNE
}
