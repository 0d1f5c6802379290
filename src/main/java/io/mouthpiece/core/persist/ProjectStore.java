package io.mouthpiece.core.persist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes project folders: {@code project.json} (schema-tagged JSON), media referenced relative to the
 * folder, and a {@code cache/} folder for analysis results. Saves are atomic and keep the previous file as
 * {@code project.json.bak}.
 */
public final class ProjectStore {
    public static final String FILE = "project.json";
    public static final String BACKUP = "project.json.bak";
    public static final String CACHE = "cache";
    /** A project file is metadata and curves; anything this large is not one of ours. */
    private static final long MAX_FILE_BYTES = 512L << 20;

    private final ObjectMapper mapper = ProjectJson.mapper();
    private final SchemaUpgrader upgrader;
    private final MediaCheck mediaCheck = new MediaCheck();

    public ProjectStore() { this(ProjectJson.upgrader()); }

    public ProjectStore(SchemaUpgrader upgrader) { this.upgrader = upgrader; }

    /** Extension of a file that stands for the project folder it sits in (for desktop file associations). */
    public static final String POINTER_EXTENSION = ".mouthpiece";

    /** Accepts the project folder, its project.json, or a {@code *.mouthpiece} file inside it. */
    public static Path folderOf(Path p) {
        if (Files.isRegularFile(p)) {
            String name = p.getFileName().toString();
            if (name.equals(FILE) || name.endsWith(POINTER_EXTENSION)) return p.toAbsolutePath().getParent();
        }
        return p.toAbsolutePath();
    }

    /** Loads a project, hashing media whose file time differs from the recorded one (see {@link MediaCheck}). */
    public LoadedProject load(Path folderOrFile) throws IOException {
        return load(folderOrFile, true);
    }

    /**
     * Loads a project. With {@code hashChanged} false no media file is hashed: one whose size matches but whose time
     * differs is reported OK here, and the caller verifies it later off its thread (the studio's bin does).
     * With it true, media found unchanged by its hash get their new file time in the loaded project, so the next save
     * records it and the next load does not hash them again.
     */
    public LoadedProject load(Path folderOrFile, boolean hashChanged) throws IOException {
        Path folder = folderOf(folderOrFile);
        Path file = folder.resolve(FILE);
        if (!Files.isDirectory(folder)) throw new NoSuchFileException(folder.toString(), null, "no such project folder");
        if (!Files.isRegularFile(file)) {
            throw new ProjectFormatException(folder + " is not a Mouthpiece project folder (it has no " + FILE + ")");
        }
        if (Files.size(file) > MAX_FILE_BYTES) throw new ProjectFormatException(file + " is too large to be a project file");
        Project project = parse(Files.readAllBytes(file), file.toString());
        List<String> warnings = new ArrayList<>();
        Map<String, MediaStatus> media = new LinkedHashMap<>();
        for (MediaRef m : project.media()) {
            Path p = folder.resolve(m.path()).normalize();
            MediaStatus s = mediaCheck.quick(p, m);
            if (s == null && hashChanged) {
                s = mediaCheck.verify(p, m);
                if (s == MediaStatus.OK) project = project.updateMedia(m.id(), r -> touched(r, p));
            }
            if (s == null) s = MediaStatus.OK;
            media.put(m.id(), s);
            if (s != MediaStatus.OK) warnings.add("Media " + m.path() + " is " + s.name().toLowerCase() + ".");
        }
        cleanStaleTemps(folder);
        return new LoadedProject(project, folder, media, warnings);
    }

    /** Parses project JSON (also used for autosaves), running schema upgrades first. */
    public Project parse(byte[] json, String sourceName) throws ProjectFormatException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ProjectFormatException(sourceName + " is damaged and cannot be read ("
                    + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + "). "
                    + "If a " + BACKUP + " exists beside it, it holds the previous save.", e);
        } catch (IOException e) {
            throw new ProjectFormatException(sourceName + " cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("schema").asText("").startsWith(Project.SCHEMA + ".")) {
            throw new ProjectFormatException(sourceName + " is not a Mouthpiece project file");
        }
        upgrader.upgrade(root);
        try {
            return mapper.treeToValue(root, Project.class);
        } catch (JsonProcessingException e) {
            throw new ProjectFormatException(sourceName + " has invalid content: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ProjectFormatException(sourceName + " has invalid content: " + e.getMessage(), e);
        }
    }

    public byte[] serialize(Project project) {
        try {
            return mapper.writeValueAsBytes(project);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise project", e);
        }
    }

    /** Writes {@code project} into {@code folder} atomically; the previous save becomes project.json.bak. */
    public void save(Path folder, Project project) throws IOException {
        byte[] data = serialize(project);
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE);
        if (Files.isRegularFile(file)) {
            Path bak = AtomicFiles.tempSibling(folder.resolve(BACKUP));
            Files.copy(file, bak);
            AtomicFiles.moveIntoPlace(bak, folder.resolve(BACKUP));
        }
        AtomicFiles.write(file, out -> out.write(data));
    }

    private static MediaRef touched(MediaRef r, Path file) {
        try {
            return r.relinked(r.path(), r.sha256(), r.bytes(), r.duration(), MediaCheck.modified(file));
        } catch (IOException e) {
            return r;
        }
    }

    /** Checks media for this store's loads and for the front ends (one memory of what was hashed). */
    public MediaCheck mediaCheck() { return mediaCheck; }

    /** Describes a file for the project: its path relative to the folder ('/' separators), size, time and SHA-256. */
    public static MediaRef describe(Path folder, Path file, String id, io.mouthpiece.core.project.MediaKind kind,
                                    io.mouthpiece.core.time.Rational duration) throws IOException {
        Path rel = folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        String path = rel.toString().replace(java.io.File.separatorChar, '/');
        long modified = MediaCheck.modified(file);
        return new MediaRef(id, kind, path, Hashing.sha256(file), Files.size(file), duration, modified, java.util.Map.of());
    }

    private static void cleanStaleTemps(Path folder) {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "." + FILE + ".tmp-*")) {
            for (Path p : ds) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: a stale temp file is harmless
        }
    }
}
