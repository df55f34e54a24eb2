package vn.motcua.catalog.exchange;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.version.SearchText;

import static org.assertj.core.api.Assertions.assertThat;

class ActorRolesTest {

    @Test
    void reads_the_role_from_the_way_decisions_name_actors() {
        assertThat(ActorRoles.roleOf("Công dân")).isEqualTo("citizen");
        assertThat(ActorRoles.roleOf("Người nộp hồ sơ")).isEqualTo("citizen");
        assertThat(ActorRoles.roleOf("Công chức LĐTBXH tại Bộ phận TN&TKQ của UBND cấp huyện")).isEqualTo("reception");
        assertThat(ActorRoles.roleOf("Lãnh đạo phòng LĐTBXH")).isEqualTo("leader");
        assertThat(ActorRoles.roleOf("Văn phòng UBND huyện")).isEqualTo("specialist");
    }

    @Test
    void folding_ignores_diacritics_and_case() {
        assertThat(SearchText.fold("Đăng  Ký khai SINH")).isEqualTo("dang ky khai sinh");
    }
}
