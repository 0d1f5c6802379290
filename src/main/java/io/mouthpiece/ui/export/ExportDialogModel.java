package io.mouthpiece.ui.export;

import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.export.Background;
import io.mouthpiece.export.ExportFormat;
import io.mouthpiece.export.ExportSettings;
import io.mouthpiece.export.QualityPreset;
import io.mouthpiece.lipsync.cues.CueFormat;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The export dialog's state without a screen: a preset fills every field, changing a field afterwards makes the
 * choice Custom; {@link #problemProperty()} says in words why the settings cannot be exported (empty when they can),
 * {@link #overwriteProperty()} warns that the output exists. {@link #toSpec()} resolves the choice.
 */
public final class ExportDialogModel {
    public static final int MIN_SIZE = 16;
    /** Frame rates offered besides the project's. */
    public static final List<FrameRate> RATES = List.of(FrameRate.NTSC_FILM, FrameRate.FPS_24, FrameRate.FPS_25, FrameRate.NTSC,
            FrameRate.FPS_30, FrameRate.FPS_60, FrameRate.of(12, 1), FrameRate.of(15, 1));

    private final ExportContext ctx;
    private final ObjectProperty<ExportPreset> preset = new SimpleObjectProperty<>(this, "preset");
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.MP4);
    private final ObjectProperty<ExportSpec.Range> range = new SimpleObjectProperty<>(this, "range");
    private final ObjectProperty<ExportSpec.Size> size = new SimpleObjectProperty<>(this, "size", ExportSpec.Size.PROJECT);
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width");
    private final IntegerProperty height = new SimpleIntegerProperty(this, "height");
    private final ObjectProperty<FrameRate> rate = new SimpleObjectProperty<>(this, "rate");
    private final ObjectProperty<ExportSpec.Bg> background = new SimpleObjectProperty<>(this, "background", ExportSpec.Bg.PROJECT);
    private final IntegerProperty colour = new SimpleIntegerProperty(this, "colour", 0x00b140);
    private final BooleanProperty badge = new SimpleBooleanProperty(this, "badge", true);
    private final ObservableSet<CueFormat> tracks = FXCollections.observableSet(EnumSet.noneOf(CueFormat.class));
    private final StringProperty output = new SimpleStringProperty(this, "output", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper overwrite = new ReadOnlyStringWrapper(this, "overwrite", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private QualityPreset quality = QualityPreset.WEB;
    private boolean applying;

    public ExportDialogModel(ExportContext ctx, ExportPreset start) {
        this.ctx = ctx;
        range.set(ctx.hasInOut() ? ExportSpec.Range.IN_OUT : ExportSpec.Range.WHOLE_TAKE);
        rate.set(ctx.projectRate());
        output.set(ctx.exportFolder().resolve(safe(ctx.takeName()) + ".mp4").toString());
        // A field the user changes turns a preset into Custom; the preset itself changes them with applying == true.
        for (Observable o : List.of(format, range, size, width, height, rate, background, colour, badge, tracks)) {
            o.addListener(x -> {
                if (!applying && preset.get() != ExportPreset.CUSTOM) preset.set(ExportPreset.CUSTOM);
            });
        }
        format.addListener((o, a, f) -> output.set(ExportSpec.withExtension(outputOr(), f).toString()));
        size.addListener((o, a, s) -> fitSize());
        preset.addListener((o, a, p) -> apply(p));
        for (Observable o : List.of(format, range, size, width, height, rate, background, colour, tracks, output)) {
            o.addListener(x -> validate());
        }
        preset.set(start == null ? ExportPreset.WEB_MP4 : start);
        if (start == ExportPreset.CUSTOM) apply(ExportPreset.WEB_MP4);
        validate();
    }

    public ExportContext context() { return ctx; }
    public ObjectProperty<ExportPreset> presetProperty() { return preset; }
    public ObjectProperty<ExportFormat> formatProperty() { return format; }
    public ObjectProperty<ExportSpec.Range> rangeProperty() { return range; }
    public ObjectProperty<ExportSpec.Size> sizeProperty() { return size; }
    /** Editable when the size is Custom; otherwise follows the size choice. */
    public IntegerProperty widthProperty() { return width; }
    public IntegerProperty heightProperty() { return height; }
    public ObjectProperty<FrameRate> rateProperty() { return rate; }
    public ObjectProperty<ExportSpec.Bg> backgroundProperty() { return background; }
    /** The flat colour (0xRRGGBB) used when the background is Colour. */
    public IntegerProperty colourProperty() { return colour; }
    public BooleanProperty badgeProperty() { return badge; }
    public ObservableSet<CueFormat> tracks() { return tracks; }
    /** The output file (a folder for a PNG sequence), as typed. */
    public StringProperty outputProperty() { return output; }
    /** Why the settings cannot be exported, in words; empty when they can. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    /** A warning that the output exists and will be replaced; empty otherwise. */
    public ReadOnlyStringProperty overwriteProperty() { return overwrite.getReadOnlyProperty(); }
    /** "25 frames · 1.00 s · 1280×720 at 25 fps". */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    public boolean isValid() { return problem.get().isEmpty(); }

    private void apply(ExportPreset p) {
        if (p == null || p == ExportPreset.CUSTOM) return;
        applying = true;
        try {
            format.set(p.format());
            quality = p.quality();
            background.set(p.background());
            size.set(p.size());
            fitSize();
            tracks.clear();
            tracks.addAll(p.tracks());
        } finally {
            applying = false;
        }
        validate();
    }

    /** Width and height for the size choice (Custom keeps the typed numbers). */
    private void fitSize() {
        int w, h;
        switch (size.get()) {
            case SOURCE -> { w = ctx.sourceWidth(); h = ctx.sourceHeight(); }
            case PROJECT -> { w = ctx.projectWidth(); h = ctx.projectHeight(); }
            case HD1080 -> { w = 1920; h = 1080; }
            case HD720 -> { w = 1280; h = 720; }
            case SPRITE -> { h = 256; w = (int) Math.round(256.0 * ctx.projectWidth() / ctx.projectHeight()); }
            default -> { return; }
        }
        boolean was = applying;
        applying = true;
        try {
            width.set(Math.max(2, w & ~1));
            height.set(Math.max(2, h & ~1));
        } finally {
            applying = was;
        }
    }

    private Background resolvedBackground() {
        return switch (background.get()) {
            case PROJECT -> ctx.projectBackground();
            case TRANSPARENT -> Background.TRANSPARENT;
            case COLOUR -> Background.color(colour.get());
        };
    }

    private long frames() {
        TimeRange r = ctx.range(range.get());
        return rate.get().framesCovering(r.duration());
    }

    private void validate() {
        problem.set(findProblem());
        Path out = parsedOutput();
        overwrite.set(out != null && Files.exists(out)
                ? "\u201c" + out.getFileName() + "\u201d already exists in " + out.toAbsolutePath().getParent()
                  + " and will be replaced when this export finishes." : "");
        TimeRange r = ctx.range(range.get());
        summary.set(String.format(Locale.ROOT, "%d frames \u00b7 %.2f s \u00b7 %d\u00d7%d at %s fps", frames(),
                r.duration().toDouble(), width.get(), height.get(), rate.get()));
    }

    private String findProblem() {
        ExportFormat f = format.get();
        Path out = parsedOutput();
        if (output.get() == null || output.get().isBlank()) return "Choose where to save the export.";
        if (out == null) return "\u201c" + output.get() + "\u201d is not a valid file name.";
        int w = width.get(), h = height.get();
        if (w < MIN_SIZE || h < MIN_SIZE || w > ExportSettings.MAX_SIZE || h > ExportSettings.MAX_SIZE) {
            return "The picture size must be between " + MIN_SIZE + " and " + ExportSettings.MAX_SIZE + " pixels on each side.";
        }
        if ((f == ExportFormat.MP4 || f == ExportFormat.WEBM_VP9) && (w % 2 != 0 || h % 2 != 0)) {
            return ExportSpec.label(f) + " needs an even width and height (its colour is stored at half resolution): try "
                    + (w & ~1) + "\u00d7" + (h & ~1) + ".";
        }
        if (resolvedBackground().needsAlphaChannel() && !f.supportsAlpha()) {
            String why = background.get() == ExportSpec.Bg.PROJECT ? "The project's background is transparent, but MP4 "
                    : "MP4 ";
            return why + "(H.264) has no alpha channel, so transparency would be lost. For a transparent background choose "
                    + "ProRes 4444, WebM VP9, a PNG sequence or a sprite sheet; for MP4 pick a background colour.";
        }
        long n = frames();
        if (n <= 0) return "The range has no frames: set in and out points further apart, or export the whole take.";
        if (f == ExportFormat.SPRITE_SHEET) {
            long cols = Math.max(1, Math.min(Math.min(n, ExportSettings.MAX_SIZE / w),
                    (long) Math.ceil(Math.sqrt(n * (double) h / w))));
            long rows = (n + cols - 1) / cols;
            if (rows * h > ExportSettings.MAX_SIZE) {
                return "A sprite sheet of " + n + " frames at " + w + "\u00d7" + h + " would exceed the " + ExportSettings.MAX_SIZE
                        + " px texture limit: export a shorter range, a smaller size or a lower frame rate.";
            }
        }
        if (!tracks.isEmpty() && !ctx.lipSynced()) {
            return "Engine tracks need the take's lip sync: analyse the take first (Take \u2192 Analyse), or untick the tracks.";
        }
        Path abs = out.toAbsolutePath();
        for (Path p = abs.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) return "Cannot save there: " + p + " is a file, not a folder.";
                break;
            }
        }
        if (f == ExportFormat.PNG_SEQUENCE && Files.isRegularFile(abs)) {
            return "A PNG sequence is written into a folder, and " + abs.getFileName() + " is a file: choose another name.";
        }
        if (f != ExportFormat.PNG_SEQUENCE && Files.isDirectory(abs)) {
            return abs.getFileName() + " is a folder: choose a file name.";
        }
        return "";
    }

    private Path parsedOutput() {
        try {
            return output.get() == null || output.get().isBlank() ? null : Path.of(output.get().trim());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private Path outputOr() {
        Path p = parsedOutput();
        return p != null ? p : ctx.exportFolder().resolve(safe(ctx.takeName()));
    }

    /** The resolved choice. Throws when {@link #isValid()} is false. */
    public ExportSpec toSpec() {
        if (!isValid()) throw new IllegalStateException(problem.get());
        ExportPreset p = preset.get();
        return new ExportSpec(p.label(), format.get(), quality, range.get(), width.get(), height.get(), rate.get(),
                resolvedBackground(), badge.get(), EnumSet.copyOf(tracks.isEmpty() ? EnumSet.noneOf(CueFormat.class) : tracks),
                parsedOutput());
    }

    static String safe(String name) {
        String s = name.replaceAll("[^\\p{L}\\p{N} ._-]", "_").trim();
        return s.isEmpty() ? "take" : s;
    }
}
