package io.shopdesk.reporting;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads reports back as a person would see them: the PDF's text lines and first page, the XLSX's rows of cells. */
final class ReportDocuments {

    private ReportDocuments() {}

    static byte[] bytes(java.util.function.Consumer<ByteArrayOutputStream> writer) {
        var out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toByteArray();
    }

    /** The PDF's text, one line per printed line, runs of white space as one space. */
    static List<String> pdfLines(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document)
                    .lines()
                    .map(line -> line.strip().replaceAll("\\s+", " "))
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The names of the fonts the PDF's first page uses. */
    static List<String> pdfFonts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            var names = new ArrayList<String>();
            for (var name : resources.getFontNames()) {
                names.add(resources.getFont(name).getName());
            }
            return names;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static BufferedImage firstPage(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Pixels darker than mid-grey inside a rectangle given in PDF points (1/72 inch) from the top left corner. */
    static int darkPixels(BufferedImage page, float dpi, int x, int y, int width, int height) {
        float scale = dpi / 72f;
        int dark = 0;
        for (int py = Math.round(y * scale); py < Math.round((y + height) * scale); py++) {
            for (int px = Math.round(x * scale); px < Math.round((x + width) * scale); px++) {
                int rgb = page.getRGB(px, py);
                int luminance = (((rgb >> 16) & 0xff) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff)) / 10;
                if (luminance < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    /** The first sheet's rows, each as its non-blank cells' displayed texts in column order. */
    /** The non-empty cells of the first sheet per row: a {@code Double} for a numeric cell, else its text. */
    static List<List<Object>> xlsxValues(byte[] xlsx) {
        try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var rows = new ArrayList<List<Object>>();
            for (var row : workbook.getSheetAt(0)) {
                var cells = new ArrayList<Object>();
                for (var cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        cells.add(cell.getNumericCellValue());
                    } else if (!cell.getStringCellValue().isBlank()) {
                        cells.add(cell.getStringCellValue().strip());
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
            }
            return rows;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static List<List<String>> xlsxRows(byte[] xlsx) {
        try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var formatter = new DataFormatter();
            var rows = new ArrayList<List<String>>();
            for (var row : workbook.getSheetAt(0)) {
                var cells = new ArrayList<String>();
                for (var cell : row) {
                    String text = formatter.formatCellValue(cell).strip();
                    if (!text.isEmpty()) {
                        cells.add(text);
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
            }
            return rows;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
