/**
 * The tenant tree (province, district, commune/ward), who the caller is and which tenants'
 * rows they may see. Every other module builds on this one; it depends on none of them.
 */
package vn.motcua.tenants;
