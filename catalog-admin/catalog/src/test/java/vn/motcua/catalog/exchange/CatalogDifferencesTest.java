package vn.motcua.catalog.exchange;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.ProcedureDraft;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The round-trip tests are only as good as the comparison: it must see a change in any attribute. */
class CatalogDifferencesTest {

    @Test
    void the_same_catalog_read_twice_has_no_differences() {
        assertThat(CatalogDifferences.between(Catalogs.quangTri(), Catalogs.quangTri())).isEmpty();
    }

    @Test
    void a_changed_step_attribute_is_named_with_its_procedure_and_step() {
        CatalogVersion changed = Catalogs.quangTri();
        Procedure allowance = changed.procedures().get(1);
        ProcedureDraft draft = allowance.toDraft();
        List<ProcedureDraft.Step> steps = new ArrayList<>(draft.steps());
        int i = steps.indexOf(steps.stream().filter(s -> s.number().equals("4.2")).findFirst().orElseThrow());
        ProcedureDraft.Step s = steps.get(i);
        steps.set(i, s.withActor(s.actorUnit() + " ", s.actorRole()));
        allowance.revise(draft.withSteps(steps));

        assertThat(CatalogDifferences.between(Catalogs.quangTri(), changed))
                .singleElement().asString().startsWith("procedure 2 step 4.2: actorUnit");
    }
}
