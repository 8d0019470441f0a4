package io.shopdesk.engine.internal.model;

import io.shopdesk.engine.internal.head.DenseHead;
import io.shopdesk.engine.internal.matching.IncompatibleModelException;
import io.shopdesk.engine.internal.matching.MatchLanguage;
import io.shopdesk.engine.internal.matching.TenantModel;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The byte format of a tenant model: a magic number and version, the language and the encoder's id, the labels, the
 * normalised examples with their vectors, the head's labels and weights, the fusion and calibration. The BM25 index
 * is rebuilt on reading (it is cheap and derived). Reading checks sizes before allocating, so a corrupt blob fails
 * with an {@link IOException}; a model whose vectors came from another encoder than the runtime's fails with an
 * {@link IncompatibleModelException}. Version 1 had no encoder id: the language's bge model made all its models.
 */
public final class ModelCodec {

    private static final int MAGIC = 0x53444D4D; // "SDMM"
    private static final int VERSION = 2;
    private static final int BEFORE_ENCODER_IDS = 1;
    private static final int MAX_ITEMS = 5_000_000;

    private ModelCodec() {}

    static void write(DefaultTenantModel model, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(model.language().name());
        out.writeUTF(model.encoderId());
        writeStrings(out, model.labelList());
        List<String> texts = model.texts();
        int[] labelOf = model.labelOf();
        LabelIndex index = model.index();
        out.writeInt(texts.size());
        out.writeInt(index.dimension());
        for (int i = 0; i < texts.size(); i++) {
            out.writeInt(labelOf[i]);
            out.writeUTF(texts.get(i));
        }
        writeFloats(out, index.flatVectors());
        out.writeInt(index.flatNegatives().length);
        writeFloats(out, index.flatNegatives());
        DenseHead head = model.head();
        out.writeBoolean(head != null);
        if (head != null) {
            writeStrings(out, model.headLabels());
            head.writeTo(out);
        }
        model.fusion().writeTo(out);
        out.flush();
    }

    public static TenantModel read(InputStream source, Function<MatchLanguage, Toolkit> toolkits) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("Not a ShopDesk matching model");
        }
        int version = in.readInt();
        if (version != VERSION && version != BEFORE_ENCODER_IDS) {
            throw new IOException("Unsupported model version " + version);
        }
        MatchLanguage language;
        try {
            language = MatchLanguage.valueOf(in.readUTF());
        } catch (IllegalArgumentException e) {
            throw new IOException("Unknown model language", e);
        }
        String trainedWith = version == BEFORE_ENCODER_IDS ? firstEncoder(language) : in.readUTF();
        Toolkit toolkit = toolkits.apply(language);
        if (!trainedWith.equals(toolkit.encoder().id())) {
            throw new IncompatibleModelException(trainedWith, toolkit.encoder().id());
        }
        List<String> labels = readStrings(in);
        int n = count(in.readInt());
        int dimension = in.readInt();
        if (dimension <= 0 || dimension > 4096 || (long) n * dimension > 200_000_000L) {
            throw new IOException("Corrupt model dimensions");
        }
        if (dimension != toolkit.encoder().dimension()) {
            throw new IncompatibleModelException(
                    trainedWith + " (" + dimension + " dimensions)",
                    toolkit.encoder().id());
        }
        List<String> texts = new ArrayList<>(n);
        int[] labelOf = new int[n];
        for (int i = 0; i < n; i++) {
            labelOf[i] = in.readInt();
            if (labelOf[i] < 0 || labelOf[i] >= labels.size()) {
                throw new IOException("Corrupt example label");
            }
            texts.add(in.readUTF());
        }
        float[] flat = readFloats(in, n * dimension);
        float[][] embeddings = new float[n][];
        for (int i = 0; i < n; i++) {
            embeddings[i] = java.util.Arrays.copyOfRange(flat, i * dimension, (i + 1) * dimension);
        }
        int negativeFloats = in.readInt();
        if (negativeFloats < 0 || negativeFloats % dimension != 0 || negativeFloats > 50_000_000) {
            throw new IOException("Corrupt out-of-scope vectors");
        }
        float[] negatives = readFloats(in, negativeFloats);
        DenseHead head = null;
        List<String> headLabels = List.of();
        if (in.readBoolean()) {
            headLabels = readStrings(in);
            head = DenseHead.read(in);
            if (head.classes() != headLabels.size()) {
                throw new IOException("Corrupt head");
            }
        }
        Fusion fusion = Fusion.read(in);
        return DefaultTenantModel.assemble(
                toolkit, labels, texts, labelOf, embeddings, head, headLabels, fusion, negatives);
    }

    /**
     * The encoder every version 1 model of a language was made with: a fact about old bytes, so spelled out here
     * rather than taken from the encoder catalogue, whose choice of model may change.
     */
    private static String firstEncoder(MatchLanguage language) {
        return switch (language) {
            case EN -> "bge-small-en-v1.5-q";
            case ZH -> "bge-small-zh-v1.5";
        };
    }

    private static int count(int n) throws IOException {
        if (n < 0 || n > MAX_ITEMS) {
            throw new IOException("Corrupt model: count " + n);
        }
        return n;
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            out.writeUTF(v);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = count(in.readInt());
        List<String> values = new ArrayList<>(Math.min(n, 1 << 16));
        for (int i = 0; i < n; i++) {
            values.add(in.readUTF());
        }
        return values;
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        for (float v : values) {
            if (!buffer.hasRemaining()) {
                out.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            buffer.putFloat(v);
        }
        out.write(buffer.array(), 0, buffer.position());
    }

    private static float[] readFloats(DataInputStream in, int n) throws IOException {
        float[] values = new float[n];
        byte[] bytes = new byte[1 << 16];
        int at = 0;
        while (at < n) {
            int chunk = Math.min(bytes.length / 4, n - at);
            in.readFully(bytes, 0, chunk * 4);
            ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, chunk * 4);
            for (int i = 0; i < chunk; i++) {
                values[at++] = buffer.getFloat();
            }
        }
        return values;
    }
}
