package io.shopdesk.engine.internal.encoder;

import ai.onnxruntime.OrtException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The encoder every tenant of one language shares. Callers hand in texts and wait; a few worker threads (one per
 * core is right: each inference runs single-threaded) take whatever questions are waiting, up to {@code maxBatch},
 * and encode them in one ONNX call, so a busy runtime pays for fewer, larger calls while an idle one adds no delay.
 * Questions being answered always go before training work, which is cut into chunks. Recent questions are cached.
 */
final class BatchingEncoder implements SentenceEncoder, AutoCloseable {

    private static final int BULK_CHUNK = 16;

    private final String id;
    private final OnnxEncoder onnx;
    private final WordPieceTokenizer tokenizer;
    private final int maxTokens;
    private final int maxBatch;
    private final Map<String, float[]> cache;
    private final int cacheSize;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final ArrayDeque<Job> live = new ArrayDeque<>();
    private final ArrayDeque<Job> bulk = new ArrayDeque<>();
    private final List<Thread> workers = new ArrayList<>();
    private boolean closed;

    BatchingEncoder(
            String name,
            OnnxEncoder onnx,
            WordPieceTokenizer tokenizer,
            int maxTokens,
            int threads,
            int maxBatch,
            int cacheSize) {
        this.id = name;
        this.onnx = onnx;
        this.tokenizer = tokenizer;
        this.maxTokens = maxTokens;
        this.maxBatch = Math.max(1, maxBatch);
        this.cacheSize = cacheSize;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > BatchingEncoder.this.cacheSize;
            }
        };
        for (int i = 0; i < Math.max(1, threads); i++) {
            Thread worker = Thread.ofPlatform()
                    .daemon()
                    .name("encoder-" + name + "-" + i)
                    .unstarted(this::work);
            workers.add(worker);
            worker.start();
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimension() {
        return onnx.dimension();
    }

    @Override
    public float[] encode(String normalizedText) {
        if (cacheSize > 0) {
            synchronized (cache) {
                float[] hit = cache.get(normalizedText);
                if (hit != null) {
                    return hit;
                }
            }
        }
        Job job = new Job(List.of(tokenizer.encode(normalizedText, maxTokens)));
        submit(job, live);
        float[] vector = await(job)[0];
        if (cacheSize > 0) {
            synchronized (cache) {
                cache.put(normalizedText, vector);
            }
        }
        return vector;
    }

    @Override
    public float[][] encodeAll(List<String> normalizedTexts, Progress progress) {
        int n = normalizedTexts.size();
        Integer[] order = new Integer[n];
        int[][] ids = new int[n][];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            ids[i] = tokenizer.encode(normalizedTexts.get(i), maxTokens);
        }
        // Similar lengths in one chunk waste less on padding.
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> ids[i].length));
        List<Job> jobs = new ArrayList<>();
        List<int[]> chunkIds = new ArrayList<>();
        List<int[]> chunkOrder = new ArrayList<>();
        int[] indexes = new int[Math.min(BULK_CHUNK, Math.max(1, n))];
        int filled = 0;
        for (int k = 0; k < n; k++) {
            chunkIds.add(ids[order[k]]);
            indexes[filled++] = order[k];
            if (filled == BULK_CHUNK || k == n - 1) {
                Job job = new Job(List.copyOf(chunkIds));
                jobs.add(job);
                chunkOrder.add(java.util.Arrays.copyOf(indexes, filled));
                submit(job, bulk);
                chunkIds.clear();
                filled = 0;
            }
        }
        float[][] out = new float[n][];
        int done = 0;
        for (int j = 0; j < jobs.size(); j++) {
            float[][] vectors = await(jobs.get(j));
            int[] positions = chunkOrder.get(j);
            for (int r = 0; r < positions.length; r++) {
                out[positions[r]] = vectors[r];
            }
            done += positions.length;
            progress.encoded(done);
        }
        return out;
    }

    private void submit(Job job, ArrayDeque<Job> queue) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("The encoder is closed");
            }
            queue.add(job);
            work.signal();
        } finally {
            lock.unlock();
        }
    }

    private static float[][] await(Job job) {
        try {
            return job.result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while encoding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Encoding failed", e.getCause());
        }
    }

    private void work() {
        while (true) {
            List<Job> batch = new ArrayList<>();
            lock.lock();
            try {
                while (live.isEmpty() && bulk.isEmpty() && !closed) {
                    work.awaitUninterruptibly();
                }
                if (closed && live.isEmpty() && bulk.isEmpty()) {
                    return;
                }
                if (!live.isEmpty()) {
                    while (!live.isEmpty() && batch.size() < maxBatch) {
                        batch.add(live.poll());
                    }
                } else {
                    batch.add(bulk.poll());
                }
            } finally {
                lock.unlock();
            }
            run(batch);
        }
    }

    private void run(List<Job> batch) {
        List<int[]> ids = new ArrayList<>();
        for (Job job : batch) {
            ids.addAll(job.ids);
        }
        try {
            float[][] vectors = onnx.encode(ids);
            int at = 0;
            for (Job job : batch) {
                float[][] mine = new float[job.ids.size()][];
                System.arraycopy(vectors, at, mine, 0, mine.length);
                at += mine.length;
                job.result.complete(mine);
            }
        } catch (OrtException | RuntimeException e) {
            batch.forEach(job -> job.result.completeExceptionally(e));
        }
    }

    @Override
    public void close() throws OrtException {
        lock.lock();
        try {
            closed = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
        for (Thread worker : workers) {
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        onnx.close();
    }

    private record Job(List<int[]> ids, CompletableFuture<float[][]> result) {
        Job(List<int[]> ids) {
            this(ids, new CompletableFuture<>());
        }
    }
}
