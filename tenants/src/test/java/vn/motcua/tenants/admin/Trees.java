package vn.motcua.tenants.admin;

import vn.motcua.tenants.tree.Tenant;
import vn.motcua.tenants.tree.TenantKind;

import java.util.List;

/** The demo tree, plus a second district and a commune under each, for the tree rules' tests. */
final class Trees {

    static List<Tenant> demo() {
        return List.of(
                new Tenant("quang-tri", "Tỉnh Quảng Trị", TenantKind.PROVINCE, null),
                new Tenant("hai-lang", "Huyện Hải Lăng", TenantKind.DISTRICT, "quang-tri"),
                new Tenant("hai-que", "Xã Hải Quế", TenantKind.COMMUNE, "hai-lang"),
                new Tenant("hai-ba", "Xã Hải Ba", TenantKind.COMMUNE, "hai-lang"),
                new Tenant("trieu-phong", "Huyện Triệu Phong", TenantKind.DISTRICT, "quang-tri"),
                new Tenant("trieu-ai", "Xã Triệu Ái", TenantKind.COMMUNE, "trieu-phong"),
                new Tenant("phuong-5", "Phường 5", TenantKind.WARD, "quang-tri"),
                new Tenant("thanh-hoa", "Tỉnh Thanh Hóa", TenantKind.PROVINCE, null),
                new Tenant("sam-son", "Phường Sầm Sơn", TenantKind.WARD, "thanh-hoa"));
    }

    static TenantTree tree() {
        return new TenantTree(demo());
    }

    private Trees() {
    }
}
