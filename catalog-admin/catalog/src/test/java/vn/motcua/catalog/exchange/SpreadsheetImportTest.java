package vn.motcua.catalog.exchange;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.OnlineLevel;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.StepDefinition;
import vn.motcua.tenants.access.Role;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.motcua.catalog.exchange.Workbooks.procedure;
import static vn.motcua.catalog.exchange.Workbooks.row;

class SpreadsheetImportTest {

    private static final String ONLINE_LEVELS = "Toàn trình, Một phần or Không";

    @Test
    void each_bad_row_is_reported_at_its_cell_and_the_good_rows_are_imported() {
        byte[] xlsx = new Workbooks()
                .sheet("Hướng dẫn", row("Điền mỗi thủ tục vào một sheet, theo mẫu."))
                .sheet("Cấp phép", procedure("Cấp giấy phép lao động", "Một phần", 4,
                        row("0", "Công dân", "Nộp hồ sơ"),
                        row("1", "Bộ phận TN&TKQ cấp huyện", "Tiếp nhận", "0,5", "Huyện"),
                        row("2", "Chuyên viên Phòng LĐTBXH", "Thẩm định", 0.3, "Huyện"),
                        row("x", "Chuyên viên Phòng LĐTBXH", "Dự thảo", 1, "Huyện"),
                        row("3", "Lãnh đạo Phòng LĐTBXH", "Ký", 1.5, "Huyện"),
                        row("4", "Bộ phận TN&TKQ cấp huyện", "Trả kết quả", 1, "Huyện")))
                .sheet("Mức độ sai", procedure("Gia hạn giấy phép lao động", "Mức 4", 1,
                        row("1", "Chuyên viên", "Giải quyết", 1, "Huyện")))
                .sheet("Không tên", procedure("", "Toàn trình", 1,
                        row("1", "Chuyên viên", "Giải quyết", 1, "Huyện")))
                .bytes();

        ImportResult result = Catalogs.imported(xlsx);

        assertThat(result.errors()).extracting(RowError::sheet, RowError::cell, RowError::message).containsExactly(
                tuple("Cấp phép", "D11", "budget 0.3 is not a multiple of a quarter day"),
                tuple("Cấp phép", "A12", "step number 'x' is not like 1 or 1.2"),
                tuple("Mức độ sai", "B5", "unknown online level 'Mức 4': " + ONLINE_LEVELS),
                tuple("Không tên", "B1", "the procedure name is missing"));
        assertThat(result.errors()).extracting(RowError::problem).containsExactly(ImportProblem.DAYS_NOT_QUARTERS,
                ImportProblem.NUMBER_FORMAT, ImportProblem.ONLINE_LEVEL_UNKNOWN, ImportProblem.NAME_MISSING);
        assertThat(result.errors().get(0).args()).containsExactly(ImportProblem.Quantity.BUDGET, "0.3");
        assertThat(result.isClean()).isFalse();
        assertThat(result.draft().procedures()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Cấp giấy phép lao động");
            assertThat(p.nationalCode()).isNull();
            assertThat(p.field()).isEqualTo("Việc làm");
            assertThat(p.handlingLevel()).isEqualTo(AdministrativeLevel.DISTRICT);
            assertThat(p.onlineLevel()).isEqualTo(OnlineLevel.PARTIAL);
            assertThat(p.totalQuarters()).isEqualTo(16);
            assertThat(p.steps()).extracting(StepDefinition::number).containsExactly("0", "1", "3", "4");
            assertThat(p.steps().get(0).isCounted()).isFalse();
            assertThat(p.steps().get(0).actorRole()).isEqualTo(Role.CITIZEN);
            assertThat(p.steps().get(1).actorRole()).isEqualTo(Role.RECEPTION);
        });
        assertThat(result.errors().get(0)).hasToString("'Cấp phép'!D11: budget 0.3 is not a multiple of a quarter day");
    }

    @Test
    void budgets_take_a_decimal_comma_or_point_typed_as_text_or_number() {
        byte[] xlsx = new Workbooks().sheet("1", procedure("Thủ tục", "Toàn trình", "3,75",
                row("1", "Chuyên viên", "a", "0,5"),
                row("2", "Chuyên viên", "b", "0.25"),
                row("3", "Chuyên viên", "c", 1.25),
                row("4", "Chuyên viên", "d", " 1,75 "))).bytes();

        ImportResult result = Catalogs.imported(xlsx);

        assertThat(result.errors()).isEmpty();
        Procedure p = result.draft().procedures().get(0);
        assertThat(p.totalQuarters()).isEqualTo(15);
        assertThat(p.steps()).extracting(StepDefinition::budgetQuarters).containsExactly(2, 1, 5, 7);
    }

    @Test
    void step_numbers_typed_as_numbers_read_as_decisions_write_them() {
        byte[] xlsx = new Workbooks().sheet("1", procedure("Thủ tục", "Toàn trình", 1,
                row(1, "Chuyên viên", "a", 1),
                row(1.1, "Chuyên viên", "a.1", 0.5),
                row(1.2, "Chuyên viên", "a.2", 0.5))).bytes();

        Procedure p = Catalogs.imported(xlsx).draft().procedures().get(0);

        assertThat(p.steps()).extracting(StepDefinition::number).containsExactly("1", "1.1", "1.2");
        assertThat(p.steps()).extracting(StepDefinition::parentNumber).containsExactly(null, "1", "1");
    }

    @Test
    void labels_and_values_without_diacritics_in_any_order_below_a_title() {
        byte[] xlsx = new Workbooks().sheet("tthc", new Object[][]{
                row("PHỤ LỤC I - QUY TRÌNH NỘI BỘ"),
                row("MUC DO DVC:", "toan trinh"),
                row("Ten thu tuc:", "Đăng ký khai sinh"),
                row("Tong thoi gian", 1),
                row("Cap thuc hien", "cấp xã"),
                row(),
                row("Buoc", "Don vi thuc hien", "Noi dung", "Thoi gian", "Cap", "Vai tro"),
                row("1", "Văn phòng UBND xã", "Giải quyết", 1, "Phường", "lanh dao")}).bytes();

        ImportResult result = Catalogs.imported(xlsx);

        assertThat(result.errors()).isEmpty();
        Procedure p = result.draft().procedures().get(0);
        assertThat(p.name()).isEqualTo("Đăng ký khai sinh");
        assertThat(p.onlineLevel()).isEqualTo(OnlineLevel.FULL);
        assertThat(p.handlingLevel()).isEqualTo(AdministrativeLevel.COMMUNE);
        assertThat(p.steps().get(0).level()).isEqualTo(AdministrativeLevel.COMMUNE);
        assertThat(p.steps().get(0).actorRole()).as("the role column overrides the actor's wording").isEqualTo(Role.LEADER);
    }

    @Test
    void repeated_and_orphan_steps_unknown_levels_and_roles_are_row_errors() {
        byte[] xlsx = new Workbooks().sheet("S", procedure("Thủ tục", "Toàn trình", 1,
                row("1", "Chuyên viên", "a", 1, "Huyện"),
                row("1", "Chuyên viên", "again", 0, "Huyện"),
                row("2.1", "Chuyên viên", "orphan", 0, "Huyện"),
                row("3", "Chuyên viên", "c", 0, "Thôn"),
                row("4", "Chuyên viên", "d", -1),
                row("5", "Chuyên viên", "e", "nửa ngày"),
                row(null, "Chuyên viên", "no number", 0),
                row("1.2.3", "Chuyên viên", "too deep", 0))).bytes();

        assertThat(Catalogs.imported(xlsx).errors()).extracting(RowError::cell, RowError::message).containsExactly(
                tuple("A10", "step 1 appears twice"),
                tuple("A11", "sub-step 2.1 has no step 2 above it"),
                tuple("E12", "unknown level 'Thôn': Tỉnh, Huyện or Xã"),
                tuple("D13", "budget -1 is negative"),
                tuple("D14", "budget 'nửa ngày' is not a number of working days"),
                tuple("A15", "the step number is missing"),
                tuple("A16", "step number '1.2.3' is not like 1 or 1.2"));
    }

    @Test
    void a_step_table_without_a_budget_column_is_reported_at_its_header() {
        byte[] xlsx = new Workbooks().sheet("S", new Object[][]{
                row("Tên thủ tục", "Thủ tục"),
                row("Mức độ DVC", "Không"),
                row("Tổng thời gian (ngày làm việc)", 1),
                row("Bước", "Đơn vị/người thực hiện", "Nội dung công việc"),
                row("1", "Chuyên viên", "a", 1)}).bytes();

        ImportResult result = Catalogs.imported(xlsx);

        assertThat(result.errors()).extracting(RowError::cell, RowError::message).containsExactly(
                tuple("D4", "the step table has no column 'Thời gian (ngày làm việc)'"));
        assertThat(result.draft().procedures()).isEmpty();
    }

    @Test
    void missing_label_rows_point_at_the_top_of_the_sheet() {
        byte[] xlsx = new Workbooks().sheet("S", new Object[][]{
                row("Tên thủ tục", "Thủ tục"),
                row("Bước", "Đơn vị/người thực hiện", "Nội dung công việc", "Thời gian (ngày làm việc)")}).bytes();

        assertThat(Catalogs.imported(xlsx).errors()).extracting(RowError::cell, RowError::message).containsExactly(
                tuple("A1", "no 'Mức độ DVC' row above the step table"),
                tuple("A1", "no 'Tổng thời gian (ngày làm việc)' row above the step table"));
    }

    @Test
    void progress_counts_every_row_up_to_the_total() throws IOException {
        byte[] xlsx = Catalogs.xlsx(Catalogs.quangTri());
        List<int[]> calls = new ArrayList<>();

        SpreadsheetImport.read(Catalogs.TENANT, "import", new ByteArrayInputStream(xlsx),
                (done, total) -> calls.add(new int[]{done, total}));

        // the six rows of the cover sheet; per procedure ten label rows and the headers of the documents,
        // fees and steps tables, then its documents and every step
        int documents = 1 + 3 + 3 + 1 + 1;
        int rows = 6 + 5 * 13 + documents + 6 + 24 + 8 + 7 + 5;
        assertThat(calls).isNotEmpty().allSatisfy(c -> assertThat(c[1]).isEqualTo(rows));
        assertThat(calls).extracting(c -> c[0]).isSorted().startsWith(0).endsWith(rows);
    }

    @Test
    void a_file_that_is_not_an_xlsx_workbook_is_refused() {
        byte[] csv = "Tên thủ tục;Đăng ký khai sinh\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SpreadsheetImport.read(Catalogs.TENANT, "import", new ByteArrayInputStream(csv)))
                .isInstanceOf(IOException.class).hasMessageStartingWith("not an .xlsx workbook");
        assertThatThrownBy(() -> SpreadsheetImport.read(Catalogs.TENANT, "import", new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(IOException.class);
    }

    @Test
    void documents_fees_channels_postings_and_outcomes_as_an_office_types_them() {
        byte[] xlsx = new Workbooks().sheet("Hộ nghèo", new Object[][]{
                row("Tên thủ tục", "Công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm"),
                row("Mức độ DVC", "Toàn trình"),
                row("Tổng thời gian (ngày làm việc)", 13),
                row("Hình thức nộp hồ sơ", "Trực tuyến; trực tiếp"),
                row("Hinh thuc nhan ket qua", "truc tuyen"),
                row("Hình thức nhận thông báo", "Thư điện tử/Zalo/SMS"),
                row("Căn cứ pháp lý", "Quyết định 24/2021/QĐ-TTg"),
                row(),
                row("Thành phần hồ sơ", "Mẫu đơn, tờ khai", "Bản chính", "Bản sao", "Ghi chú"),
                row("Giấy đề nghị rà soát hộ nghèo, hộ cận nghèo", "Mẫu số 01, Quyết định 24/2021/QĐ-TTg", 1),
                row(),
                row("Phí, lệ phí", "Mức thu (đồng)", "Căn cứ pháp lý"),
                row("Không thu phí", "Miễn phí"),
                row("Bản sao giấy chứng nhận", "10.000 đồng"),
                row("Phí typed as a number", 2000),
                row(),
                row("Bước", "Đơn vị/người thực hiện", "Nội dung công việc", "Thời gian (ngày làm việc)", "Cấp", "Vai trò",
                        "Niêm yết (ngày làm việc)", "Kết quả xử lý"),
                row("1", "Công chức LĐTBXH tại Bộ phận TN&TKQ", "Tiếp nhận", 0.5, "Xã", null, null,
                        "Tiếp tục\nYêu cầu bổ sung: thiếu giấy tờ\nTừ chối"),
                row("2", "Ban giảm nghèo cấp xã", "Rà soát; niêm yết 3 ngày", 12.5, "Xã", null, "3",
                        "tiep tuc\nTrả về -> 1: dưới 50% đồng ý, rà soát lại"),
                row("3", "Lãnh đạo UBND cấp xã", "Ký quyết định", 0, "Xã", null, "Niêm yết")}).bytes();

        ImportResult result = Catalogs.imported(xlsx);

        assertThat(result.errors()).isEmpty();
        Procedure p = result.draft().procedures().get(0);
        assertThat(p.submissionChannels()).containsExactly(vn.motcua.catalog.version.Channel.ONLINE, vn.motcua.catalog.version.Channel.IN_PERSON);
        assertThat(p.resultChannels()).containsExactly(vn.motcua.catalog.version.Channel.ONLINE);
        assertThat(p.notificationChannels()).hasSize(3);
        assertThat(p.legalBasis()).isEqualTo("Quyết định 24/2021/QĐ-TTg");
        assertThat(p.documents()).containsExactly(new vn.motcua.catalog.version.RequiredDocument(
                "Giấy đề nghị rà soát hộ nghèo, hộ cận nghèo", "Mẫu số 01, Quyết định 24/2021/QĐ-TTg", 1, 0, null));
        assertThat(p.fees()).extracting(f -> f.description(), f -> f.amountVnd().toPlainString()).containsExactly(
                tuple("Không thu phí", "0"), tuple("Bản sao giấy chứng nhận", "10000"), tuple("Phí typed as a number", "2000"));
        StepDefinition reception = p.steps().get(0);
        assertThat(reception.outcomes()).extracting(o -> o.kind(), o -> o.label()).containsExactly(
                tuple(vn.motcua.catalog.version.OutcomeKind.PROCEED, null),
                tuple(vn.motcua.catalog.version.OutcomeKind.SUPPLEMENT, "thiếu giấy tờ"),
                tuple(vn.motcua.catalog.version.OutcomeKind.REFUSE, null));
        StepDefinition survey = p.steps().get(1);
        assertThat(survey.isPosting()).isTrue();
        assertThat(survey.postingDays()).isEqualByComparingTo("3");
        assertThat(survey.outcomes().get(1)).isEqualTo(new vn.motcua.catalog.version.StepOutcome(vn.motcua.catalog.version.OutcomeKind.RETURN,
                "1", "dưới 50% đồng ý, rà soát lại"));
        assertThat(p.steps().get(2).isPosting()).isTrue();
        assertThat(p.steps().get(2).postingDays()).as("a posting whose duration is not known yet").isNull();
    }

    @Test
    void a_bad_document_fee_channel_posting_or_outcome_costs_its_row_only() {
        byte[] xlsx = new Workbooks().sheet("S", new Object[][]{
                row("Tên thủ tục", "Thủ tục"),
                row("Mức độ DVC", "Một phần"),
                row("Tổng thời gian (ngày làm việc)", 2),
                row("Hình thức nộp hồ sơ", "Trực tuyến, fax"),
                row(),
                row("Thành phần hồ sơ", "Mẫu đơn, tờ khai", "Bản chính", "Bản sao"),
                row(null, "Mẫu 01", 1),
                row("Tờ khai", null, "một"),
                row("Giấy tờ khác", null, 1, 1),
                row(),
                row("Phí, lệ phí", "Mức thu (đồng)"),
                row("Lệ phí", -5),
                row("Phí", "8.5"),
                row("Phí khác"),
                row(),
                row("Bước", "Đơn vị/người thực hiện", "Nội dung công việc", "Thời gian (ngày làm việc)", "Cấp", "Vai trò",
                        "Niêm yết", "Kết quả xử lý"),
                row("1", "Chuyên viên", "a", 1, null, null, "ba ngày"),
                row("2", "Chuyên viên", "b", 1, null, null, null, "Duyệt"),
                row("3", "Chuyên viên", "c", 0, null, null, null, "Trả lại → bước 1"),
                row("4", "Chuyên viên", "d", 0, null, null, "0,3"),
                row("5", "Chuyên viên", "e", 1, null, null, null, "Trả lại → 1: Không đủ điều kiện")}).bytes();

        ImportResult result = Catalogs.imported(xlsx);

        assertThat(result.errors()).extracting(RowError::cell, RowError::problem).containsExactly(
                tuple("A7", ImportProblem.DOCUMENT_NAME_MISSING),
                tuple("C8", ImportProblem.COUNT_INVALID),
                tuple("B12", ImportProblem.FEE_AMOUNT_INVALID),
                tuple("B13", ImportProblem.FEE_AMOUNT_INVALID),
                tuple("B14", ImportProblem.FEE_AMOUNT_MISSING),
                tuple("B4", ImportProblem.CHANNEL_UNKNOWN),
                tuple("G17", ImportProblem.POSTING_INVALID),
                tuple("H18", ImportProblem.OUTCOME_UNKNOWN),
                tuple("H19", ImportProblem.OUTCOME_TARGET_FORMAT),
                tuple("G20", ImportProblem.DAYS_NOT_QUARTERS));
        assertThat(result.errors().get(5).message()).isEqualTo("unknown channel 'fax': Trực tuyến, Trực tiếp or Bưu chính công ích");
        assertThat(result.errors().get(9).message()).isEqualTo("posting 0.3 is not a multiple of a quarter day");
        Procedure p = result.draft().procedures().get(0);
        assertThat(p.submissionChannels()).containsExactly(vn.motcua.catalog.version.Channel.ONLINE);
        assertThat(p.documents()).extracting(d -> d.name()).containsExactly("Giấy tờ khác");
        assertThat(p.fees()).isEmpty();
        assertThat(p.steps()).extracting(StepDefinition::number).containsExactly("5");
    }
}
