package io.mouthpiece.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mouthpiece.core.AppVersion;
import io.mouthpiece.core.edit.ActorEdits;
import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.ProjectEdits;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.library.LibraryCharacter;
import io.mouthpiece.core.persist.AtomicFiles;
import io.mouthpiece.core.persist.Hashing;
import io.mouthpiece.core.persist.MediaCheck;
import io.mouthpiece.core.persist.MediaStatus;
import io.mouthpiece.core.persist.ProjectFormatException;
import io.mouthpiece.core.persist.ProjectJson;
import io.mouthpiece.core.persist.SchemaUpgrader;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.DialogueTrack;
import io.mouthpiece.core.project.Ids;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.Rational;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The user's character library: one self-contained folder per saved character under the user's data folder
 * ({@code AppDirs.characterLibrary()}), holding {@code character.json} ({@link LibraryCharacter}, schema-tagged like
 * a project) and a {@code media/} folder with copies of the portrait and voice clips, each recorded with its SHA-256.
 *
 * <p>Saving builds the whole entry in a hidden temporary folder and renames it into place, so the library never holds
 * half an entry (a failed copy deletes the temporary folder). Listing never throws for a bad entry: it is reported as
 * damaged with the reason. Adding a character to a project copies its media into the project's {@code media/}
 * folder (reusing files the project already has, by SHA-256) and returns one undoable edit that adds the media and
 * the character with its face analysis, rig corrections, presets, dials and consent unchanged.
 *
 * <p>Ids on adding: the character and its media keep their library ids when the project has no object with that id
 * (so one virtual actor is recognisable across projects) and get fresh ids where they would clash, e.g. when the
 * character is added back into the project it came from. Names: a second character of the same name in the library
 * or the project becomes "Name (2)", "Name (3)", ... without asking.
 */
public final class CharacterLibrary {
    public static final String FILE = "character.json";
    public static final String MEDIA = "media";
    private static final String TEMP_PREFIX = ".tmp-";
    private static final long MAX_FILE_BYTES = 64L << 20;

    /** One library folder as listed: readable ({@code problem} null) or damaged with a human reason. */
    public record Entry(Path folder, String name, LibraryCharacter character, String problem) {
        public boolean isDamaged() { return problem != null; }

        /** The portrait file inside the entry, or null (damaged, or a character without one). */
        public Path portraitFile() {
            if (character == null || character.portrait() == null) return null;
            return folder.resolve(character.portrait().path());
        }

        /** "Real person, consent recorded" and the like, for the list. */
        public String consentStatus() {
            if (character == null) return "";
            var c = character.actor().consent();
            if (c.realPerson()) return c.isRecorded() ? "Real person \u00b7 consent recorded" : "Real person \u00b7 consent statement";
            return c.isRecorded() ? "Fictional / stylised" : "Consent not recorded";
        }
    }

    /** What {@link #prepareAdd} did on disk, and the edit that puts the character into the project. */
    public record Addition(Edit edit, String actorId, String actorName, List<Path> copiedFiles) {}

    private final Path root;
    private final Clock clock;
    private final ObjectMapper mapper = ProjectJson.mapper();
    private final SchemaUpgrader upgrader;
    private final MediaCheck mediaCheck = new MediaCheck();

    public CharacterLibrary(Path root) { this(root, Clock.systemUTC()); }

    public CharacterLibrary(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
        Map<String, Integer> versions = new HashMap<>(ProjectJson.VERSIONS);
        versions.put(LibraryCharacter.SCHEMA, LibraryCharacter.VERSION);
        this.upgrader = new SchemaUpgrader(versions, ProjectJson.UPGRADES);
    }

    public Path root() { return root; }

    // ---- list -------------------------------------------------------------------------------------------

