package io.shopdesk.knowledge.internal.files;

import io.shopdesk.knowledge.FaqEntrySummary;
import io.shopdesk.knowledge.FaqFileFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes FAQ entries in the import format, so an export can be imported again. CSV is UTF-8 with a byte order mark
 * (so Excel shows Chinese correctly) and CRLF line ends; XLSX is written as a stream (SXSSF), 100 rows in memory.
 * Cells that start with = + - @ (or a tab or carriage return) get a leading apostrophe so no spreadsheet runs them
 * as formulas (CSV injection); the importer drops that apostrophe again.
 */
public final class FaqFileWriter implements AutoCloseable {

    private static final int WINDOW = 100;

    private final FaqFileFormat format;
    private final List<String> variantChannels;
    private final OutputStream out;
    private CSVPrinter csv;
    private SXSSFWorkbook workbook;
    private Sheet sheet;
    private CellStyle wrap;
    private int rowIndex;

    /** Starts a file with the header row; {@code variantChannels} get an {@code answer:<CHANNEL>} column each. */
    public FaqFileWriter(FaqFileFormat format, List<String> variantChannels, OutputStream out) {
        this.format = format;
        this.variantChannels = List.copyOf(variantChannels);
        this.out = out;
        try {
            if (format == FaqFileFormat.CSV) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                csv = new CSVPrinter(
                        writer,
                        CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
            } else {
                workbook = new SXSSFWorkbook(WINDOW);
                sheet = workbook.createSheet("FAQ");
                wrap = workbook.createCellStyle();
                wrap.setWrapText(true);
                var bold = workbook.createCellStyle();
                var font = workbook.createFont();
                font.setBold(true);
                bold.setFont(font);
                sheet.setColumnWidth(2, 40 * 256);
                sheet.setColumnWidth(3, 40 * 256);
                sheet.setColumnWidth(4, 60 * 256);
                writeRow(header(), bold);
                sheet.createFreezePane(0, 1);
                return;
            }
            csv.printRecord(header());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one entry; {@code variants} maps channel types to answers. */
    public void write(FaqEntrySummary entry, Map<String, String> variants) {
        var cells = new ArrayList<String>();
        cells.add(entry.key() == null ? "" : entry.key());
        cells.add(entry.category() == null ? "" : entry.category());
        cells.add(entry.question());
        cells.add(String.join("\n", entry.similarQuestions()));
        cells.add(entry.answer());
        cells.add(String.join(", ", entry.tags()));
        cells.add(entry.status().name());
        cells.add(entry.validFrom() == null ? "" : entry.validFrom().toString());
        cells.add(entry.validUntil() == null ? "" : entry.validUntil().toString());
        variantChannels.forEach(channel -> cells.add(variants.getOrDefault(channel, "")));
        var escaped = cells.stream().map(FaqFileWriter::escape).toList();
        try {
            if (csv != null) {
                csv.printRecord(escaped);
            } else {
                writeRow(escaped, wrap);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (csv != null) {
                csv.flush();
            } else {
                workbook.write(out);
                workbook.close();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FaqFileFormat format() {
        return format;
    }

    /** Prefixes an apostrophe to text a spreadsheet would take for a formula. */
    public static String escape(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }

    private List<String> header() {
        var header = new ArrayList<String>();
        for (FaqColumn column : FaqColumn.values()) {
            header.add(column.header());
        }
        variantChannels.forEach(channel -> header.add(FaqColumn.VARIANT_PREFIX + channel));
        return header;
    }

    private void writeRow(List<String> cells, CellStyle style) {
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < cells.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(cells.get(i));
            cell.setCellStyle(style);
        }
    }
}
