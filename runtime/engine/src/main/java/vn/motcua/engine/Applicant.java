package vn.motcua.engine;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The person or organisation the dossier is for. */
@Embeddable
public class Applicant {

    @Column(name = "applicant_name", nullable = false, length = 200)
    private String name;

    @Column(name = "applicant_phone", length = 32)
    private String phone;

    @Column(name = "applicant_email", length = 200)
    private String email;

    protected Applicant() {
    }

    public Applicant(String name, String phone, String email) {
        this.name = name;
        this.phone = phone;
        this.email = email;
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }
}
