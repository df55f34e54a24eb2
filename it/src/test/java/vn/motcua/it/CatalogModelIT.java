package vn.motcua.it;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.StreamSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full procedure model in the provincial admin's browser: channels, documents, fees, a public
 * posting and a branch that returns the dossier survive saving, publishing and reopening, and
 * reach the API and the exported files; the new rules show next to their fields; a decision's
 * appendix with a bad row imports without that row and names it; the filters narrow the grid.
 * Every procedure a test adds has a name of its own and is valid, so other tests can still
 * publish Quảng Trị's draft.
 */
class CatalogModelIT extends BrowserTest {

    /** Unique per run: the suite shares one database. */
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

    @Test
    void a_posting_step_a_branch_a_fee_and_a_document_survive_save_publish_and_reopening() throws IOException {
        String name = "Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở — thử nghiệm " + RUN;
        String decision = "IT-" + RUN + "/QĐ-UBND";
        Page page = browser.loggedIn("qt.admin", "admin");
        page.click("#add-procedure");
        page.waitForSelector("#total-days");
        page.locator("#name textarea").fill(name);
        page.locator("#code input").fill("IT." + RUN);
        page.locator("#field input").fill("Bảo trợ xã hội");
        choose(page, "#handling-level", "Cấp xã");
        page.click("#submission-channels vaadin-checkbox:has-text('Trực tuyến')");
        page.click("#submission-channels vaadin-checkbox:has-text('Trực tiếp')");
        page.click("#result-channels vaadin-checkbox:has-text('Trực tuyến')");
        page.click("#notification-channels vaadin-checkbox:has-text('Tin nhắn SMS')");
        page.locator("#legal-basis textarea").fill("Nghị định 20/2021/NĐ-CP");

        page.click("#add-document");
        Locator document = page.locator(".document-row").first();
        document.locator(".document-name textarea").fill("Tờ khai đề nghị hỗ trợ về nhà ở");
        document.locator(".document-form textarea").fill("Mẫu số 06, Nghị định 20/2021/NĐ-CP");
        page.click("#add-fee");
        Locator fee = page.locator(".fee-row").first();
        fee.locator(".fee-description input").fill("Phí sao y giấy tờ");
        fee.locator(".fee-amount input").fill("2000");
        fee.locator(".fee-basis input").fill("Thông tư 226/2016/TT-BTC");

        Locator reception = page.locator(".step-row").nth(0);
        reception.locator(".step-actor textarea").fill("Công chức Văn hóa - xã hội tại Bộ phận TN&TKQ UBND cấp xã");
        reception.locator(".step-content textarea").fill("Tiếp nhận, kiểm tra hồ sơ");
        reception.locator(".step-days input").fill("0,5");
        addOutcome(page, reception, "Yêu cầu bổ sung", null);
        page.click("#add-step");
        Locator posting = page.locator(".step-row").nth(1);
        posting.locator(".step-actor textarea").fill("Công chức Văn hóa - xã hội");
        posting.locator(".step-content textarea").fill("Niêm yết danh sách hộ được hỗ trợ");
        posting.locator(".step-days input").fill("3");
        choose(page, posting.locator(".step-kind"), "Niêm yết công khai");
        posting.locator(".step-posting-days input").fill("2");
        page.click("#add-step");
        Locator signing = page.locator(".step-row").nth(2);
        signing.locator(".step-actor textarea").fill("Lãnh đạo UBND cấp xã");
        signing.locator(".step-content textarea").fill("Ký quyết định hỗ trợ");
        signing.locator(".step-days input").fill("0,5");
        addOutcome(page, signing, "Trả lại bước", "1");
        signing.locator(".outcome-label input").fill("Không đủ điều kiện");
        page.locator("#total-days input").fill("4");
        assertThat(page.locator("#step-sum")).containsText("4 / 4");
        page.waitForFunction("() => document.querySelector('#total-days').invalid === false");
        assertThat(page.locator("vaadin-text-field[invalid], vaadin-text-area[invalid], vaadin-select[invalid]")).hasCount(0);
        page.click("#save");
        page.waitForSelector("vaadin-notification-card:has-text('Đã lưu vào dự thảo')");

        publish(page, decision);

        // reopened from the grid, the editor shows what was saved
        page.locator("#procedure-search input").fill(RUN);
        page.click("vaadin-grid#procedures vaadin-grid-cell-content:has-text('" + name + "')");
        page.waitForSelector(".step-row >> nth=2");
        assertThat(page.locator("#name textarea")).hasValue(name);
        assertThat(page.locator("#submission-channels vaadin-checkbox:has-text('Trực tuyến')")).hasAttribute("checked", "");
        assertThat(page.locator("#submission-channels vaadin-checkbox:has-text('Bưu chính công ích')")).not().hasAttribute("checked", "");
        assertThat(page.locator("#notification-channels vaadin-checkbox:has-text('Tin nhắn SMS')")).hasAttribute("checked", "");
        assertThat(page.locator(".document-row .document-name textarea")).hasValue("Tờ khai đề nghị hỗ trợ về nhà ở");
        assertThat(page.locator(".fee-row .fee-amount input")).hasValue("2000");
        assertThat(page.locator(".step-row").nth(1).locator(".step-kind vaadin-select-value-button")).hasText("Niêm yết công khai");
        assertThat(page.locator(".step-row").nth(1).locator(".step-posting-days input")).hasValue("2");
        assertThat(page.locator(".step-row").nth(2).locator(".step-outcomes")).containsText("Kết quả xử lý (1)");
        Browser.screenshot(page, "admin-procedure-full-model");

        // the commune's desk and portals see it through the API
        JsonObject procedure = Api.get("/api/procedures", Api.token("haique.reception")).array().getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("name").equals(name)).findFirst().orElseThrow();
        assertThat(procedure.getString("decision")).isEqualTo(decision);
        assertThat(strings(procedure, "submissionChannels")).containsExactly("ONLINE", "IN_PERSON");
        assertThat(strings(procedure, "notificationChannels")).containsExactly("SMS");
        assertThat(procedure.getString("legalBasis")).isEqualTo("Nghị định 20/2021/NĐ-CP");
        assertThat(procedure.getJsonArray("documents").getJsonObject(0).getString("form")).isEqualTo("Mẫu số 06, Nghị định 20/2021/NĐ-CP");
        assertThat(procedure.getJsonArray("fees").getJsonObject(0).getJsonNumber("amountVnd").longValue()).isEqualTo(2000);
        List<JsonObject> steps = procedure.getJsonArray("steps").getValuesAs(JsonObject.class);
        assertThat(steps.get(1).getString("kind")).isEqualTo("POSTING");
        assertThat(steps.get(1).getJsonNumber("postingDays").intValue()).isEqualTo(2);
        assertThat(steps.get(0).getJsonArray("outcomes").getJsonObject(0).getString("kind")).isEqualTo("SUPPLEMENT");
        JsonObject back = steps.get(2).getJsonArray("outcomes").getJsonObject(0);
        assertThat(back.getString("kind")).isEqualTo("RETURN");
        assertThat(back.getString("to")).isEqualTo("1");

