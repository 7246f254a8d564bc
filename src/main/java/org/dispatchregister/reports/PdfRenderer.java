package org.dispatchregister.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.dispatchregister.common.RegisterConfig;
import org.dispatchregister.web.ControlCharacters;
import org.jboss.logging.Logger;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Turns the XHTML of a print template into an A4 PDF with openhtmltopdf. External resources are
 * refused: the print templates carry their stylesheet inline.
 * A Unicode TrueType font (DejaVu Sans by default) is embedded when present, so names with
 * letters beyond Latin-1 print correctly; without it the PDF falls back to Helvetica.
 */
@ApplicationScoped
public class PdfRenderer {

    static final String FONT_FAMILY = "Report Sans";
    private static final Logger LOG = Logger.getLogger(PdfRenderer.class);

    @Inject
    RegisterConfig config;

    public void render(String xhtml, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // Whatever text is stored (imported before input was cleaned, written by a script), the PDF is made.
        builder.withHtmlContent(ControlCharacters.printable(xhtml), null);
        // The stylesheet is inlined by the print template: nothing is fetched from the network or the disk.
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        addFonts(builder);
        builder.toStream(out);
        builder.run();
    }

    private void addFonts(PdfRendererBuilder builder) {
        Path dir = Path.of(config.reports().pdfFontDir());
        Path regular = dir.resolve("DejaVuSans.ttf");
        Path bold = dir.resolve("DejaVuSans-Bold.ttf");
        if (!Files.isReadable(regular)) {
            LOG.warnf("No DejaVuSans.ttf in %s (register.reports.pdf-font-dir): PDFs use Helvetica, "
                    + "which cannot show letters beyond Latin-1", dir);
            return;
        }
        builder.useFont(regular.toFile(), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(Files.isReadable(bold) ? bold.toFile() : regular.toFile(), FONT_FAMILY, 700, FontStyle.NORMAL, true);
    }
}
