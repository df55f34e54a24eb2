package vn.motcua.engine.dossier;

import vn.motcua.tenants.problem.InvalidInput;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The person or organisation the dossier is for (người nộp hồ sơ), as the receipt (form 01) and the
 * portal sync carry them. Personal data: never in logs, history reasons or notification subjects
 * (Law 91/2025/QH15).
 *
 * @param identityNumber the citizen's identity card number or the organisation's code, if given
 * @param account        the citizen's login when submitted online, so they may follow, supplement and withdraw it
 */
public record Applicant(String name, String identityNumber, String address, String phone, String email, String account) {

    /** Vietnamese numbers as people write them: 10 digits (0912 345 678), or with +84; spaces and dots allowed. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .]{9,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Applicant {
        Map<String, String> wrong = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            wrong.put("applicant.name", "the applicant's name is required");
        }
        if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.strip()).matches()) {
            wrong.put("applicant.phone", "a phone number is 9 to 14 digits, spaces or dots, e.g. 0912 345 678");
        }
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
            wrong.put("applicant.email", "an e-mail address looks like name@example.vn");
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInput("the applicant's details are not valid", wrong);
        }
        name = name.strip();
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        email = email == null || email.isBlank() ? null : email.strip();
    }

    public static Applicant named(String name) {
        return new Applicant(name, null, null, null, null, null);
    }

    public boolean isAccount(String userId) {
        return account != null && Objects.equals(account, userId);
    }
}
