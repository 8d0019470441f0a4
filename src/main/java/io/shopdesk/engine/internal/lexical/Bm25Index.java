package io.shopdesk.engine.internal.lexical;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * BM25 over example questions (one document each, already analysed into terms), answering per label the best score
 * of its examples, divided by the most a document could score for that query (the sum of the query terms' idf), so
 * that scores of different questions compare: about 0.5 is a full match of every term once. Immutable, thread-safe.
 */
public final class Bm25Index {

    private static final String TEXT = "t";
    private static final String LABEL = "l";
    private static final int HITS = 100;
    private static final FieldType TERMS_ONLY = termsOnly();

    private final ByteBuffersDirectory directory;
    private final IndexSearcher searcher;
    private final int[] labelOfDoc;
    private final int labelCount;
    private final long docCount;
    private final long indexBytes;

    private Bm25Index(ByteBuffersDirectory directory, IndexSearcher searcher, int[] labelOfDoc, int labelCount) {
        this.directory = directory;
        this.searcher = searcher;
        this.labelOfDoc = labelOfDoc;
        this.labelCount = labelCount;
        this.docCount = labelOfDoc.length;
        this.indexBytes = sizeOf(directory);
    }

    /** An index of documents given as terms, each belonging to the label at the same position (0..labelCount-1). */
    public static Bm25Index build(List<List<String>> documents, int[] labels, int labelCount) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer())
                    .setSimilarity(new BM25Similarity())
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(true);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < documents.size(); i++) {
                    Document doc = new Document();
                    doc.add(new Field(TEXT, String.join(" ", documents.get(i)), TERMS_ONLY));
                    doc.add(new NumericDocValuesField(LABEL, labels[i]));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            int[] labelOfDoc = new int[reader.maxDoc()];
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues values = leaf.reader().getNumericDocValues(LABEL);
                for (int doc = 0; values != null && doc < leaf.reader().maxDoc(); doc++) {
                    if (values.advanceExact(doc)) {
                        labelOfDoc[leaf.docBase + doc] = (int) values.longValue();
                    }
                }
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            searcher.setQueryCache(null);
            return new Bm25Index(directory, searcher, labelOfDoc, labelCount);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Per label, the normalised best BM25 score of its examples for the query terms (0 for labels not hit). */
    public float[] labelScores(List<String> queryTerms) {
        float[] scores = new float[labelCount];
        Set<String> unique = new LinkedHashSet<>(queryTerms);
        if (unique.isEmpty() || docCount == 0) {
            return scores;
        }
        try {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            double ceiling = 0;
            int clauses = 0;
            for (String term : unique) {
                if (clauses++ >= IndexSearcher.getMaxClauseCount()) {
                    break;
                }
                Term t = new Term(TEXT, term);
                int df = searcher.getIndexReader().docFreq(t);
                ceiling += Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
                query.add(new TermQuery(t), BooleanClause.Occur.SHOULD);
            }
            TopDocs top = searcher.search(query.build(), HITS);
            for (ScoreDoc hit : top.scoreDocs) {
                int label = labelOfDoc[hit.doc];
                float normalized = (float) (hit.score / ceiling);
                if (normalized > scores[label]) {
                    scores[label] = normalized;
                }
            }
            return scores;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long ramBytesUsed() {
        return indexBytes + labelOfDoc.length * 4L + 16 * 1024;
    }

    private static long sizeOf(ByteBuffersDirectory directory) {
        long bytes = 0;
        try {
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    private static FieldType termsOnly() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.setStored(false);
        type.setOmitNorms(false);
        type.freeze();
        return type;
    }
}
