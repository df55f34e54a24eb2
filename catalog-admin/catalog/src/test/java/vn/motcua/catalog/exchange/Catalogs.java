package vn.motcua.catalog.exchange;

import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.Fee;
import vn.motcua.catalog.version.NotificationChannel;
import vn.motcua.catalog.version.OnlineLevel;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.ProcedureDraft;
import vn.motcua.catalog.version.RequiredDocument;
import vn.motcua.catalog.version.StepKind;
import vn.motcua.catalog.version.StepOutcome;
import vn.motcua.tenants.access.Role;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The catalogs the exchange tests move around. */
final class Catalogs {

    static final String TENANT = "quang-tri";

    private Catalogs() {
    }

    /** Decision 71/QĐ-UBND as the catalog module ships it. */
    static CatalogVersion quangTri() {
        try (InputStream in = Catalogs.class.getClassLoader().getResourceAsStream("reference/quang-tri-ldtbxh-2024.yaml")) {
            return ReferenceCatalogReader.read(TENANT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the reference does not exercise: no code, level or handling level; a field of its own;
     * a role set apart from the actor's wording; text that YAML or Excel would mangle if quoted
     * carelessly; a sub-step with no level under a step that has one; step 1.10 after 1.9; channels
     * that differ between procedures or are not stated; documents and fees (free, thousands, odd
     * text); a posting with and without its duration; outcomes with colons and arrows in their labels.
     */
    static CatalogVersion edgeCases() {
        CatalogVersion version = new CatalogVersion(TENANT, "Bản nháp thử nghiệm");
        version.describe("12/2026/QĐ-UBND", 2026, List.of("3/QĐ-UBND", "4/2025/QĐ-UBND"), "UBND tỉnh \"Thử nghiệm\"",
                "https://dichvucong.example.gov.vn/?a=1&b=2");
        String odd = "'Cấp lại' giấy phép: hồ sơ #1 / bản sao? [điện tử] yes";
        List<ProcedureDraft.Step> steps = new ArrayList<>();
        steps.add(new ProcedureDraft.Step("0", null, "Người nộp hồ sơ", Role.CITIZEN, null, null, null));
        steps.add(new ProcedureDraft.Step("1", null, null, null, "no", new BigDecimal("2.75"), AdministrativeLevel.DISTRICT));
        for (int i = 1; i <= 9; i++) {
            StepKind kind = i == 5 || i == 6 ? StepKind.POSTING : StepKind.TASK;
            steps.add(new ProcedureDraft.Step("1." + i, "1", "Chuyên viên Phòng LĐTBXH huyện", Role.SPECIALIST, "Bước con " + i,
                    new BigDecimal("0.25"), AdministrativeLevel.DISTRICT, kind, i == 5 ? new BigDecimal("0.25") : null,
                    i == 3 ? List.of(new StepOutcome(OutcomeKind.PROCEED, null, "Đủ: tiếp → bước sau"),
                            new StepOutcome(OutcomeKind.RETURN, "0", "Thiếu: \"trả\" #1 -> công dân"),
                            StepOutcome.of(OutcomeKind.SUPPLEMENT),
                            new StepOutcome(OutcomeKind.PROCEED, "2", null),
                            new StepOutcome(OutcomeKind.REFUSE, null, "Từ chối: 'không' giải quyết"))
                            : List.of()));
        }
        steps.add(new ProcedureDraft.Step("1.10", "1", "Văn phòng UBND huyện", Role.LEADER,
                "Dòng một\nDòng hai: \"trích dẫn\" và 'nháy đơn' — 50% # không phải chú thích", new BigDecimal("0.5"), null));
        steps.add(new ProcedureDraft.Step("2", null, "Bộ phận TN&TKQ cấp huyện", Role.RECEPTION, "Trả kết quả", null,
                AdministrativeLevel.COMMUNE));
        version.addProcedure(new ProcedureDraft(null, odd, "Việc làm", null, OnlineLevel.NONE, new BigDecimal("2.75"), steps,
                Set.of(Channel.IN_PERSON), Set.of(), Set.of(NotificationChannel.SMS),
                List.of(new RequiredDocument("Tờ khai: \"đề nghị\" #1", "Mẫu số 04 / Nghị định 20/2021/NĐ-CP", 1, 0,
                                "Dòng một\nDòng hai"),
                        new RequiredDocument("Bản sao giấy chứng tử", null, 0, 2, null)),
                List.of(Fee.free("Lệ phí cấp lại", "Luật Hộ tịch 2014, điều 11"),
                        new Fee("Phí: bản sao 'trích lục'", new BigDecimal("8000"), null),
                        new Fee("Phí thẩm định", new BigDecimal("1500000"), "Thông tư 85/2019/TT-BTC")),
                "Nghị định 20/2021/NĐ-CP;\nQuyết định 24/2021/QĐ-TTg"));

        Procedure plain = version.addProcedure("2.002156.000.00.00.H50", "Đăng ký khai sinh", "Hộ tịch",
                AdministrativeLevel.COMMUNE, OnlineLevel.FULL, new BigDecimal("1"));
        plain.revise(plain.toDraft().withSteps(List.of(new ProcedureDraft.Step("1", null, "Công chức tư pháp - hộ tịch",
                Role.SPECIALIST, "Tiếp nhận, giải quyết", new BigDecimal("1"), AdministrativeLevel.COMMUNE))));
        ProcedureDraft p = plain.toDraft();
        plain.revise(new ProcedureDraft(p.nationalCode(), p.name(), p.field(), p.handlingLevel(), p.onlineLevel(),
                p.totalDays(), p.steps(), EnumSet.allOf(Channel.class), Set.of(Channel.ONLINE), Set.of(), List.of(),
                List.of(), null));
        return version;
    }

    static byte[] xlsx(CatalogVersion version) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SpreadsheetExport.write(version, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static ImportResult imported(byte[] xlsx) {
        try {
            return SpreadsheetImport.read(TENANT, "import", new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
