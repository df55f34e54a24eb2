package vn.motcua.bench;

import vn.motcua.bench.runtime.RuntimeBenchmark;

import java.util.Arrays;

/**
 * The jar's entry point: {@code java -jar bench.jar runtime …} runs the dossier runtime's benchmark
 * ({@link RuntimeBenchmark}), anything else the catalog benchmark ({@link CatalogBenchmark}), as before.
 * One jar, so both run woven by the same launcher agent ({@link WeavingAgent}).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("runtime")) {
            RuntimeBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("catalog")) {
            CatalogBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
        } else {
            CatalogBenchmark.main(args);
        }
    }
}
