package org.descentfx.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.DoubleConsumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOWriteProgressListener;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.descentfx.output.OutputFile;

/**
 * Writes a picture as a PNG file through {@link OutputFile} (all of it or nothing), telling how
 * far the encoder has got and stopping when the thread is interrupted. The bytes are those of
 * {@code ImageIO.write(image, "png", …)}: the same writer with its default settings.
 *
 * <p>Thread rules: any thread but the FX thread for large pictures (encoding is the slow part).
 */
final class PngWriter {
    private PngWriter() {
    }

    /** Writes {@code image} to {@code file}; {@code progress} gets 0 to 1 as rows are encoded. */
    static void write(Image image, Path file, DoubleConsumer progress) throws IOException {
        BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw OutputFile.cannotWrite(file, new IOException("no PNG writer is available"));
        }
        ImageWriter writer = writers.next();
        Listener listener = new Listener(progress);
        writer.addIIOWriteProgressListener(listener);
        try (OutputFile out = OutputFile.create(file)) {
            // in memory rather than ImageIO's cache file in the temporary folder, which a full disk also breaks
            try (ImageOutputStream png = new MemoryCacheImageOutputStream(out.stream())) {
                writer.setOutput(png);
                writer.write(pixels);
            } catch (IIOException e) {
                // "I/O error writing PNG file!" says less than the failure it wraps (a full disk, say)
                throw e.getCause() instanceof IOException cause ? cause : e;
            }
            if (listener.aborted || Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("the export was stopped");
            }
            out.commit();
        } catch (IOException e) {
            throw OutputFile.cannotWrite(file, e);
        } finally {
            writer.dispose();
        }
    }

    /** Passes the encoder's progress on, and asks it to stop once the thread is interrupted. */
    private static final class Listener implements IIOWriteProgressListener {
        private final DoubleConsumer progress;
        private boolean aborted;

        Listener(DoubleConsumer progress) {
            this.progress = progress;
        }

        @Override
        public void imageProgress(ImageWriter source, float percentageDone) {
            progress.accept(Math.min(1, Math.max(0, percentageDone / 100.0)));
            if (Thread.currentThread().isInterrupted()) {
                source.abort();
            }
        }

        @Override
        public void writeAborted(ImageWriter source) {
            aborted = true;
        }

        @Override
        public void imageStarted(ImageWriter source, int imageIndex) {
            progress.accept(0);
        }

        @Override
        public void imageComplete(ImageWriter source) {
            progress.accept(1);
        }

        @Override
        public void thumbnailStarted(ImageWriter source, int imageIndex, int thumbnailIndex) {
        }

        @Override
        public void thumbnailProgress(ImageWriter source, float percentageDone) {
        }

        @Override
        public void thumbnailComplete(ImageWriter source) {
        }
    }
}
