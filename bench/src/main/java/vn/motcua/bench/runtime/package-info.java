/**
 * The dossier runtime's benchmark (issue 10 point 13): one dossier of "Thăm viếng mộ liệt sĩ" taken
 * from reception to the returned result, as six commits, by raw JDBC (the floor), by the engine and by
 * Flowable 7 embedded, on the same embedded MariaDB with durable commits, at several concurrencies;
 * and the dossier-code counter row under a burst of receptions. See bench/README.md.
 */
package vn.motcua.bench.runtime;
