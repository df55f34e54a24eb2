/** The Vaadin admin at /admin: thin views over the catalog services. */
package vn.motcua.catalog.ui;
