package io.mouthpiece.export;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes RGBA PNGs with tEXt chunks (the AI-generated label travels inside every file). */
final class PngFiles {
    private PngFiles() {}

    static void write(BufferedImage img, Path file, int zlibLevel, Map<String, String> text) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            ImageWriteParam p = w.getDefaultWriteParam();
            if (p.canWriteCompressed()) {
                p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                // The JDK writer maps quality q to deflate level round(9 − 9q).
                p.setCompressionQuality(1f - zlibLevel / 9f);
            }
            IIOMetadata md = w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), p);
            String fmt = "javax_imageio_png_1.0";
            IIOMetadataNode root = new IIOMetadataNode(fmt);
            IIOMetadataNode tEXt = new IIOMetadataNode("tEXt");
            text.forEach((k, v) -> {
                IIOMetadataNode e = new IIOMetadataNode("tEXtEntry");
                e.setAttribute("keyword", k);
                e.setAttribute("value", v);
                tEXt.appendChild(e);
            });
            root.appendChild(tEXt);
            md.mergeTree(fmt, root);
            w.setOutput(out);
            w.write(null, new IIOImage(img, null, md), p);
        } finally {
            w.dispose();
        }
    }
}
