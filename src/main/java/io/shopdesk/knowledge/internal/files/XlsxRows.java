package io.shopdesk.knowledge.internal.files;

import io.shopdesk.shared.BusinessRuleException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;

/**
 * Reads the first sheet of an XLSX workbook as a stream of SAX events (POI's event API), so large sheets never
 * become a full object model in memory. Date cells are read as ISO dates (2026-12-31), other cells as shown.
 */
final class XlsxRows {

    private XlsxRows() {}

    static List<SheetRow> read(String fileName, byte[] bytes, int maxRows) {
        var rows = new ArrayList<SheetRow>();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new BusinessRuleException("error.import.empty", fileName);
            }
            try (InputStream sheet = sheets.next()) {
                var parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(), null, strings, new Collector(rows, maxRows), new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (BusinessRuleException e) {
            throw e;
        } catch (TooManyRows e) {
            throw new BusinessRuleException("error.import.too-many-rows", maxRows);
        } catch (Exception | LinkageError malformed) {
            throw new BusinessRuleException("error.import.xlsx-malformed", fileName);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
        return rows;
    }

    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<SheetRow> rows;
        private final int maxRows;
        private final List<String> cells = new ArrayList<>();

        Collector(List<SheetRow> rows, int maxRows) {
            this.rows = rows;
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            var row = new SheetRow(rowNum + 1, cells);
            if (!row.isBlank()) {
                if (rows.size() > maxRows) {
                    throw new TooManyRows();
                }
                rows.add(row);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /** Formats date cells as ISO dates whatever their display format; everything else as Excel shows it. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
