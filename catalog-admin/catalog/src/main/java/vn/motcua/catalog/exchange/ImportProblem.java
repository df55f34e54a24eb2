package vn.motcua.catalog.exchange;

/**
 * What can be wrong with a cell of an imported workbook. The English text is a
 * {@link java.text.MessageFormat} pattern for the API and logs; a UI translates by the constant
 * ({@code import.<CONSTANT>}) with the same arguments.
 */
public enum ImportProblem {
    NO_COLUMN("the step table has no column ''{0}''"),
    NO_LABEL("no ''{0}'' row above the step table"),
    NAME_MISSING("the procedure name is missing"),
    ONLINE_LEVEL_MISSING("the online level is missing: Toàn trình, Một phần or Không"),
    ONLINE_LEVEL_UNKNOWN("unknown online level ''{0}'': Toàn trình, Một phần or Không"),
    TOTAL_MISSING("the total working days are missing"),
    LEVEL_UNKNOWN("unknown level ''{0}'': Tỉnh, Huyện or Xã"),
    CHANNEL_UNKNOWN("unknown channel ''{0}'': Trực tuyến, Trực tiếp or Bưu chính công ích"),
    NOTIFICATION_UNKNOWN("unknown notification channel ''{0}'': Thư điện tử, Zalo or SMS"),
    NUMBER_AS_DATE("Excel took the step number for a date: format the column as Text and type it again"),
    NUMBER_MISSING("the step number is missing"),
    NUMBER_FORMAT("step number ''{0}'' is not like 1 or 1.2"),
    NUMBER_DUPLICATE("step {0} appears twice"),
    NO_PARENT("sub-step {0} has no step {1} above it"),
    /** {0} is a {@link Quantity}. */
    DAYS_NOT_NUMBER("{0} ''{1}'' is not a number of working days"),
    DAYS_NEGATIVE("{0} {1} is negative"),
    DAYS_NOT_QUARTERS("{0} {1} is not a multiple of a quarter day"),
    ROLE_UNKNOWN("unknown role ''{0}'': Tiếp nhận, Chuyên viên, Lãnh đạo or Công dân"),
    POSTING_INVALID("''{0}'' is not a posting duration: a number of working days, or Niêm yết"),
    OUTCOME_UNKNOWN("unknown outcome ''{0}'': Tiếp tục, Trả lại, Yêu cầu bổ sung or Từ chối, one per line"),
    OUTCOME_TARGET_FORMAT("outcome ''{0}'' goes to ''{1}'', which is not a step number like 1 or 4.2"),
    DOCUMENT_NAME_MISSING("the document's name is missing"),
    COUNT_INVALID("''{0}'' is not a number of originals or copies"),
    FEE_DESCRIPTION_MISSING("the fee's description is missing"),
    FEE_AMOUNT_MISSING("the fee's amount is missing: a number of đồng, or Miễn phí"),
    FEE_AMOUNT_INVALID("''{0}'' is not an amount of đồng: a whole number, 0 or more, or Miễn phí");

    private final String english;

    ImportProblem(String english) {
        this.english = english;
    }

    /** The English pattern. */
    public String pattern() {
        return english;
    }

    /** A number of working days the sheet states, named in {@link #DAYS_NOT_NUMBER} and its kin. */
    public enum Quantity {
        BUDGET("budget"), TOTAL("total"), POSTING("posting");

        private final String english;

        Quantity(String english) {
            this.english = english;
        }

        @Override
        public String toString() {
            return english;
        }
    }
}
