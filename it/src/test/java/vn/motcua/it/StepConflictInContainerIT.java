package vn.motcua.it;

import jakarta.inject.Inject;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.catalog.service.AdoptionService;
import vn.motcua.engine.Applicant;
import vn.motcua.engine.Dossier;
import vn.motcua.engine.DossierEvent;
import vn.motcua.engine.DossierService;
import vn.motcua.engine.ReceiveDossier;
import vn.motcua.engine.SubmissionChannel;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.CallerContext;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.problem.Conflict;

import javax.naming.InitialContext;
import java.io.IOException;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two clerks complete the same step at the same moment: both transactions read the dossier at
 * its first step before either commits. Whatever the timing of two HTTP requests, this pins the
 * interleaving down inside Payara — the second transaction is suspended after its read while the
 * first completes and commits — so the only thing that can stop the second is the dossier's
 * optimistic {@code @Version}: exactly one completion wins, one history row is written, and the
 * other gets the conflict the API answers with 409.
 */
@ExtendWith(ArquillianExtension.class)
class StepConflictInContainerIT {

    @Deployment
    static EnterpriseArchive deployment() throws IOException, URISyntaxException {
        return InContainer.ear(StepConflictInContainerIT.class);
    }

    @Inject
    CallerContext callers;

    @Inject
    DossierService dossiers;

    @Inject
    AdoptionService adoptions;

    @Test
    void of_two_transactions_that_read_the_same_step_before_either_commits_one_completes_it_and_the_other_is_a_conflict() throws Exception {
        callers.set(new Caller("hailang.reception", "hai-lang", Set.of(Role.RECEPTION)));
        long procedure = adoptions.effectiveCatalog(Instant.now()).orElseThrow().procedures().get(0).provinceProcedureId();
        String code = dossiers.receive(new ReceiveDossier(procedure, new Applicant("Trịnh Văn Lâm", null, null),
                SubmissionChannel.IN_PERSON)).code();
        TransactionManager transactions = InitialContext.doLookup("java:appserver/TransactionManager");

        // the second clerk's transaction reads the dossier at its first step ...
        transactions.begin();
        Dossier seen = dossiers.find(code);
        String first = seen.stepNumber();
        long versionSeen = seen.version();
        Transaction second = transactions.suspend();

        // ... the first clerk completes that step and commits meanwhile ...
        String next = dossiers.completeStep(code, first).stepNumber();
        assertThat(next).isNotEqualTo(first);

        // ... then the second completes the step it read as current: its version is stale
        transactions.resume(second);
        try {
            assertThatThrownBy(() -> dossiers.completeStep(code, first))
                    .isInstanceOf(Conflict.class)
                    .hasMessageContaining("changed by someone else");
        } finally {
            transactions.rollback();
        }

        Dossier after = dossiers.find(code);
        assertThat(after.stepNumber()).isEqualTo(next);
        assertThat(after.version()).isEqualTo(versionSeen + 1);
        assertThat(dossiers.history(code)).extracting(DossierEvent::type).extracting(Enum::name)
                .containsExactly("RECEIVED", "STEP_COMPLETED");
    }
}
