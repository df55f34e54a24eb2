package vn.motcua.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.motcua.engine.Applicant;
import vn.motcua.engine.ReceiveDossier;
import vn.motcua.engine.SubmissionChannel;

/** A dossier handed in at the desk or through a portal. {@code channel} defaults to in person. */
public record ReceiveRequest(@NotNull Long procedureId, @NotNull @Valid ApplicantData applicant, SubmissionChannel channel) {

    public record ApplicantData(@NotBlank @Size(max = 200) String name, @Size(max = 32) String phone,
                                @Email @Size(max = 200) String email) {
    }

    ReceiveDossier toCommand() {
        return new ReceiveDossier(procedureId, new Applicant(applicant.name().trim(), applicant.phone(), applicant.email()),
                channel == null ? SubmissionChannel.IN_PERSON : channel);
    }
}