        // the published version downloads as YAML and as the appendix workbook, with every field
        page.navigate(TestStackSession.baseUrl() + "/admin/versions");
        // exactly the published version: the draft reopening it opened is titled after it
        page.click("vaadin-grid#versions vaadin-grid-cell-content:text-is('" + decision + "')");
        Download yaml = page.waitForDownload(() -> page.click("#version-export-yaml"));
        String text = Files.readString(yaml.path(), StandardCharsets.UTF_8);
        assertThat(yaml.suggestedFilename()).endsWith(".yaml");
        assertThat(text).contains("decision: " + decision, "name: " + name, "kind: posting", "posting_days: 2",
                "kind: return", "to: '1'", "amount: 2000", "form: Mẫu số 06, Nghị định 20/2021/NĐ-CP");
        Download xlsx = page.waitForDownload(() -> page.click("#version-export-xlsx"));
        try (InputStream in = Files.newInputStream(xlsx.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = StreamSupport.stream(workbook.spliterator(), false)
                    .filter(s -> s.getRow(0) != null && name.equals(s.getRow(0).getCell(1).getStringCellValue()))
                    .findFirst().orElseThrow();
            List<String> rows = StreamSupport.stream(sheet.spliterator(), false).map(CatalogModelIT::text).toList();
            assertThat(rows).contains("Phí sao y giấy tờ|2000|Thông tư 226/2016/TT-BTC", "Hình thức nhận thông báo|SMS");
            assertThat(rows).anyMatch(r -> r.startsWith("2|Công chức Văn hóa - xã hội|") && r.endsWith("|2"));
        }
    }

