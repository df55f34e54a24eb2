/** The Vaadin staff desk at /desk: thin views over the engine's services. */
package vn.motcua.desk;
