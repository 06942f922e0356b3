package vm370.spool.host;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders laid-out pages as a PDF on 14 7/8 inch wide green-bar continuous forms as long as the
 * forms control buffer makes them (66 lines at six lines an inch: 11 inches), green bands every
 * three lines, Courier at ten characters an inch (smaller when a line is wider than 132 columns),
 * overprinted text drawn on the same line.
 */
public final class GreenBarPdf {

    private static final float POINTS_PER_INCH = 72f;
    private static final float WIDTH = 14.875f * POINTS_PER_INCH;
    private static final float MARGIN = 0.6f * POINTS_PER_INCH;
    private static final float COURIER_ADVANCE = 0.6f;

    private GreenBarPdf() {
    }

    /** The PDF bytes of the pages. */
    public static byte[] render(List<PrintLayout.Page> pages) throws IOException {
        int widest = 132;
        for (PrintLayout.Page page : pages) {
            for (List<String> texts : page.lines()) {
                for (String text : texts) {
                    widest = Math.max(widest, text.length());
                }
            }
        }
        float widthFit = (WIDTH - 2 * MARGIN) / (widest * COURIER_ADVANCE);
        try (PDDocument document = new PDDocument()) {
            PDType1Font courier = new PDType1Font(Standard14Fonts.FontName.COURIER);
            for (PrintLayout.Page page : pages) {
                float lineHeight = POINTS_PER_INCH / page.linesPerInch();
                float height = page.lines().size() * lineHeight;
                float fontSize = Math.min(widthFit, lineHeight);
                PDPage pdfPage = new PDPage(new PDRectangle(WIDTH, height));
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    drawBars(content, page.lines().size(), lineHeight);
                    content.setNonStrokingColor(0f, 0f, 0f);
                    for (int i = 0; i < page.usedLines(); i++) {
                        float baseline = height - (i + 1) * lineHeight + lineHeight * 0.25f;
                        for (String text : page.lines().get(i)) {
                            if (text.isBlank()) {
                                continue;
                            }
                            content.beginText();
                            content.setFont(courier, fontSize);
                            content.newLineAtOffset(MARGIN, baseline);
                            content.showText(printable(text));
                            content.endText();
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void drawBars(PDPageContentStream content, int lines, float lineHeight) throws IOException {
        float height = lines * lineHeight;
        content.setNonStrokingColor(0.82f, 0.93f, 0.82f);
        for (int band = 0; band * 3 < lines; band += 2) {
            float top = height - band * 3 * lineHeight;
            content.addRect(MARGIN * 0.5f, top - 3 * lineHeight, WIDTH - MARGIN, 3 * lineHeight);
        }
        content.fill();
        content.setNonStrokingColor(0.9f, 0.9f, 0.9f);
        for (float y = height - 0.25f * POINTS_PER_INCH; y > 0; y -= 0.5f * POINTS_PER_INCH) {
            content.addRect(0.12f * POINTS_PER_INCH, y - 4, 8, 8);
            content.addRect(WIDTH - 0.12f * POINTS_PER_INCH - 8, y - 4, 8, 8);
        }
        content.fill();
    }

    /** Courier's WinAnsi encoding has no control characters: they print as blanks, as on a 1403. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || (c >= 0x7F && c < 0xA0) || c > 0xFF ? ' ' : c);
        }
        return out.toString();
    }
}
