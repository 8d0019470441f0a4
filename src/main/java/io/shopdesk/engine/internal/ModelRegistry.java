package io.shopdesk.engine.internal;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.engine.ModelPublished;
import io.shopdesk.engine.ModelStatus;
import io.shopdesk.engine.internal.ModelBytes.LiveModel;
import io.shopdesk.engine.internal.matching.IncompatibleModelException;
import io.shopdesk.engine.internal.matching.TenantModel;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.shared.TenantId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores trained models as numbered versions and moves them between candidate, live, retired and discarded, each
 * change audited and in one transaction. After a model goes live on this replica it is installed in the runtime
 * at once; other replicas notice the new live version by polling (see {@link ReplicaSync}).
 */
@Component
class ModelRegistry {

    private static final Logger log = LoggerFactory.getLogger(ModelRegistry.class);
    private static final int STORE_ATTEMPTS = 3;

    private final EngineModelRepository models;
    private final ModelBytes bytes;
    private final ResidentModels residents;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ModelRegistry(
            EngineModelRepository models,
            ModelBytes bytes,
            ResidentModels residents,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.models = models;
        this.bytes = bytes;
        this.residents = residents;
        this.auditLog = auditLog;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Stores a freshly trained model as the tenant's next version, live at once when asked. Returns its version. */
    StoredModel store(TenantId tenant, TenantModel model, TrainingStats stats, String requestedBy, boolean publish) {
        byte[] data = serialize(model);
        for (int attempt = 1; ; attempt++) {
            try {
                return store(tenant, model, data, stats, requestedBy, publish);
            } catch (PessimisticLockingFailureException e) {
                // InnoDB picks a deadlock victim when models are stored at the same time (seen in CI). The whole
                // store is one transaction, rolled back, so it is run again: a failed store would fail the training.
                if (attempt == STORE_ATTEMPTS) {
                    throw e;
                }
                log.info(
                        "Storing a model of {} met a lock conflict; attempt {} of {}",
                        tenant,
                        attempt + 1,
                        STORE_ATTEMPTS);
            }
        }
    }

    private StoredModel store(
            TenantId tenant, TenantModel model, byte[] data, TrainingStats stats, String requestedBy, boolean publish) {
        var stored = TenantContext.callAs(
                tenant,
                () -> transactions.execute(status -> {
                    int next = models.highestVersion() + 1;
                    var row = models.saveAndFlush(new EngineModel(
                            next,
                            model.language().name(),
                            model.labels().size(),
                            stats.examples(),
                            data.length,
                            stats.seconds(),
                            clock.instant(),
                            requestedBy));
                    bytes.write(tenant, row.id(), data);
                    auditLog.record(
                            tenant,
                            "engine.model-trained",
                            "v" + next,
                            null,
                            "labels=" + model.labels().size() + ", examples=" + stats.examples());
                    if (publish) {
                        goLive(tenant, row, false);
                    }
                    return new StoredModel(row.id(), next, row.revision(), publish);
                }));
        if (stored.live()) {
            residents.install(new LiveModel(tenant, stored.modelId(), stored.version(), stored.revision()), model);
        }
        return stored;
    }

    /** Makes a candidate, or (rolling back) a retired version, the live model. */
    void publish(TenantId tenant, int version, boolean rollback) {
        var live = TenantContext.callAs(
                tenant,
                () -> transactions.execute(status -> {
                    var row = models.findByModelVersion(version)
                            .orElseThrow(() -> new NotFoundException("model", version));
                    var expected = rollback ? ModelStatus.RETIRED : ModelStatus.CANDIDATE;
                    if (row.status() != expected) {
                        throw new BusinessRuleException(
                                rollback ? "engine.error.not-retired" : "engine.error.not-candidate", version);
                    }
                    var candidate = new LiveModel(tenant, row.id(), row.modelVersion(), row.revision());
                    var model = readable(candidate);
                    goLive(tenant, row, rollback);
                    return new ResidentModels.Loaded(candidate, model);
                }));
        residents.install(live.live(), live.model());
    }

    /** The stored model, read before it goes live: one this runtime's encoders cannot read never does. */
    private TenantModel readable(LiveModel model) {
        try {
            return residents.read(model);
        } catch (IncompatibleModelException e) {
            throw new BusinessRuleException("engine.error.incompatible-model", model.version());
        }
    }

    void discard(TenantId tenant, int version) {
        TenantContext.runAs(
                tenant,
                () -> transactions.executeWithoutResult(status -> {
                    var row = models.findByModelVersion(version)
                            .orElseThrow(() -> new NotFoundException("model", version));
                    if (row.status() != ModelStatus.CANDIDATE) {
                        throw new BusinessRuleException("engine.error.not-candidate", version);
                    }
                    row.discard();
                    auditLog.record(
                            tenant, "engine.model-discarded", "v" + version, "status=CANDIDATE", "status=DISCARDED");
                }));
    }

    /**
     * Writes an incrementally updated model over the live one it was derived from, and installs it. Fails with
     * {@link ObjectOptimisticLockingFailureException} when the live model changed meanwhile (the caller retries).
     */
    LiveModel revise(LiveModel from, TenantModel updated, int examplesAdded) {
        byte[] data = serialize(updated);
        var tenant = from.tenant();
        var revised = TenantContext.callAs(
                tenant,
                () -> transactions.execute(status -> {
                    var row = models.findById(from.modelId())
                            .filter(found -> found.status() == ModelStatus.LIVE && found.revision() == from.revision())
                            .orElseThrow(() ->
                                    new ObjectOptimisticLockingFailureException(EngineModel.class, from.modelId()));
                    if (row.revision() == 0) {
                        bytes.keepTrained(tenant, row.id());
                    }
                    row.revised(updated.labels().size(), examplesAdded, data.length);
                    bytes.write(tenant, row.id(), data);
                    models.saveAndFlush(row);
                    return new LiveModel(tenant, row.id(), row.modelVersion(), row.revision());
                }));
        residents.install(revised, updated);
        return revised;
    }

    Optional<ResidentModels.Loaded> live(TenantId tenant) {
        return residents
                .residentIfLoaded(tenant)
                .map(resident -> new ResidentModels.Loaded(resident.live(), resident.model()))
                .or(() -> residents.readLive(tenant));
    }

    private void goLive(TenantId tenant, EngineModel row, boolean rollback) {
        var previous = models.findFirstByStatus(ModelStatus.LIVE);
        previous.ifPresent(EngineModel::retire);
        previous.ifPresent(models::saveAndFlush);
        row.goLive(clock.instant());
        models.saveAndFlush(row);
        auditLog.record(
                tenant,
                rollback ? "engine.model-rolled-back" : "engine.model-published",
                "v" + row.modelVersion(),
                previous.map(found -> "live=v" + found.modelVersion()).orElse("live=none"),
                "live=v" + row.modelVersion());
        events.publishEvent(new ModelPublished(tenant, row.modelVersion(), rollback));
    }

    private static byte[] serialize(TenantModel model) {
        var out = new ByteArrayOutputStream(1 << 20);
        try {
            model.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a model", e);
        }
        return out.toByteArray();
    }

    /** How a training run went: examples it learned from and its duration. */
    record TrainingStats(int examples, double seconds) {}

    record StoredModel(long modelId, int version, int revision, boolean live) {}
}
