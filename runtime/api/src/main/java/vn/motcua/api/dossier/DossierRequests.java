package vn.motcua.api.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.engine.dossier.Applicant;
import vn.motcua.engine.dossier.DocumentChecklist;

import java.util.ArrayList;
import java.util.List;

/**
 * The bodies of the dossier commands; sizes are the dossier tables' columns. Classes with fields,
 * not records: on a record the constraints also land on constructor parameters, which breaks Payara
 * 6.2025.9's OpenAPI generator (payara/Payara#7649).
 */
public final class DossierRequests {

    static final int LINE = 2000;
    static final int LINES = 50;

    private DossierRequests() {
    }

    public static class Receive {
        @Schema(description = "id of a procedure in effect for the caller's unit (GET /procedures)")
        @NotNull
        public Long procedureId;
        @NotNull
        @Valid
        public ApplicantData applicant;
        @Schema(description = "how the dossier arrived; IN_PERSON when absent")
        public Channel channel;

        vn.motcua.engine.command.Receive toCommand() {
            return new vn.motcua.engine.command.Receive(procedureId, channel == null ? Channel.IN_PERSON : channel,
                    applicant.toApplicant());
        }
    }

    public static class ApplicantData {
        @Schema(description = "full name as on the identity card")
        @NotBlank
        @Size(max = 200)
        public String name;
        @Size(max = 32)
        public String identityNumber;
        @Size(max = 500)
        public String address;
        @Size(max = 32)
        public String phone;
        @Schema(description = "checked by the domain's Applicant with the phone, so both are named at once")
        @Size(max = 200)
        public String email;
        @Schema(description = "the citizen's login, for a dossier submitted online")
        @Size(max = 100)
        public String account;

        Applicant toApplicant() {
            return new Applicant(name.trim(), identityNumber, address, phone, email, account);
        }
    }

    /** The completeness check: every required document presented or not applicable. */
    public static class Acceptance {
        @Schema(description = "names of the required documents presented (GET /dossiers/{code}: documents)")
        @Size(max = LINES)
        public List<@Size(max = LINE) String> presented = new ArrayList<>();
        @Schema(description = "names of the required documents that do not apply to this citizen")
        @Size(max = LINES)
        public List<@Size(max = LINE) String> notApplicable = new ArrayList<>();

        DocumentChecklist checklist() {
            DocumentChecklist c = DocumentChecklist.empty();
            for (String d : presented == null ? List.<String>of() : presented) {
                c = c.presented(d);
            }
            for (String d : notApplicable == null ? List.<String>of() : notApplicable) {
                c = c.notApplicable(d);
            }
            return c;
        }
    }

    public static class SupplementRequest {
        @Size(max = LINES)
        public List<@Size(max = LINE) String> missingDocuments = new ArrayList<>();
        @Size(max = LINES)
        public List<@Size(max = LINE) String> reasons = new ArrayList<>();
    }

    public static class Supplement {
        @Size(max = LINES)
        public List<@Size(max = LINE) String> documentsAdded = new ArrayList<>();
    }

    /** Written reasons: a refusal, a withdrawal, a stop. */
    public static class Reasons {
        @Size(max = LINES)
        public List<@Size(max = LINE) String> reasons = new ArrayList<>();
    }

    public static class Obligation {
        @Size(max = LINE)
        public String description;
    }

    public static class Payment {
        @Size(max = 200)
        public String reference;
    }

    public static class Assignment {
        @NotBlank
        @Size(max = 100)
        public String assignee;
    }

    public static class Completion {
        @Schema(description = "the outcome chosen among the step's (PROCEED or RETURN); PROCEED when absent")
        public OutcomeKind outcome;
        @Schema(description = "the outcome's target step, when the step has several of that kind")
        @Size(max = 16)
        public String target;
        @Size(max = LINES)
        public List<@Size(max = LINE) String> reasons = new ArrayList<>();
    }

    public static class Return {
        @NotBlank
        @Size(max = 16)
        public String target;
        @Size(max = LINES)
        public List<@Size(max = LINE) String> reasons = new ArrayList<>();
    }

    public static class Complaint {
        @NotBlank
        @Size(max = LINE)
        public String complaint;
    }

    public static class Resolution {
        @Schema(description = "the result's reference, e.g. the decision's number")
        @Size(max = 1000)
        public String note;
    }

    public static class ResultReturn {
        @NotNull
        public Channel channel;
        @NotBlank
        @Size(max = 200)
        public String receiver;
        @Size(max = 200)
        public String reference;
    }
}
