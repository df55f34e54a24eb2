package vn.motcua.catalog.adoption;

import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.Budget;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.Channels;
import vn.motcua.catalog.version.Fee;
import vn.motcua.catalog.version.NotificationChannel;
import vn.motcua.catalog.version.OnlineLevel;
import vn.motcua.catalog.version.RequiredDocument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A province procedure as one adopter offers it: the province's attributes, the adopter's steps,
 * and the total those steps add up to, which is shorter than the province's when the adopter
 * shortened a step.
 *
 * <p>The channels, documents, fees and legal basis are the province's legal content, which an
 * adopter never changes.
 *
 * @param provinceProcedureId the province's row, which a dossier pins together with the adoption
 * @param totalQuarters       the sum of the counted top-level steps' effective budgets
 */
public record EffectiveProcedure(ProcedureKey key, Long provinceProcedureId, String nationalCode, String name, String field,
                                 AdministrativeLevel handlingLevel, OnlineLevel onlineLevel, int totalQuarters,
                                 List<EffectiveStep> steps, Set<Channel> submissionChannels, Set<Channel> resultChannels,
                                 Set<NotificationChannel> notificationChannels, List<RequiredDocument> documents,
                                 List<Fee> fees, String legalBasis) {

    public EffectiveProcedure {
        steps = List.copyOf(steps);
        submissionChannels = Channels.copy(submissionChannels, Channel.class);
        resultChannels = Channels.copy(resultChannels, Channel.class);
        notificationChannels = Channels.copy(notificationChannels, NotificationChannel.class);
        documents = documents == null ? List.of() : List.copyOf(documents);
        fees = fees == null ? List.of() : List.copyOf(fees);
    }

    /** A procedure that states no channels, documents, fees or legal basis. */
    public EffectiveProcedure(ProcedureKey key, Long provinceProcedureId, String nationalCode, String name, String field,
                              AdministrativeLevel handlingLevel, OnlineLevel onlineLevel, int totalQuarters,
                              List<EffectiveStep> steps) {
        this(key, provinceProcedureId, nationalCode, name, field, handlingLevel, onlineLevel, totalQuarters, steps,
                Set.of(), Set.of(), Set.of(), List.of(), List.of(), null);
    }

    public BigDecimal totalDays() {
        return Budget.daysOf(totalQuarters);
    }

    public Optional<EffectiveStep> step(String number) {
        return steps.stream().filter(s -> s.number().equals(number)).findFirst();
    }

    /** As {@link vn.motcua.catalog.version.Procedure#executableSteps()}: sub-steps instead of their parent, no citizen steps. */
    public List<EffectiveStep> executableSteps() {
        Set<String> parents = steps.stream().filter(EffectiveStep::isSubStep).map(EffectiveStep::parentNumber)
                .collect(Collectors.toSet());
        return steps.stream()
                .filter(s -> !parents.contains(s.number()))
                .filter(s -> !s.isDoneByCitizen())
                .toList();
    }
}
