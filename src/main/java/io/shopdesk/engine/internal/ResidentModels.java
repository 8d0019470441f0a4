package io.shopdesk.engine.internal;

import io.shopdesk.engine.AnswerCandidate;
import io.shopdesk.engine.BotAnswer;
import io.shopdesk.engine.BotEngine;
import io.shopdesk.engine.internal.ModelBytes.LiveModel;
import io.shopdesk.engine.internal.matching.IncompatibleModelException;
import io.shopdesk.engine.internal.matching.Matching;
import io.shopdesk.engine.internal.matching.Prediction;
import io.shopdesk.engine.internal.matching.TenantModel;
import io.shopdesk.shared.TenantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The shared runtime: tenants' live models, loaded from the database on first use and evicted least-recently-used
 * when their total size exceeds the memory budget. A model is swapped in whole, so a request in flight finishes on
 * the model it started with and none is dropped. Each resident model carries a cache of recent answers; the cache
 * belongs to that model, so every model change (publish, rollback, incremental update) starts with an empty one.
 */
@Component
class ResidentModels implements BotEngine {

    private static final Logger log = LoggerFactory.getLogger(ResidentModels.class);
    /** Rough heap cost of one cached answer (key, candidates, map entry). */
    static final long CACHED_ANSWER_BYTES = 400;

    private final Matching matching;
    private final ModelBytes store;
    private final TrainingJobs jobs;
    private final Clock clock;
    private final long budgetBytes;
    private final int cacheEntries;
    private final Duration absentFor;

    private final ReentrantLock lock = new ReentrantLock();
    /** Access-ordered: the first entry is the least recently used. Guarded by {@link #lock}. */
    private final LinkedHashMap<TenantId, Resident> residents = new LinkedHashMap<>(64, 0.75f, true);

    private long residentBytes;
    private final ConcurrentHashMap<TenantId, CompletableFuture<Optional<Resident>>> loading =
            new ConcurrentHashMap<>();
    /** Tenants known to have no live model, until when: spares the database a query per question. */
    private final ConcurrentHashMap<TenantId, Instant> absent = new ConcurrentHashMap<>();
    /** Stored models this runtime's encoders cannot read (see {@link #readLive}). */
    private final Set<Long> incompatible = ConcurrentHashMap.newKeySet();

    ResidentModels(
            Matching matching,
            ModelBytes store,
            TrainingJobs jobs,
            Clock clock,
            @Value("${shopdesk.engine.memory-budget:2GB}") DataSize budget,
            @Value("${shopdesk.engine.answer-cache-entries:4096}") int cacheEntries,
            @Value("${shopdesk.engine.absent-model-recheck:5s}") Duration absentFor) {
        this.matching = matching;
        this.store = store;
        this.jobs = jobs;
        this.clock = clock;
        this.budgetBytes = budget.toBytes();
        this.cacheEntries = cacheEntries;
        this.absentFor = absentFor;
    }

    @Override
    public BotAnswer answer(TenantId tenant, String question) {
        var resident = resident(tenant);
        if (resident.isEmpty()) {
            return BotAnswer.none(0);
        }
        return resident.get().answer(question);
    }

    /** The tenant's resident model, loading it when it is not resident; empty when the tenant has no live model. */
    Optional<Resident> resident(TenantId tenant) {
        lock.lock();
        try {
            var resident = residents.get(tenant);
            if (resident != null) {
                return Optional.of(resident);
            }
        } finally {
            lock.unlock();
        }
        var until = absent.get(tenant);
        if (until != null && until.isAfter(clock.instant())) {
            return Optional.empty();
        }
        return load(tenant);
    }

    /** The model a tenant answers with now, if it is resident (no loading). */
    Optional<Resident> residentIfLoaded(TenantId tenant) {
        lock.lock();
        try {
            return Optional.ofNullable(residents.get(tenant));
        } finally {
            lock.unlock();
        }
    }

    /** Makes the model the tenant's resident one, replacing any other; evicts others if over budget. */
    Resident install(LiveModel live, TenantModel model) {
        var resident = new Resident(live, model, cacheEntries);
        absent.remove(live.tenant());
        lock.lock();
        try {
            var previous = residents.put(live.tenant(), resident);
            if (previous != null) {
                residentBytes -= previous.bytes();
            }
            residentBytes += resident.bytes();
            evictOverBudget(live.tenant());
        } finally {
            lock.unlock();
        }
        log.info(
                "Model v{}.{} of {} is resident ({} KiB)",
                live.version(),
                live.revision(),
                live.tenant(),
                resident.bytes() / 1024);
        return resident;
    }

