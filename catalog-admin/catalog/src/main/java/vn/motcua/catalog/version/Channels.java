package vn.motcua.catalog.version;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of channels as one column holds it ("ONLINE,IN_PERSON,POSTAL"): a handful of constants
 * read with every procedure, not worth a table and a join per grid page.
 */
public final class Channels {

    private Channels() {
    }

    /** Declaration order, whatever order the set came in; null for an empty set. */
    public static <E extends Enum<E>> String encode(Collection<E> channels) {
        if (channels == null || channels.isEmpty()) {
            return null;
        }
        return channels.stream().sorted().distinct().map(Enum::name).collect(Collectors.joining(","));
    }

    public static <E extends Enum<E>> Set<E> decode(String column, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (column != null) {
            for (String name : column.split(",")) {
                if (!name.isBlank()) {
                    set.add(Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT)));
                }
            }
        }
        return Collections.unmodifiableSet(set);
    }

    /** An unmodifiable copy in declaration order; empty for null. */
    public static <E extends Enum<E>> Set<E> copy(Collection<E> channels, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (channels != null) {
            set.addAll(channels);
        }
        return Collections.unmodifiableSet(set);
    }
}
