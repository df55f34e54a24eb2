package vn.motcua.engine.dossier;

import java.util.Objects;

/**
 * The person or organisation the dossier is for (người nộp hồ sơ), as the receipt (form 01) and the
 * portal sync carry them. Personal data: never in logs, history reasons or notification subjects
 * (Law 91/2025/QH15).
 *
 * @param identityNumber the citizen's identity card number or the organisation's code, if given
 * @param account        the citizen's login when submitted online, so they may follow, supplement and withdraw it
 */
public record Applicant(String name, String identityNumber, String address, String phone, String email, String account) {

    public Applicant {
        if (name == null || name.isBlank()) {
            throw new vn.motcua.tenants.problem.InvalidInput("applicant.name", "the applicant's name is required");
        }
        name = name.strip();
    }

    public static Applicant named(String name) {
        return new Applicant(name, null, null, null, null, null);
    }

    public boolean isAccount(String userId) {
        return account != null && Objects.equals(account, userId);
    }
}
