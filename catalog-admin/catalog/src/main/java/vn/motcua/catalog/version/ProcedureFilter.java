package vn.motcua.catalog.version;

/**
 * What the procedure grid is narrowed to; every part is optional (null), and they combine.
 *
 * @param search       matches name, national code and field regardless of case and diacritics
 * @param field        the field (lĩnh vực), exactly as the catalog writes it
 * @param serviceDayId a weekly service day of the caller's tenant or one it supervises: the
 *                     procedures it covers
 */
public record ProcedureFilter(String search, String field, AdministrativeLevel handlingLevel, OnlineLevel onlineLevel,
                              Long serviceDayId) {

    public static final ProcedureFilter NONE = new ProcedureFilter(null, null, null, null, null);

    public static ProcedureFilter search(String search) {
        return new ProcedureFilter(search, null, null, null, null);
    }
}
