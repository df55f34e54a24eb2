package vn.motcua.catalog.version;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as search compares it: lower case, without Vietnamese diacritics, so that "dang ky khai
 * sinh" finds "Đăng ký khai sinh". Stored beside the original, the database needs no special
 * collation for it.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
