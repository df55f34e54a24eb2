package vn.motcua.catalog.exchange;

import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.NotificationChannel;
import vn.motcua.catalog.version.OnlineLevel;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.catalog.version.SearchText;
import vn.motcua.tenants.access.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of a procedure sheet, in one place so that what {@link SpreadsheetExport} writes is
 * exactly what {@link SpreadsheetImport} reads. Export writes the Vietnamese labels and values a
 * provincial office uses; import compares them without case and diacritics ({@link SearchText}),
 * because a sheet typed on a keyboard without Vietnamese input ("Muc do DVC", "toan trinh") is
 * still meant the same way, and also accepts the English names the API uses.
 */
final class ProcedureSheetLayout {

    /** The procedure's own attributes: label in column A, value in column B, above the step table. */
    enum Label {
        NAME("Tên thủ tục"),
        CODE("Mã thủ tục"),
        FIELD("Lĩnh vực"),
        HANDLING_LEVEL("Cấp thực hiện"),
        ONLINE_LEVEL("Mức độ DVC", "Mức độ"),
        TOTAL("Tổng thời gian (ngày làm việc)", "Tổng thời gian"),
        SUBMISSION("Hình thức nộp hồ sơ", "Hình thức nộp"),
        RESULT("Hình thức nhận kết quả", "Hình thức nhận kết quả"),
        NOTIFICATION("Hình thức nhận thông báo", "Hình thức nhận thông báo"),
        LEGAL_BASIS("Căn cứ pháp lý");

        final String text;
        private final String key;

        Label(String text) {
            this(text, text);
        }

        Label(String text, String prefix) {
            this.text = text;
            this.key = SearchText.fold(prefix);
        }

        /** The label a cell's text starts with ("Tên thủ tục:" and "TÊN THỦ TỤC" both name the procedure), or null. */
        static Label of(String cellText) {
            String folded = SearchText.fold(cellText);
            for (Label label : values()) {
                if (folded.startsWith(label.key)) {
                    return label;
                }
            }
            return null;
        }
    }

    /**
     * The small tables above the step table: the dossier's documents and the fees. Each starts at
     * the row whose column A says its title, with the columns in this order, and ends at the
     * first blank row.
     */
    enum Table {
        DOCUMENTS("Thành phần hồ sơ", "Mẫu đơn, tờ khai", "Bản chính", "Bản sao", "Ghi chú"),
        FEES("Phí, lệ phí", "Mức thu (đồng)", "Căn cứ pháp lý");

        final List<String> headers;
        private final String key;

        Table(String... headers) {
            this.headers = List.of(headers);
            this.key = SearchText.fold(headers[0]);
        }

        /** The table a row's first cell starts, or null; the whole cell must say the title. */
        static Table startedBy(String firstCellText) {
            String folded = SearchText.fold(firstCellText).replaceAll("[:.]$", "");
            for (Table table : values()) {
                if (folded.equals(table.key)) {
                    return table;
                }
            }
            return null;
        }
    }

    /** The step table's columns, in the order export writes them; import finds them by their header. */
    enum Column {
        NUMBER("Bước"),
        ACTOR("Đơn vị/người thực hiện", "Đơn vị"),
        CONTENT("Nội dung công việc", "Nội dung"),
        BUDGET("Thời gian (ngày làm việc)", "Thời gian"),
        LEVEL("Cấp"),
        ROLE("Vai trò"),
        /** Blank: the step is a task; a number of working days: it posts publicly for that long. */
        POSTING("Niêm yết (ngày làm việc)", "Niêm yết"),
        /** One outcome per line: "Trả lại → 6.3: Không đủ điều kiện". */
        OUTCOMES("Kết quả xử lý", "Kết quả");

        /** Without them a step is not a step; the others may be left out of a sheet. */
        static final List<Column> REQUIRED = List.of(NUMBER, ACTOR, CONTENT, BUDGET);

        final String text;
        private final String key;

        Column(String text) {
            this(text, text);
        }

        Column(String text, String prefix) {
            this.text = text;
            this.key = SearchText.fold(prefix);
        }

        static Column of(String headerText) {
            String folded = SearchText.fold(headerText);
            for (Column column : values()) {
                if (folded.startsWith(column.key)) {
                    return column;
                }
            }
            return null;
        }

        /** A row is the step table's header when its first cell says "Bước". */
        static boolean isHeader(String firstCellText) {
            return of(firstCellText) == NUMBER;
        }
    }

    private static final Map<OnlineLevel, String> ONLINE_LEVELS = Map.of(
            OnlineLevel.FULL, "Toàn trình",
            OnlineLevel.PARTIAL, "Một phần",
            OnlineLevel.NONE, "Không");

    private static final Map<AdministrativeLevel, String> LEVELS = Map.of(
            AdministrativeLevel.PROVINCE, "Tỉnh",
            AdministrativeLevel.DISTRICT, "Huyện",
            AdministrativeLevel.COMMUNE, "Xã");

    /** Wards and townships are commune-level units. */
    private static final Map<String, AdministrativeLevel> LEVEL_SYNONYMS = Map.of(
            "phuong", AdministrativeLevel.COMMUNE,
            "thi tran", AdministrativeLevel.COMMUNE);