    @Test
    void a_posting_longer_than_its_step_a_negative_fee_and_a_branch_to_nowhere_show_next_to_their_fields() {
        Page page = browser.loggedIn("qt.admin", "admin");
        page.click("#add-procedure");
        page.waitForSelector("#total-days");
        page.locator("#name textarea").fill("Niêm yết thử " + RUN);
        Locator step = page.locator(".step-row").first();
        step.locator(".step-actor textarea").fill("Công chức Văn hóa - xã hội");
        step.locator(".step-days input").fill("2");
        page.locator("#total-days input").fill("2");
        choose(page, step.locator(".step-kind"), "Niêm yết công khai");
        step.locator(".step-posting-days input").fill("3");

        assertThat(step.locator(".step-posting-days [slot='error-message']"))
                .hasText("Niêm yết 3 ngày, dài hơn thời gian 2 ngày của bước 1.");
        assertThat(step.locator(".step-posting-days")).hasAttribute("invalid", "");

        page.click("#add-fee");
        page.locator(".fee-row .fee-amount input").fill("-5000");
        page.locator(".fee-row .fee-description input").fill("Lệ phí");
        assertThat(page.locator(".fee-row .fee-amount [slot='error-message']")).hasText("Mức thu không được âm.");

        step.locator(".step-posting-days input").fill("2");
        page.locator(".fee-row .fee-amount input").fill("0");
        page.waitForFunction("() => !document.querySelector('.step-posting-days').invalid");
        assertThat(page.locator(".fee-row .fee-amount")).not().hasAttribute("invalid", "");

        addOutcome(page, step, "Trả lại bước", "9");
        assertThat(step.locator(".outcome-target [slot='error-message']")).hasText("Không có bước 9.");
        Browser.screenshot(page, "admin-procedure-posting-error");
    }

    @Test
    void an_appendix_with_a_bad_row_imports_without_it_and_names_the_row_in_vietnamese() throws IOException {
        String name = "Đăng ký khai tử — nhập thử " + RUN;
        Path file = Files.createTempFile("appendix-", ".xlsx");
        Files.write(file, appendix(name));
        Page page = browser.loggedIn("qt.admin", "admin");
        page.waitForSelector("vaadin-grid#procedures");
        page.click("#import");
        page.setInputFiles("#import-upload input[type=file]", file);

        assertThat(page.locator("#import-summary")).hasText("Đọc được 1 thủ tục, 1 lỗi.");
        assertThat(page.locator("#import-errors .import-error"))
                .hasText("'Khai tử'!D18: Thời gian “không tính” không phải là số ngày làm việc.");
        page.waitForFunction("() => document.querySelector('#import-progress').value === 1");
        Browser.screenshot(page, "admin-import-errors");

        page.click("#import-apply");
        page.waitForSelector("vaadin-notification-card:has-text('Đã đưa vào dự thảo: thêm 1, cập nhật 0, xóa 0 thủ tục.')");
        page.waitForSelector("#version-status:has-text('dự thảo')");
        page.locator("#procedure-search input").fill(RUN);
        page.click("vaadin-grid#procedures vaadin-grid-cell-content:has-text('" + name + "')");
        page.waitForSelector(".fee-row");
        assertThat(page.locator(".step-row")).hasCount(2);
        assertThat(page.locator(".fee-row .fee-description input")).hasValue("Lệ phí đăng ký khai tử đúng hạn");
        assertThat(page.locator(".fee-row .fee-amount input")).hasValue("0");
        assertThat(page.locator("#submission-channels vaadin-checkbox:has-text('Bưu chính công ích')")).hasAttribute("checked", "");
    }

