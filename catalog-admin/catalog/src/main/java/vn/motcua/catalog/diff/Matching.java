package vn.motcua.catalog.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs the items of two versions by key. A draft may still hold a key twice (validation refuses
 * that only at publishing), so equal keys pair in order of appearance instead of hiding one.
 */
final class Matching {

    private Matching() {
    }

    /** Both sides, or one side null when the item is only in one version. */
    record Pair<T>(T older, T newer) {
    }

    /** Pairs in the newer version's order, then the older items left without a partner. */
    static <T, K> List<Pair<T>> match(List<T> older, List<T> newer, Function<T, K> key) {
        Map<K, Deque<T>> unmatched = new LinkedHashMap<>();
        older.forEach(o -> unmatched.computeIfAbsent(key.apply(o), k -> new ArrayDeque<>()).add(o));
        List<Pair<T>> pairs = new ArrayList<>();
        for (T n : newer) {
            Deque<T> candidates = unmatched.get(key.apply(n));
            pairs.add(new Pair<>(candidates == null ? null : candidates.poll(), n));
        }
        older.stream()
                .filter(o -> unmatched.get(key.apply(o)).remove(o))
                .forEach(o -> pairs.add(new Pair<>(o, null)));
        return pairs;
    }
}
