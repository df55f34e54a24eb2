package vn.motcua.catalog.exchange;

import vn.motcua.catalog.version.SearchText;
import vn.motcua.tenants.access.Role;

/**
 * Reads the role out of an actor as decisions write it ("Lãnh đạo phòng LĐTBXH", "Công chức …
 * tại Bộ phận TN&amp;TKQ", "Người nộp hồ sơ"). Used when importing a decision; an admin can
 * correct the role of any step afterwards.
 */
public final class ActorRoles {

    private ActorRoles() {
    }

    public static String roleOf(String actor) {
        if (actor == null) {
            return null;
        }
        String a = SearchText.fold(actor);
        if (a.startsWith("cong dan") || a.startsWith("nguoi nop")) {
            return Role.CITIZEN;
        }
        if (a.contains("tn&tkq") || a.contains("tiep nhan va tra ket qua")) {
            return Role.RECEPTION;
        }
        if (a.startsWith("lanh dao")) {
            return Role.LEADER;
        }
        return Role.SPECIALIST;
    }
}