    @Test
    void the_filters_narrow_the_grid_in_the_query_and_combine_with_the_search() {
        Page page = browser.loggedIn("qt.admin", "admin");
        page.waitForSelector("vaadin-grid#procedures vaadin-grid-cell-content:has-text('" + Demo.VISIT_GRAVES + "')");

        choose(page, "#filter-online-level", "Một phần");
        gridShows(page, List.of(Demo.FUNERAL_SUPPORT), List.of(Demo.VISIT_GRAVES, Demo.MONTHLY_ALLOWANCE));
        choose(page, "#filter-online-level", "Mọi mức độ DVC");

        choose(page, "#filter-level", "Cấp huyện");
        gridShows(page, List.of(Demo.VISIT_GRAVES), List.of(Demo.MONTHLY_ALLOWANCE, Demo.FUNERAL_SUPPORT));
        choose(page, "#filter-level", "Mọi cấp thực hiện");

        // Phường 5's Tuesday covers the monthly allowance and the funeral support (appendix I of its plan)
        page.locator("#filter-service-day input").fill("Ngày dịch vụ công trực tuyến");
        page.click("vaadin-combo-box-item:visible:has-text('Phường 5')");
        gridShows(page, List.of(Demo.MONTHLY_ALLOWANCE, Demo.FUNERAL_SUPPORT), List.of(Demo.VISIT_GRAVES));
        Browser.screenshot(page, "admin-filter-service-day");

        page.locator("#procedure-search input").fill("tro cap xa hoi hang thang");
        page.waitForFunction("() => document.querySelector('vaadin-grid#procedures').size === 1");
        gridShows(page, List.of(Demo.MONTHLY_ALLOWANCE), List.of(Demo.FUNERAL_SUPPORT));
        page.locator("#procedure-search input").fill("");
        page.click("#filter-service-day [part~='clear-button']");

        page.locator("#filter-field input").fill("Lao động, Thương binh");
        page.click("vaadin-combo-box-item:visible:has-text('Lao động, Thương binh và Xã hội')");
        gridShows(page, List.of(Demo.VISIT_GRAVES, Demo.FUNERAL_SUPPORT), List.of());
        choose(page, "#filter-online-level", "Một phần");
        page.waitForFunction("() => document.querySelector('vaadin-grid#procedures').size === 1");
        gridShows(page, List.of(Demo.FUNERAL_SUPPORT), List.of(Demo.VISIT_GRAVES));
    }

    // --- helpers ---------------------------------------------------------------------------------

    /**
     * Waits until the grid shows every procedure of {@code shown} and none of {@code hidden}: the
     * texts of the cells on screen (the grid keeps cells of rows it no longer shows, hidden).
     */
    private static void gridShows(Page page, List<String> shown, List<String> hidden) {
        long deadline = System.currentTimeMillis() + 15_000;
        List<String> cells = List.of();
        while (System.currentTimeMillis() < deadline) {
            cells = page.locator("vaadin-grid#procedures .procedure-name:visible").allTextContents().stream()
                    .map(String::strip).toList();
            if (cells.containsAll(shown) && hidden.stream().noneMatch(cells::contains)) {
                return;
            }
            page.waitForTimeout(250);
        }
        Browser.screenshot(page, "admin-filter-failed");
        throw new AssertionError("the grid (size " + page.evaluate("() => document.querySelector('vaadin-grid#procedures').size")
                + ") should show " + shown + " and not " + hidden + ", it shows " + cells);
    }

