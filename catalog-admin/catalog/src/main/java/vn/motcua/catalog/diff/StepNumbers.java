package vn.motcua.catalog.diff;

import java.util.Comparator;

/** Orders step numbers as a decision reads them: 2 before 4.1 before 4.10 before 10. */
final class StepNumbers {

    static final Comparator<String> READING_ORDER = StepNumbers::compare;

    private StepNumbers() {
    }

    private static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int c = part(left[i], right[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int part(String a, String b) {
        if (a.matches("\\d{1,9}") && b.matches("\\d{1,9}")) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return a.compareTo(b);
    }
}
