package vn.motcua.tenants.calendar;

/** Where the days off and make-up days of a year come from, for a tenant. */
public enum DecisionOrigin {
    /** Nobody entered anything for the year: the Labour Code's holidays and the computed days in lieu only. */
    STATUTORY,
    /** The national notice of the year, entered once by the platform operator for every province. */
    NATIONAL_NOTICE,
    /** The tenant's province entered its own decision for the year, which wins over the national notice. */
    PROVINCIAL_DECISION
}