    /**
     * Installs the model only if the tenant still answers with {@code expected}: a poll that read the database
     * before a newer model was installed here must not put the older one back.
     */
    boolean replace(LiveModel expected, LiveModel live, TenantModel model) {
        lock.lock();
        try {
            var current = residents.get(live.tenant());
            if (current == null || !current.live().equals(expected)) {
                return false;
            }
            install(live, model);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets the tenant's model (a suspended or deleted tenant, or one whose live model is gone). */
    void evict(TenantId tenant) {
        lock.lock();
        try {
            var removed = residents.remove(tenant);
            if (removed != null) {
                residentBytes -= removed.bytes();
            }
        } finally {
            lock.unlock();
        }
        absent.remove(tenant);
    }

    /** Which stored state each resident tenant answers with. */
    List<LiveModel> residentStates() {
        lock.lock();
        try {
            var states = new ArrayList<LiveModel>();
            residents.values().forEach(resident -> states.add(resident.live()));
            return states;
        } finally {
            lock.unlock();
        }
    }

    long residentBytes() {
        lock.lock();
        try {
            return residentBytes;
        } finally {
            lock.unlock();
        }
    }

    int residentCount() {
        lock.lock();
        try {
            return residents.size();
        } finally {
            lock.unlock();
        }
    }

    /** Reads the tenant's live model from the database; concurrent callers for one tenant share one load. */
    private Optional<Resident> load(TenantId tenant) {
        var mine = new CompletableFuture<Optional<Resident>>();
        var theirs = loading.putIfAbsent(tenant, mine);
        if (theirs != null) {
            return theirs.join();
        }
        try {
            var loaded = readLive(tenant).map(found -> install(found.live(), found.model()));
            if (loaded.isEmpty()) {
                absent.put(tenant, clock.instant().plus(absentFor));
                jobs.prioritize(tenant);
            }
            mine.complete(loaded);
            return loaded;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(tenant, mine);
        }
    }

    /**
     * The tenant's live model as stored, read from the database (not installed), unless this runtime's encoder
     * cannot read it (it was trained with another one, e.g. before an upgrade): then the tenant is trained again,
     * first in line, and has no model until that is done. Each such model is tried once per JVM, so a retraining
     * that fails is not requested again on every question.
     */
    Optional<Loaded> readLive(TenantId tenant) {
        var live = store.live(tenant);
        if (live.isEmpty() || incompatible.contains(live.get().modelId())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Loaded(live.get(), read(live.get())));
        } catch (IncompatibleModelException stale) {
            incompatible.add(live.get().modelId());
            log.warn(
                    "Model v{} of {} cannot be used, training again: {}",
                    live.get().version(),
                    tenant,
                    stale.getMessage());
            jobs.requestUnlessOpen(tenant, true);
            return Optional.empty();
        }
    }

    /**
     * The stored model, read from the database. A model this runtime's encoders cannot read fails with the checked
     * {@link IncompatibleModelException}, which callers must handle; unreadable bytes fail unchecked.
     */
    TenantModel read(LiveModel live) throws IncompatibleModelException {
        try (var in = store.read(live.tenant(), live.modelId())) {
            return matching.read(in);
        } catch (IncompatibleModelException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read model " + live.modelId() + " of " + live.tenant(), e);
        }
    }

    private void evictOverBudget(TenantId keep) {
        Iterator<Map.Entry<TenantId, Resident>> eldestFirst =
                residents.entrySet().iterator();
        while (residentBytes > budgetBytes && eldestFirst.hasNext()) {
            var eldest = eldestFirst.next();
            if (eldest.getKey().equals(keep)) {
                continue;
            }
            residentBytes -= eldest.getValue().bytes();
            eldestFirst.remove();
            log.info("Evicted the model of {} (memory budget)", eldest.getKey());
        }
    }

    record Loaded(LiveModel live, TenantModel model) {}

    /** A tenant's model in memory with its answer cache. */
    static final class Resident {

        private final LiveModel live;
        private final TenantModel model;
        private final long bytes;
        private final Map<String, BotAnswer> cache;

        Resident(LiveModel live, TenantModel model, int cacheEntries) {
            this.live = live;
            this.model = model;
            this.bytes = model.memoryBytes() + cacheEntries * CACHED_ANSWER_BYTES;
            this.cache = new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, BotAnswer> eldest) {
                    return size() > cacheEntries;
                }
            };
        }

        LiveModel live() {
            return live;
        }

        TenantModel model() {
            return model;
        }

        long bytes() {
            return bytes;
        }

        BotAnswer answer(String question) {
            String key = cacheKey(question);
            synchronized (cache) {
                var cached = cache.get(key);
                if (cached != null) {
                    return cached;
                }
            }
            var answer = toAnswer(model.predict(question), live.version());
            synchronized (cache) {
                cache.put(key, answer);
            }
            return answer;
        }

        /** Questions that differ only in case and spacing get the same answer. */
        static String cacheKey(String question) {
            return question.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }

        static BotAnswer toAnswer(Prediction prediction, int version) {
            var candidates = prediction.candidates().stream()
                    .map(candidate -> new AnswerCandidate(Long.parseLong(candidate.label()), candidate.confidence()))
                    .toList();
            return new BotAnswer(candidates, version);
        }
    }
}
