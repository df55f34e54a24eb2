package vn.motcua.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.engine.Applicant;
import vn.motcua.engine.ReceiveDossier;
import vn.motcua.engine.SubmissionChannel;

/**
 * A dossier handed in at the desk or through a portal; sizes are the dossier table's columns. A
 * class with fields, not a record: on a record the constraints also land on constructor
 * parameters, which breaks Payara 6.2025.9's OpenAPI generator (payara/Payara#7649).
 */
public class ReceiveRequest {

    @Schema(description = "id of a procedure in effect for the caller's tenant (GET /procedures)")
    @NotNull
    public Long procedureId;

    @NotNull
    @Valid
    public ApplicantData applicant;

    @Schema(description = "how the dossier arrived; IN_PERSON when absent")
    public SubmissionChannel channel;

    public static class ApplicantData {
        @Schema(description = "full name as on the identity card")
        @NotBlank
        @Size(max = 200)
        public String name;

        @Size(max = 32)
        public String phone;

        @Email
        @Size(max = 200)
        public String email;
    }

    ReceiveDossier toCommand() {
        return new ReceiveDossier(procedureId, new Applicant(applicant.name.trim(), applicant.phone, applicant.email),
                channel == null ? SubmissionChannel.IN_PERSON : channel);
    }
}
