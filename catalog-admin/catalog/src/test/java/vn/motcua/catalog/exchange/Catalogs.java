package vn.motcua.catalog.exchange;

import vn.motcua.catalog.AdministrativeLevel;
import vn.motcua.catalog.CatalogVersion;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ReferenceCatalogReader;
import vn.motcua.tenants.Role;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

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
     * carelessly; a sub-step with no level under a step that has one; step 1.10 after 1.9.
     */
    static CatalogVersion edgeCases() {
        CatalogVersion version = new CatalogVersion(TENANT, "Bản nháp thử nghiệm");
        Procedure odd = version.addProcedure(null, "'Cấp lại' giấy phép: hồ sơ #1 / bản sao? [điện tử] yes", "Việc làm",
                null, OnlineLevel.NONE, new BigDecimal("2.75"));
        odd.addStep("0", null, "Người nộp hồ sơ", Role.CITIZEN, null, null, null);
        odd.addStep("1", null, null, null, "no", new BigDecimal("2.75"), AdministrativeLevel.DISTRICT);
        for (int i = 1; i <= 9; i++) {
            odd.addStep("1." + i, "1", "Chuyên viên Phòng LĐTBXH huyện", Role.SPECIALIST, "Bước con " + i,
                    new BigDecimal("0.25"), AdministrativeLevel.DISTRICT);
        }
        odd.addStep("1.10", "1", "Văn phòng UBND huyện", Role.LEADER,
                "Dòng một\nDòng hai: \"trích dẫn\" và 'nháy đơn' — 50% # không phải chú thích", new BigDecimal("0.5"), null);
        odd.addStep("2", null, "Bộ phận TN&TKQ cấp huyện", Role.RECEPTION, "Trả kết quả", null, AdministrativeLevel.COMMUNE);

        Procedure plain = version.addProcedure("2.002156.000.00.00.H50", "Đăng ký khai sinh", "Hộ tịch",
                AdministrativeLevel.COMMUNE, OnlineLevel.FULL, new BigDecimal("1"));
        plain.addStep("1", null, "Công chức tư pháp - hộ tịch", Role.SPECIALIST, "Tiếp nhận, giải quyết",
                new BigDecimal("1"), AdministrativeLevel.COMMUNE);
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
