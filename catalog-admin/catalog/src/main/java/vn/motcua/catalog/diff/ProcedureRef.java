package vn.motcua.catalog.diff;

import vn.motcua.catalog.version.Procedure;

import java.util.Objects;

/** A procedure added to or removed from a catalog, named as the admin knows it. */
public record ProcedureRef(ProcedureKey key, String name) {

    public ProcedureRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }

    static ProcedureRef of(Procedure procedure) {
        return new ProcedureRef(ProcedureKey.of(procedure), procedure.name());
    }

    String render() {
        return "\"" + name + "\"" + (key.isByCode() ? " (" + key.nationalCode() + ")" : "");
    }
}
