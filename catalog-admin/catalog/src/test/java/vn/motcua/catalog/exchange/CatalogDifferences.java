package vn.motcua.catalog.exchange;

import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.Fee;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.StepDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Every attribute in which two catalogs' procedures and steps differ, one line each, so a failed
 * round trip says exactly what was lost ("procedure 2 step 4.2: actorUnit ...").
 */
final class CatalogDifferences {

    private final List<String> differences = new ArrayList<>();

    private CatalogDifferences() {
    }

    static List<String> between(CatalogVersion expected, CatalogVersion actual) {
        CatalogDifferences d = new CatalogDifferences();
        d.attribute("catalog", "decisionNumber", expected, actual, CatalogVersion::decisionNumber);
        d.attribute("catalog", "decisionYear", expected, actual, CatalogVersion::decisionYear);
        d.attribute("catalog", "replaces", expected, actual, CatalogVersion::replaces);
        d.attribute("catalog", "issuer", expected, actual, CatalogVersion::issuer);
        d.attribute("catalog", "portalUrl", expected, actual, CatalogVersion::portalUrl);
        d.compare("catalog", "procedure count", expected.procedures().size(), actual.procedures().size());
        for (int i = 0; i < Math.min(expected.procedures().size(), actual.procedures().size()); i++) {
            d.compare(expected.procedures().get(i), actual.procedures().get(i), "procedure " + (i + 1));
        }
        return d.differences;
    }

    private void compare(Procedure expected, Procedure actual, String where) {
        attribute(where, "name", expected, actual, Procedure::name);
        attribute(where, "nationalCode", expected, actual, Procedure::nationalCode);
        attribute(where, "field", expected, actual, Procedure::field);
        attribute(where, "handlingLevel", expected, actual, Procedure::handlingLevel);
        attribute(where, "onlineLevel", expected, actual, Procedure::onlineLevel);
        attribute(where, "totalQuarters", expected, actual, Procedure::totalQuarters);
        attribute(where, "submissionChannels", expected, actual, Procedure::submissionChannels);
        attribute(where, "resultChannels", expected, actual, Procedure::resultChannels);
        attribute(where, "notificationChannels", expected, actual, Procedure::notificationChannels);
        attribute(where, "documents", expected, actual, Procedure::documents);
        attribute(where, "fees", expected, actual, p -> p.fees().stream()
                .map(f -> new Fee(f.description(), f.amountVnd() == null ? null : f.amountVnd().stripTrailingZeros(), f.legalBasis()))
                .toList());
        attribute(where, "legalBasis", expected, actual, Procedure::legalBasis);
        compare(where, "step count", expected.steps().size(), actual.steps().size());
        for (int s = 0; s < Math.min(expected.steps().size(), actual.steps().size()); s++) {
            StepDefinition e = expected.steps().get(s);
            StepDefinition a = actual.steps().get(s);
            String step = where + " step " + e.number();
            attribute(step, "position", e, a, StepDefinition::position);
            attribute(step, "number", e, a, StepDefinition::number);
            attribute(step, "parentNumber", e, a, StepDefinition::parentNumber);
            attribute(step, "actorUnit", e, a, StepDefinition::actorUnit);
            attribute(step, "actorRole", e, a, StepDefinition::actorRole);
            attribute(step, "content", e, a, StepDefinition::content);
            attribute(step, "counted", e, a, StepDefinition::isCounted);
            attribute(step, "budgetQuarters", e, a, StepDefinition::budgetQuarters);
            attribute(step, "level", e, a, StepDefinition::level);
            attribute(step, "kind", e, a, StepDefinition::kind);
            attribute(step, "postingDays", e, a, StepDefinition::postingDays);
            attribute(step, "outcomes", e, a, StepDefinition::outcomes);
        }
    }

    private <T> void attribute(String where, String name, T expected, T actual, Function<T, Object> attribute) {
        compare(where, name, attribute.apply(expected), attribute.apply(actual));
    }

    private void compare(String where, String name, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            differences.add(where + ": " + name + " expected <" + expected + "> but was <" + actual + ">");
        }
    }
}
