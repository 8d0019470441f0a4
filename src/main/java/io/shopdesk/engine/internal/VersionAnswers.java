package io.shopdesk.engine.internal;

import io.shopdesk.engine.BotAnswer;
import io.shopdesk.engine.ModelStatus;
import io.shopdesk.engine.internal.matching.IncompatibleModelException;
import io.shopdesk.engine.internal.matching.Matching;
import io.shopdesk.engine.internal.matching.TenantModel;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.shared.TenantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Answers with a given model version of the current tenant, not only the live one: the console compares a candidate
 * with the live model before a trainer publishes it. The live version answers from the resident model; another
 * version is read from the database and kept in a small cache (a few models, least recently used out), apart from
 * the runtime's memory budget and never used for customers.
 */
@Component
public class VersionAnswers {

    static final int CACHED_MODELS = 3;

    private final EngineModelRepository models;
    private final ModelBytes bytes;
    private final Matching matching;
    private final ResidentModels residents;
    private final Map<Key, TenantModel> cache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, TenantModel> eldest) {
            return size() > CACHED_MODELS;
        }
    };

    VersionAnswers(EngineModelRepository models, ModelBytes bytes, Matching matching, ResidentModels residents) {
        this.models = models;
        this.bytes = bytes;
        this.matching = matching;
        this.residents = residents;
    }

    /** A model version of the current tenant, ready to answer; fails with {@link NotFoundException} if none. */
    public Answering version(int version) {
        return answering(version, false);
    }

    /**
     * A model version of the current tenant as its training left it, without the incremental updates written over
     * it since (for a version never updated, the same as {@link #version}); fails with {@link NotFoundException}.
     */
    public Answering trained(int version) {
        return answering(version, true);
    }

    private Answering answering(int version, boolean asTrained) {
        TenantId tenant = TenantContext.require();
        var row = models.findByModelVersion(version).orElseThrow(() -> new NotFoundException("model", version));
        boolean current = !asTrained || row.revision() == 0;
        var resident = residents.residentIfLoaded(tenant);
        if (current
                && resident.isPresent()
                && resident.get().live().modelId() == row.id()
                && resident.get().live().revision() == row.revision()) {
            return new Answering(
                    version, row.status(), row.revision(), resident.get().model());
        }
        int revision = current ? row.revision() : 0;
        var key = new Key(tenant, row.id(), revision);
        synchronized (cache) {
            var cached = cache.get(key);
            if (cached != null) {
                return new Answering(version, row.status(), revision, cached);
            }
        }
        TenantModel model;
        try (var in = current ? bytes.read(tenant, row.id()) : bytes.readTrained(tenant, row.id())) {
            model = matching.read(in);
        } catch (IncompatibleModelException e) {
            throw new BusinessRuleException("engine.error.incompatible-model", version);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read model v" + version + " of " + tenant, e);
        }
        synchronized (cache) {
            cache.put(key, model);
        }
        return new Answering(version, row.status(), revision, model);
    }

    /** The newest candidate version of the current tenant, if any. */
    public Optional<Integer> newestCandidate() {
        return models.findAllByOrderByModelVersionDesc().stream()
                .filter(model -> model.status() == ModelStatus.CANDIDATE)
                .map(EngineModel::modelVersion)
                .findFirst();
    }

    /** The current tenant's live version, if any. */
    public Optional<Integer> liveVersion() {
        return models.findFirstByStatus(ModelStatus.LIVE).map(EngineModel::modelVersion);
    }

    /**
     * A model version that answers questions as the runtime would (same candidates, same confidences); revision
     * counts the incremental updates in it (0: as trained).
     */
    public record Answering(int version, ModelStatus status, int revision, TenantModel model) {

        public BotAnswer answer(String question) {
            return ResidentModels.Resident.toAnswer(model.predict(question), version);
        }
    }

    private record Key(TenantId tenant, long modelId, int revision) {}
}
