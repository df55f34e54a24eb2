package vn.motcua.engine.store;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.catalog.version.RequiredDocument;
import vn.motcua.catalog.version.StepKind;
import vn.motcua.catalog.version.StepOutcome;
import vn.motcua.engine.dossier.Route;
import vn.motcua.engine.dossier.RoutePin;
import vn.motcua.engine.dossier.RouteStep;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The JSON columns of the dossier tables: the route snapshot (written once at reception, never
 * changed), and lists of reasons and named details. Plain JSON-P, so a column reads the same in SQL
 * and in ten years.
 */
public final class StoredJson {

    /**
     * Looked up once: every {@code JSON.create…} call searches the class path for a provider again,
     * a fifth of a command's CPU in the runtime benchmark.
     */
    static final JsonProvider JSON = JsonProvider.provider();

    private StoredJson() {
    }

    public static String route(Route route) {
        JsonArrayBuilder steps = JSON.createArrayBuilder();
        for (RouteStep s : route.steps()) {
            JsonArrayBuilder outcomes = JSON.createArrayBuilder();
            s.outcomes().forEach(o -> outcomes.add(obj().add("kind", o.kind().name()).add("target", str(o.targetStep()))
                    .add("label", str(o.label()))));
            steps.add(obj().add("index", s.index()).add("number", s.number()).add("parent", str(s.parentNumber()))
                    .add("unit", str(s.actorUnit())).add("role", str(s.actorRole())).add("content", str(s.content()))
                    .add("budgetQuarters", num(s.budgetQuarters())).add("level", name(s.level()))
                    .add("tenant", s.handlingTenant()).add("kind", name(s.kind()))
                    .add("postingQuarters", num(s.postingQuarters())).add("outcomes", outcomes));
        }
        JsonArrayBuilder documents = JSON.createArrayBuilder();
        route.documents().forEach(d -> documents.add(obj().add("name", str(d.name())).add("form", str(d.form()))
                .add("originals", d.originals()).add("copies", d.copies()).add("note", str(d.note()))));
        return obj()
                .add("pin", obj().add("catalogVersionId", route.pin().catalogVersionId())
                        .add("adoptionId", num(route.pin().adoptionId())).add("adoptionVersion", route.pin().adoptionVersion()))
                .add("procedureId", num(route.procedureId())).add("nationalCode", str(route.nationalCode()))
                .add("procedureName", route.procedureName()).add("handlingLevel", name(route.handlingLevel()))
                .add("handlingTenant", route.handlingTenant()).add("totalQuarters", route.totalQuarters())
                .add("steps", steps).add("documents", documents)
                .add("submissionChannels", names(route.submissionChannels()))
                .add("resultChannels", names(route.resultChannels()))
                .build().toString();
    }

    public static Route route(String json) {
        JsonObject o = parse(json).asJsonObject();
        JsonObject pin = o.getJsonObject("pin");
        List<RouteStep> steps = new ArrayList<>();
        for (JsonObject s : o.getJsonArray("steps").getValuesAs(JsonObject.class)) {
            List<StepOutcome> outcomes = s.getJsonArray("outcomes").getValuesAs(JsonObject.class).stream()
                    .map(x -> new StepOutcome(OutcomeKind.valueOf(x.getString("kind")), text(x, "target"), text(x, "label")))
                    .toList();
            steps.add(new RouteStep(s.getInt("index"), s.getString("number"), text(s, "parent"), text(s, "unit"),
                    text(s, "role"), text(s, "content"), integer(s, "budgetQuarters"),
                    enumOf(AdministrativeLevel.class, text(s, "level")), s.getString("tenant"),
                    enumOf(StepKind.class, text(s, "kind")), integer(s, "postingQuarters"), outcomes));
        }
        List<RequiredDocument> documents = o.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
                .map(d -> new RequiredDocument(text(d, "name"), text(d, "form"), d.getInt("originals"), d.getInt("copies"),
                        text(d, "note")))
                .toList();
        Long adoptionId = pin.isNull("adoptionId") ? null : pin.getJsonNumber("adoptionId").longValue();
        return new Route(new RoutePin(pin.getJsonNumber("catalogVersionId").longValue(), adoptionId,
                pin.getJsonNumber("adoptionVersion").longValue()),
                o.isNull("procedureId") ? null : o.getJsonNumber("procedureId").longValue(), text(o, "nationalCode"),
                o.getString("procedureName"), enumOf(AdministrativeLevel.class, text(o, "handlingLevel")),
                o.getString("handlingTenant"), o.getInt("totalQuarters"), steps, documents,
                channels(o.getJsonArray("submissionChannels")), channels(o.getJsonArray("resultChannels")));
    }

    /** A list of lines (reasons) as a JSON array; null for none. */
    public static String lines(List<String> lines) {
        if (lines == null || lines.isEmpty()) {
            return null;
        }
        JsonArrayBuilder a = JSON.createArrayBuilder();
        lines.forEach(a::add);
        return a.build().toString();
    }

    public static List<String> lines(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return parse(json).asJsonArray().getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    /** Named details as a JSON object; null for none. */
    public static String details(Map<String, String> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        JsonObjectBuilder b = obj();
        details.forEach(b::add);
        return b.build().toString();
    }

    public static SortedMap<String, String> details(String json) {
        SortedMap<String, String> map = new TreeMap<>();
        if (json != null && !json.isBlank()) {
            parse(json).asJsonObject().forEach((k, v) -> map.put(k, ((jakarta.json.JsonString) v).getString()));
        }
        return map;
    }

    private static JsonValue parse(String json) {
        try (JsonReader r = JSON.createReader(new StringReader(json))) {
            return r.readValue();
        }
    }

    private static JsonObjectBuilder obj() {
        return JSON.createObjectBuilder();
    }

    private static JsonValue str(String s) {
        return s == null ? JsonValue.NULL : JSON.createValue(s);
    }

    private static JsonValue num(Number n) {
        return n == null ? JsonValue.NULL : JSON.createValue(n.longValue());
    }

    private static JsonValue name(Enum<?> e) {
        return e == null ? JsonValue.NULL : JSON.createValue(e.name());
    }

    private static JsonArray names(Set<? extends Enum<?>> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        values.stream().map(Enum::name).sorted().forEach(a::add);
        return a.build();
    }

    private static Set<Channel> channels(JsonArray a) {
        Set<Channel> set = new LinkedHashSet<>();
        a.getValuesAs(jakarta.json.JsonString.class).forEach(v -> set.add(Channel.valueOf(v.getString())));
        return set.isEmpty() ? EnumSet.noneOf(Channel.class) : set;
    }

    private static String text(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key) ? null : o.getString(key);
    }

    private static Integer integer(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key) ? null : o.getInt(key);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
