package vn.motcua.api.input;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import vn.motcua.api.dossier.DossierRequests;
import vn.motcua.api.calendar.CalendarRequest;
import vn.motcua.api.catalog.AdoptionRequest;
import vn.motcua.api.catalog.CatalogResource;
import vn.motcua.api.tenants.TenantRequests;
import vn.motcua.tenants.problem.InvalidInput;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The request reader's checks of JSON against the Java types of the bodies, without a server. */
class JsonShapeTest {

    private static Map<String, String> errors(Class<?> type, String json) {
        Map<String, String> errors = new LinkedHashMap<>();
        JsonShape.of(type).read(json(json), "", errors);
        return errors;
    }

    private static JsonValue json(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    @Test
    void a_string_is_no_number_and_a_fraction_no_integer() {
        assertThat(errors(DossierRequests.Receive.class, """
                {"procedureId": "abc", "applicant": {"name": "An"}}"""))
                .containsEntry("procedureId", "must be an integer, not the string \"abc\"");
        assertThat(errors(DossierRequests.Receive.class, """
                {"procedureId": "1", "applicant": {"name": "An"}}""")).containsKey("procedureId");
        assertThat(errors(DossierRequests.Receive.class, """
                {"procedureId": 1.5, "applicant": {"name": "An"}}"""))
                .containsEntry("procedureId", "must be an integer, not the number 1.5");
        assertThat(errors(DossierRequests.Receive.class, """
                {"procedureId": 1, "applicant": {"name": 123}}"""))
                .containsEntry("applicant.name", "must be a string, not the number 123");
    }

    @Test
    void an_integer_fits_its_java_type() {
        assertThat(errors(DossierRequests.Receive.class, """
                {"procedureId": 9223372036854775808, "applicant": {"name": "An"}}""").get("procedureId"))
                .startsWith("must be an integer from -9223372036854775808 to 9223372036854775807");
        assertThat(errors(DossierRequests.Receive.class, """
                {"procedureId": 1e999999999, "applicant": {"name": "An"}}""").get("procedureId"))
                .startsWith("is not a number this API holds");
        assertThat(errors(DossierRequests.Receive.class, """
                {"procedureId": 1.0, "applicant": {"name": "An"}}""")).isEmpty();
    }

    @Test
    void an_object_is_an_object_and_an_enum_one_of_its_constants() {
        assertThat(errors(DossierRequests.Receive.class, """
                {"procedureId": 1, "applicant": "X"}"""))
                .containsEntry("applicant", "must be an object, not the string \"X\"");
        assertThat(errors(DossierRequests.Receive.class, """
                {"procedureId": 1, "applicant": {"name": "An"}, "channel": "CARRIER_PIGEON"}"""))
                .containsEntry("channel", "must be one of ONLINE, IN_PERSON, POSTAL, not the string \"CARRIER_PIGEON\"");
        assertThat(errors(DossierRequests.Receive.class, """
                {"procedureId": 1, "applicant": {"name": "An"}, "channel": "in_person"}""")).containsKey("channel");
    }

    @Test
    void an_unknown_property_is_named_with_the_known_ones() {
        assertThat(errors(DossierRequests.Receive.class, """
                {"procedureId": 1, "applicant": {"name": "An", "nickname": "A"}, "urgent": true}"""))
                .containsEntry("urgent", "is not a property of DossierRequests.Receive; its properties are procedureId, applicant, channel")
                .containsKey("applicant.nickname");
    }

    @Test
    void dates_and_times_are_iso() {
        assertThat(errors(CatalogResource.Publication.class, """
                {"decisionNumber": "1/QĐ", "effectiveFrom": "tomorrow"}"""))
                .containsEntry("effectiveFrom", "must be a date such as 2026-09-01, not the string \"tomorrow\"");
        assertThat(errors(CalendarRequest.Hours.class, """
                {"sessions": [{"start": "7h30", "end": "11:30"}]}"""))
                .containsEntry("sessions.0.start", "must be a time such as 07:30, not the string \"7h30\"");
        assertThat(errors(CalendarRequest.Week.class, """
                {"days": ["MONDAY", "FUNDAY"]}""").get("days.1"))
                .startsWith("must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY");
    }

    @Test
    void a_body_that_is_no_object_is_named_at_its_root() {
        assertThat(errors(DossierRequests.Receive.class, "[]")).containsEntry("", "must be an object, not an array");
        assertThat(errors(DossierRequests.Receive.class, "\"hello\"")).containsEntry("", "must be an object, not the string \"hello\"");
    }

    @Test
    void array_elements_are_not_null_and_read_only_properties_are_dropped() {
        assertThat(errors(AdoptionRequest.class, """
                {"procedures": [null]}""")).containsEntry("procedures.0", "must not be null");
        Map<String, String> errors = new LinkedHashMap<>();
        JsonValue read = JsonShape.of(AdoptionRequest.class).read(json("""
                {"adoptsAll": true, "conflicts": ["x"]}"""), "", errors);
        assertThat(errors).isEmpty();
        assertThat(((JsonObject) read).containsKey("conflicts")).isFalse();
        assertThat(JsonShape.of(AdoptionRequest.class).read(json("{\"adoptsAll\": null}"), "", errors)).isNotNull();
        assertThat(errors).containsEntry("adoptsAll", "must be true or false, not null");
    }

    @Test
    void required_properties_are_present_and_not_null_all_reported_at_once() {
        assertThat(errors(TenantRequests.Create.class, """
                {"id": null, "kind": "COMMUNE", "firstAdmin": {"username": "a"}}"""))
                .containsEntry("id", "is required (a string)")
                .containsKeys("name", "firstAdmin.email", "firstAdmin.firstName", "firstAdmin.lastName")
                .doesNotContainKeys("kind", "parentId", "firstAdmin.username");
    }

    @Test
    void sizes_and_ranges_are_checked_on_the_json_as_sent() {
        assertThat(errors(CalendarRequest.DayOff.class, "{\"reason\": \"%s\"}".formatted("ạ".repeat(501))))
                .containsEntry("reason", "must have at most 500 characters, not 501");
        // a TASK step's constructor drops postingDays: the range is checked before
        assertThat(errors(vn.motcua.catalog.version.ProcedureDraft.class, """
                {"name": "T", "onlineLevel": "FULL", "totalDays": 1, "steps": [{"number": "1", "kind": "TASK", "postingDays": 366}]}"""))
                .containsEntry("steps.0.postingDays", "must be from 0 to 365, not 366");
        assertThat(errors(CatalogResource.Publication.class, """
                {"decisionNumber": "1", "effectiveFrom": "2026-01-01", "replaces": [%s]}""".formatted("\"x\",".repeat(15) + "\"y\"")))
                .containsEntry("replaces", "must have at most 15 items, not 16");
    }

    @Test
    void the_parser_refuses_what_is_not_one_well_formed_json_value() {
        assertThatThrownBy(() -> parse("{\"procedureId\": ")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.fieldErrors().get("body")).startsWith("is not valid JSON"));
        assertThatThrownBy(() -> parse("{} {}")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.fieldErrors()).containsKey("body"));
        assertThatThrownBy(() -> parse("[".repeat(10_000) + "]".repeat(10_000))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.fieldErrors()).containsEntry("body", "is nested deeper than 20 levels"));
        assertThatThrownBy(() -> parse("{\"a\": {\"b\": 1, \"b\": 2}}")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.fieldErrors()).containsEntry("a.b", "appears twice"));
        assertThat(parse("{\"a\": [1, {\"b\": null}]}").toString()).isEqualTo("{\"a\":[1,{\"b\":null}]}");
    }

    private static JsonValue parse(String json) {
        return StrictJsonReader.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
