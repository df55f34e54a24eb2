/** The service-day screen: a desk's weekly service days and the procedures each covers. */
package vn.motcua.admin.serviceday;
