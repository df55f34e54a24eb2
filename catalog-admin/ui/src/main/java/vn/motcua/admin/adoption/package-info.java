/**
 * The adoption screen: which of the catalog above a district or commune adopts, and its local
 * actors and shorter budgets per step ({@link vn.motcua.admin.adoption.AdoptionView}).
 */
package vn.motcua.admin.adoption;
