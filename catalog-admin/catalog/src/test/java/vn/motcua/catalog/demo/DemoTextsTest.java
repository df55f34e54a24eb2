package vn.motcua.catalog.demo;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import vn.motcua.catalog.serviceday.ServiceDay;
import vn.motcua.catalog.serviceday.ServiceDayReader;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.QuangTri;
import vn.motcua.catalog.version.StepDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's texts are Vietnamese as the decisions write them: every step of 71/QĐ-UBND in the
 * wording of the decision (reference-texts/quang-tri-step-texts-vi.yaml, copied from the project's
 * transcription of seed 003 with its diacritics restored), and Phường 5's service days as its plan
 * describes them (seed 002).
 */
class DemoTextsTest {

    /** Letters only Vietnamese writes: a Vietnamese sentence has some, an English summary none or few. */
    private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words of an English sentence that Vietnamese never writes on its own. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|and|of|to|or|with|for|is|are|receive|check|sign|submit|review)\\b",
            Pattern.CASE_INSENSITIVE);

    @Test
    void every_step_of_decision_71_reads_as_the_decision_writes_it() throws IOException {
        Map<String, Map<String, String>> wording;
        try (InputStream in = resource("reference-texts/quang-tri-step-texts-vi.yaml")) {
            wording = new Yaml().load(in);
        }
        CatalogVersion version = QuangTri.decision71();
        int steps = 0;
        for (Procedure p : version.procedures()) {
            assertThat(wording).as("the decision's wording of %s", p.name()).containsKey(p.name());
            for (StepDefinition step : p.steps()) {
                assertThat(step.content()).as("%s, step %s", p.name(), step.number())
                        .isEqualTo(wording.get(p.name()).get(step.number()));
                vietnamese(step.content(), p.name() + ", step " + step.number());
                steps++;
            }
        }
        assertThat(steps).isEqualTo(wording.values().stream().mapToInt(Map::size).sum());
    }

    @Test
    void phuong_5s_service_days_are_described_in_vietnamese() throws IOException {
        List<ServiceDay> days;
        try (InputStream in = resource("reference/ward5-service-days.yaml")) {
            days = ServiceDayReader.read("phuong-5", in);
        }
        assertThat(days).hasSize(2);
        for (ServiceDay day : days) {
            vietnamese(day.name(), "the name of " + day.name());
            vietnamese(day.toDraft().description(), "the description of " + day.name());
        }
    }

    private static void vietnamese(String text, String what) {
        assertThat(VIETNAMESE.matcher(text).find()).as("%s has Vietnamese letters: %s", what, text).isTrue();
        assertThat(ENGLISH.matcher(text).find()).as("%s has no English words: %s", what, text).isFalse();
    }

    private static InputStream resource(String name) {
        return DemoTextsTest.class.getClassLoader().getResourceAsStream(name);
    }
}