    private static final Map<String, String> ROLES = Map.of(
            Role.RECEPTION, "Tiếp nhận",
            Role.SPECIALIST, "Chuyên viên",
            Role.LEADER, "Lãnh đạo",
            Role.CITIZEN, "Công dân");

    private static final Map<Channel, String> CHANNELS = Map.of(
            Channel.ONLINE, "Trực tuyến",
            Channel.IN_PERSON, "Trực tiếp",
            Channel.POSTAL, "Bưu chính công ích");

    private static final Map<String, Channel> CHANNEL_SYNONYMS = Map.of(
            "buu chinh", Channel.POSTAL,
            "online", Channel.ONLINE,
            "in person", Channel.IN_PERSON);

    private static final Map<NotificationChannel, String> NOTIFICATIONS = Map.of(
            NotificationChannel.EMAIL, "Thư điện tử",
            NotificationChannel.ZALO, "Zalo",
            NotificationChannel.SMS, "SMS");

    private static final Map<String, NotificationChannel> NOTIFICATION_SYNONYMS = Map.of(
            "e-mail", NotificationChannel.EMAIL,
            "tin nhan sms", NotificationChannel.SMS,
            "tin nhan zalo", NotificationChannel.ZALO);

    private static final Map<OutcomeKind, String> OUTCOMES = Map.of(
            OutcomeKind.PROCEED, "Tiếp tục",
            OutcomeKind.RETURN, "Trả lại",
            OutcomeKind.SUPPLEMENT, "Yêu cầu bổ sung",
            OutcomeKind.REFUSE, "Từ chối");

    private static final Map<String, OutcomeKind> OUTCOME_SYNONYMS = Map.of(
            "tra ve", OutcomeKind.RETURN,
            "tra khong giai quyet", OutcomeKind.RETURN,
            "bo sung", OutcomeKind.SUPPLEMENT);

    /** What the posting column says of a posting step whose duration is not given yet. */
    static final String POSTING_WITHOUT_DAYS = "Niêm yết";

    /** What the fee amount says of a free fee. */
    static final String FREE = "Miễn phí";

    private ProcedureSheetLayout() {
    }

    /** "Trực tuyến, Trực tiếp, Bưu chính công ích", in declaration order; null for none. */
    static String channelsText(Set<Channel> channels) {
        return join(channels.stream().map(CHANNELS::get).toList());
    }

    /** Null when the text names no channel. */
    static Channel channel(String text) {
        Channel synonym = CHANNEL_SYNONYMS.get(SearchText.fold(text));
        return synonym != null ? synonym : matching(CHANNELS, text);
    }

    static String notificationsText(Set<NotificationChannel> channels) {
        return join(channels.stream().map(NOTIFICATIONS::get).toList());
    }

    static NotificationChannel notification(String text) {
        NotificationChannel synonym = NOTIFICATION_SYNONYMS.get(SearchText.fold(text));
        return synonym != null ? synonym : matching(NOTIFICATIONS, text);
    }

    static String outcomeText(OutcomeKind kind) {
        return OUTCOMES.get(kind);
    }

    /** Null when the text names no outcome. */
    static OutcomeKind outcome(String text) {
        OutcomeKind synonym = OUTCOME_SYNONYMS.get(SearchText.fold(text));
        return synonym != null ? synonym : matching(OUTCOMES, text);
    }

    /** The items of a list cell: separated by commas, semicolons, slashes or lines. */
    static List<String> items(String text) {
        return Arrays.stream(text.split("[,;/\\n]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String join(List<String> texts) {
        return texts.isEmpty() ? null : String.join(", ", texts);
    }

    static String onlineLevelText(OnlineLevel level) {
        return ONLINE_LEVELS.get(level);
    }

    /** Null when the text names no online level. */
    static OnlineLevel onlineLevel(String text) {
        return matching(ONLINE_LEVELS, text);
    }

    static String levelText(AdministrativeLevel level) {
        return level == null ? null : LEVELS.get(level);
    }

    /** Null when the text names no level; "Cấp huyện", "huyen" and "district" all name the district. */
    static AdministrativeLevel level(String text) {
        String folded = SearchText.fold(text);
        String withoutPrefix = folded.startsWith("cap ") ? folded.substring(4) : folded;
        AdministrativeLevel synonym = LEVEL_SYNONYMS.get(withoutPrefix);
        return synonym != null ? synonym : matching(LEVELS, withoutPrefix);
    }

    /** The Vietnamese name of a known role, or the role itself when it has none. */
    static String roleText(String role) {
        return ROLES.getOrDefault(role, role);
    }

    /** The role a cell names, by its Vietnamese name or its code; null when it names none. */
    static String role(String text) {
        String folded = SearchText.fold(text);
        return ROLES.entrySet().stream()
                .filter(e -> folded.equals(e.getKey()) || folded.equals(SearchText.fold(e.getValue())))
                .map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static <E extends Enum<E>> E matching(Map<E, String> names, String text) {
        String folded = SearchText.fold(text);
        return names.entrySet().stream()
                .filter(e -> folded.equals(SearchText.fold(e.getValue())) || folded.equals(SearchText.fold(e.getKey().name())))
                .map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
