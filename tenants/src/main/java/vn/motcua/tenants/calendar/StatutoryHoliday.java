package vn.motcua.tenants.calendar;

/** The public holidays of Labour Code 2019 art. 112(1), by name, for display in either language. */
public enum StatutoryHoliday {
    /** Tết Dương lịch, 1 January. */
    NEW_YEAR,
    /** Tết Âm lịch: the last day of the lunar year and days 1 to 4 of the first lunar month. */
    TET,
    /** Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month. */
    HUNG_KINGS,
    /** Ngày Chiến thắng, 30 April. */
    VICTORY_DAY,
    /** Ngày Quốc tế Lao động, 1 May. */
    LABOUR_DAY,
    /** Quốc khánh, 2 September and the adjacent day the year's decision places. */
    NATIONAL_DAY
}