    /** Every entry, damaged ones included, sorted by name. An absent library folder is an empty library. */
    public List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(root)) return out;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path d : ds) {
                if (d.getFileName().toString().startsWith(".")) continue; // a save in progress, or hidden
                out.add(read(d));
            }
        } catch (IOException e) {
            return out; // unreadable library folder: nothing to list (the next save reports the real problem)
        }
        out.sort(Comparator.comparing((Entry e) -> e.name().toLowerCase(Locale.ROOT)).thenComparing(e -> e.folder().toString()));
        return out;
    }

    /** Reads one entry folder; problems become a damaged entry, never an exception. */
    public Entry read(Path folder) {
        String fallbackName = folder.getFileName().toString();
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) return new Entry(folder, fallbackName, null, "it has no " + FILE);
        LibraryCharacter c;
        try {
            c = parse(file);
        } catch (IOException e) {
            return new Entry(folder, fallbackName, null, e.getMessage());
        }
        for (MediaRef m : c.media()) {
            Path p = resolveInside(folder, m.path());
            if (p == null) return new Entry(folder, c.name(), c, "media path " + m.path() + " points outside the entry");
            if (!Files.isRegularFile(p)) return new Entry(folder, c.name(), c, "media file " + m.path() + " is missing");
            // a stat (and what this library already hashed), never a hash: listing runs on the FX thread, and adding
            // an entry checks every file's SHA-256 in the background anyway
            if (mediaCheck.quick(p, m) == MediaStatus.CHANGED) {
                return new Entry(folder, c.name(), c, "media file " + m.path() + " has changed since it was saved");
            }
        }
        return new Entry(folder, c.name(), c, null);
    }

    private LibraryCharacter parse(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) throw new ProjectFormatException(FILE + " is too large to be a character file");
        JsonNode node;
        try {
            node = mapper.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new ProjectFormatException(FILE + " is damaged (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ")", e);
        }
        if (node == null || !node.isObject() || !node.path("schema").asText("").startsWith(LibraryCharacter.SCHEMA + ".")) {
            throw new ProjectFormatException(FILE + " is not a Mouthpiece character file");
        }
        upgrader.upgrade(node);
        try {
            return mapper.treeToValue(node, LibraryCharacter.class);
        } catch (JsonProcessingException e) {
            throw new ProjectFormatException(FILE + " has invalid content: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProjectFormatException(FILE + " has invalid content: " + e.getMessage(), e);
        }
    }

    // ---- save -------------------------------------------------------------------------------------------

    /**
     * Saves character {@code actorId} of {@code project} (whose media lie under {@code projectFolder}) as a new entry.
     * The portrait and every media file of the character's dialogue clips (all takes) are copied. A name already in
     * the library gets " (2)" etc. Nothing is left behind when it fails.
     */
    public Entry save(Project project, Path projectFolder, String actorId, Progress progress) throws IOException {
        Actor actor = project.actor(actorId);
        if (projectFolder == null) throw new IOException("Save the project first: its media must be on disk to be copied into the library");
        List<MediaRef> needed = new ArrayList<>();
        if (actor.sourceMediaId() != null) needed.add(project.mediaById(actor.sourceMediaId()).orElseThrow(() ->
                new IOException("The character's portrait (media '" + actor.sourceMediaId() + "') is not in the project")));
        List<String> voice = new ArrayList<>();
        for (String id : voiceMediaIds(project, actorId)) {
            MediaRef m = project.mediaById(id).orElse(null);
            if (m == null || needed.contains(m)) continue;
            needed.add(m);
            voice.add(id);
        }
        Files.createDirectories(root);
        Set<String> taken = new HashSet<>();
        for (Entry e : list()) taken.add(e.name().toLowerCase(Locale.ROOT));
        String name = uniqueName(actor.name(), taken);

        Path tmp = root.resolve(TEMP_PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        boolean done = false;
        try {
            Files.createDirectories(tmp.resolve(MEDIA));
            List<MediaRef> copied = new ArrayList<>();
            Set<String> usedNames = new HashSet<>();
            for (int i = 0; i < needed.size(); i++) {
                progress.checkCancelled();
                MediaRef m = needed.get(i);
                progress.update((double) i / Math.max(1, needed.size()), "Copying " + m.fileName());
                Path src = projectFolder.resolve(m.path()).normalize();
                if (!Files.isRegularFile(src)) {
                    throw new IOException("Cannot save " + actor.name() + " to the library: its media " + m.path()
                            + " is missing from the project folder");
                }
                String fname = uniqueFileName(m.fileName(), usedNames);
                Path dest = tmp.resolve(MEDIA).resolve(fname);
                Files.copy(src, dest, StandardCopyOption.COPY_ATTRIBUTES);
                copied.add(new MediaRef(m.id(), m.kind(), MEDIA + "/" + fname, Hashing.sha256(dest), Files.size(dest),
                        m.duration(), MediaCheck.modified(dest), m.extra()));
            }
            LibraryCharacter c = new LibraryCharacter(name, Instant.now(clock).toString(), AppVersion.get(), project.name(),
                    actor.withName(name), copied, voice, Map.of());
            AtomicFiles.write(tmp.resolve(FILE), out -> out.write(mapper.writeValueAsBytes(c)));
            Path target = uniqueFolder(slug(name));
            moveDirectory(tmp, target);
            done = true;
            progress.update(1, "Saved " + name);
            return read(target);
        } finally {
            if (!done) deleteTree(tmp);
        }
    }

    /** Media of the character's dialogue clips in every take, in take and clip order, each once. */
    public static List<String> voiceMediaIds(Project project, String actorId) {
        Set<String> ids = new LinkedHashSet<>();
        for (Take t : project.takes()) {
            t.dialogueOf(actorId).map(DialogueTrack::clips).orElse(List.of()).stream().map(AudioClip::mediaId).forEach(ids::add);
        }
        return List.copyOf(ids);
    }

    // ---- add to a project -------------------------------------------------------------------------------

    /**
     * Copies the entry's media into {@code projectFolder/media} (files the project already has, by SHA-256, are
     * reused; each copy is verified against the recorded hash) and returns the edit adding the media and the
     * character to {@code project}. When no take of the project shows the character's portrait, the edit also adds a
     * take that does, so the character appears at once. Run on a worker; execute the edit on the document's thread.
     */
    public Addition prepareAdd(Entry entry, Project project, Path projectFolder, Progress progress) throws IOException {
        if (entry.isDamaged()) throw new IOException("The library entry " + entry.name() + " is damaged: " + entry.problem());
        if (projectFolder == null) throw new IOException("Save the project first: the character's media are copied into its folder");
        LibraryCharacter c = entry.character();
        Set<String> mediaIds = new HashSet<>();
        project.media().forEach(m -> mediaIds.add(m.id()));
        Map<String, String> idMap = new LinkedHashMap<>();
        List<MediaRef> added = new ArrayList<>();
        List<Path> copiedFiles = new ArrayList<>();
        boolean done = false;
        try {
            for (int i = 0; i < c.media().size(); i++) {
                progress.checkCancelled();
                MediaRef m = c.media().get(i);
                progress.update((double) i / c.media().size(), "Copying " + m.fileName());
                MediaRef same = project.media().stream().filter(x -> x.sha256() != null && x.sha256().equals(m.sha256()))
                        .findFirst().orElse(null);
                if (same != null) { // the project already has this very file
                    idMap.put(m.id(), same.id());
                    continue;
                }
                Path src = resolveInside(entry.folder(), m.path());
                if (src == null || !Files.isRegularFile(src)) throw new IOException("The library entry " + entry.name() + " lacks " + m.path());
                Path mediaDir = projectFolder.resolve(MEDIA);
                Files.createDirectories(mediaDir);
                Path dest = placeFor(mediaDir, m.fileName(), m.sha256());
                if (!Files.exists(dest)) {
                    Path tmp = AtomicFiles.tempSibling(dest);
                    try {
                        Files.copy(src, tmp);
                        String hash = Hashing.sha256(tmp);
                        if (!hash.equals(m.sha256())) {
                            throw new IOException("The library entry " + entry.name() + " is damaged: " + m.path()
                                    + " no longer matches its recorded SHA-256");
                        }
                        AtomicFiles.moveIntoPlace(tmp, dest);
                        copiedFiles.add(dest);
                    } finally {
                        Files.deleteIfExists(tmp);
                    }
                }
                String id = mediaIds.contains(m.id()) ? Ids.next("med") : m.id();
                mediaIds.add(id);
                idMap.put(m.id(), id);
                String rel = projectFolder.toAbsolutePath().normalize().relativize(dest.toAbsolutePath().normalize())
                        .toString().replace(java.io.File.separatorChar, '/');
                added.add(new MediaRef(id, m.kind(), rel, m.sha256(), m.bytes(), m.duration(), MediaCheck.modified(dest), m.extra()));
            }
            done = true;
        } finally {
            if (!done) for (Path p : copiedFiles) Files.deleteIfExists(p);
        }
        progress.update(1, "Adding " + c.name());

        Actor a = c.actor();
        String actorId = project.actorById(a.id()).isPresent() ? Ids.next("act") : a.id();
        Set<String> names = new HashSet<>();
        project.actors().forEach(x -> names.add(x.name().toLowerCase(Locale.ROOT)));
        String name = uniqueName(a.name(), names);
        String portraitId = a.sourceMediaId() == null ? null : idMap.get(a.sourceMediaId());
        Actor imported = new Actor(actorId, name, portraitId, a.faceIndex(), a.consent(), a.presets(), a.dials(), a.face(),
                a.rig(), a.extra());

        List<Edit> steps = new ArrayList<>();
        for (MediaRef m : added) steps.add(ProjectEdits.addMedia(m));
        steps.add(ActorEdits.add(imported));
        if (portraitId != null && project.takes().stream().noneMatch(t -> portraitId.equals(t.pictureMediaId()))) {
            Rational length = c.media().stream().filter(m -> c.voiceMediaIds().contains(m.id()) && m.duration() != null)
                    .map(MediaRef::duration).max(Comparator.naturalOrder()).orElse(Rational.of(5));
            steps.add(TakeEdits.add(new Take(Ids.next("tk"), name, length, portraitId)));
        }
        return new Addition(Edit.compose("Add " + name + " from Library", steps), actorId, name, List.copyOf(copiedFiles));
    }

    // ---- delete -----------------------------------------------------------------------------------------

    /** Removes an entry folder (damaged or not) from the library. */
    public void delete(Entry entry) throws IOException {
        Path f = entry.folder().toAbsolutePath().normalize();
        if (!f.startsWith(root.toAbsolutePath().normalize()) || f.equals(root.toAbsolutePath().normalize())) {
            throw new IOException(f + " is not a character library entry");
        }
        // rename first so a half-deleted entry is never listed
        Path gone = root.resolve(TEMP_PREFIX + "del-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        moveDirectory(f, gone);
        deleteTree(gone);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /** "Ada", or "Ada (2)", "Ada (3)", ... whichever is not in {@code takenLowerCase}. */
    static String uniqueName(String name, Set<String> takenLowerCase) {
        String base = name.strip().replaceFirst(" \\(\\d+\\)$", "");
        if (!takenLowerCase.contains(name.strip().toLowerCase(Locale.ROOT))) return name.strip();
        for (int n = 2; ; n++) {
            String candidate = base + " (" + n + ")";
            if (!takenLowerCase.contains(candidate.toLowerCase(Locale.ROOT))) return candidate;
        }
    }

    /** A portable folder name: letters, digits, '-' (at most 40), never empty. */
    static String slug(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 40) s = s.substring(0, 40).replaceAll("-+$", "");
        return s.isEmpty() ? "character" : s;
    }

    private Path uniqueFolder(String slug) {
        Path p = root.resolve(slug);
        for (int n = 2; Files.exists(p); n++) p = root.resolve(slug + "-" + n);
        return p;
    }

    /** {@code media/name}, or the existing file when it already has this content, or {@code name-2.ext} etc. */
    private static Path placeFor(Path dir, String name, String sha256) throws IOException {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name, ext = dot > 0 ? name.substring(dot) : "";
        Path p = dir.resolve(name);
        for (int n = 2; Files.exists(p); n++) {
            if (Files.isRegularFile(p) && Hashing.sha256(p).equals(sha256)) return p;
            p = dir.resolve(stem + "-" + n + ext);
        }
        return p;
    }

    private static String uniqueFileName(String name, Set<String> used) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name, ext = dot > 0 ? name.substring(dot) : "";
        String n = name;
        for (int k = 2; !used.add(n.toLowerCase(Locale.ROOT)); k++) n = stem + "-" + k + ext;
        return n;
    }

    /** {@code folder/relative}, or null when it would leave the folder (a hand-edited or hostile file). */
    private static Path resolveInside(Path folder, String relative) {
        Path base = folder.toAbsolutePath().normalize();
        Path p = base.resolve(relative).normalize();
        return p.startsWith(base) ? p : null;
    }

    private static void moveDirectory(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(to + " already exists", e);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }
}