    private static void choose(Page page, String select, String item) {
        choose(page, page.locator(select), item);
    }

    private static void choose(Page page, Locator select, String item) {
        select.click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText(item)).first().click();
    }

    /** Unfolds the step's outcomes, adds one of {@code kind}, and names its target step when given. */
    private static void addOutcome(Page page, Locator step, String kind, String target) {
        Locator details = step.locator(".step-outcomes");
        if (details.getAttribute("opened") == null) {
            details.locator("vaadin-details-summary").click();
        }
        step.locator(".add-outcome").click();
        Locator outcome = step.locator(".outcome-row").last();
        choose(page, outcome.locator(".outcome-kind"), kind);
        if (target != null) {
            outcome.locator(".outcome-target input").fill(target);
        }
    }

    private static void publish(Page page, String decision) {
        page.navigate(TestStackSession.baseUrl() + "/admin/");
        page.waitForSelector("#version-status:has-text('dự thảo')");
        page.click("#publish");
        page.locator("#decision-number input").fill(decision);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        page.evaluate("d => { const p = document.querySelector('#effective-from'); p.value = d; "
                + "p.dispatchEvent(new CustomEvent('change', {bubbles: true})); }", today);
        page.click("#confirm-publish");
        page.waitForSelector("#version-status:has-text('" + decision + "')");
    }

    private static List<String> strings(JsonObject object, String key) {
        return object.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    /** A row's cells joined by "|", numbers without a trailing ".0". */
    private static String text(Row row) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            var cell = row.getCell(c);
            String value = cell == null ? "" : switch (cell.getCellType()) {
                case NUMERIC -> new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
                case STRING -> cell.getStringCellValue();
                default -> "";
            };
            text.append(c == 0 ? "" : "|").append(value);
        }
        return text.toString().replaceAll("\\|+$", "");
    }

    /**
     * An appendix for a death registration as an office types it: the citizen's row has "không
     * tính" where a decision leaves the budget blank, the one bad row; without it the procedure
     * still adds up, so the draft stays publishable.
     */
    private static byte[] appendix(String name) throws IOException {
        Object[][] rows = {
                {"Tên thủ tục", name},
                {"Mã thủ tục", null},
                {"Lĩnh vực", "Hộ tịch"},
                {"Cấp thực hiện", "Xã"},
                {"Mức độ DVC", "Toàn trình"},
                {"Tổng thời gian (ngày làm việc)", 1},
                {"Hình thức nộp hồ sơ", "Trực tuyến, Trực tiếp, Bưu chính công ích"},
                {"Hình thức nhận kết quả", "Trực tuyến, Bưu chính công ích"},
                {},
                {"Thành phần hồ sơ", "Mẫu đơn, tờ khai", "Bản chính", "Bản sao"},
                {"Tờ khai đăng ký khai tử", "Mẫu ban hành kèm Thông tư của Bộ Tư pháp", 1, 0},
                {"Giấy báo tử hoặc giấy tờ thay giấy báo tử", null, 0, 1},
                {},
                {"Phí, lệ phí", "Mức thu (đồng)", "Căn cứ pháp lý"},
                {"Lệ phí đăng ký khai tử đúng hạn", "Miễn phí", "Luật Hộ tịch 2014, điều 11"},
                {},
                {"Bước", "Đơn vị/người thực hiện", "Nội dung công việc", "Thời gian (ngày làm việc)", "Cấp"},
                {"0", "Công dân", "Nộp hồ sơ", "không tính"},
                {"1", "Công chức tư pháp - hộ tịch tại Bộ phận TN&TKQ", "Tiếp nhận, kiểm tra hồ sơ", "0,5", "Xã"},
                {"2", "Chủ tịch UBND xã", "Ký trích lục khai tử", "0,5", "Xã"}};
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Khai tử");
            for (int r = 0; r < rows.length; r++) {
                if (rows[r].length == 0) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
