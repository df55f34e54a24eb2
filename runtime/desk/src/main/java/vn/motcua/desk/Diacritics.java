package vn.motcua.desk;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text folded for a search that ignores diacritics and case, as a clerk types on a
 * keyboard without a Vietnamese input method: "tham vieng" finds "Thăm viếng", "dong" finds "Đồng".
 */
final class Diacritics {

    private Diacritics() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        // đ/Đ is a letter of its own, not d with a mark: NFD leaves it whole
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** Whether {@code text} contains {@code typed}, diacritics, case and repeated spaces aside. */
    static boolean contains(String text, String typed) {
        return fold(text).contains(fold(typed));
    }
}
