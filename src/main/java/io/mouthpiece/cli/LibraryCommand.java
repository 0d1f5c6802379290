package io.mouthpiece.cli;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.core.persist.LoadedProject;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.service.CharacterLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code library list | save | add}: the user's character library from the command line. */
@Command(name = "library", mixinStandardHelpOptions = true,
        description = "The character library: list saved characters, save one from a project, add one to a project.")
final class LibraryCommand {
    private final AppServices services;

    @Option(names = "--library", paramLabel = "DIR", description = "Library folder (default: the user's character library).")
    Path libraryFolder;

    LibraryCommand(AppServices services) { this.services = services; }

    private CharacterLibrary library() {
        return new CharacterLibrary(libraryFolder != null ? libraryFolder : services.dirs().characterLibrary());
    }

    @Command(name = "list", description = "List the saved characters (damaged entries with the reason).")
    int list() {
        List<CharacterLibrary.Entry> entries = library().list();
        if (entries.isEmpty()) System.out.println("The character library is empty.");
        for (CharacterLibrary.Entry e : entries) {
            if (e.isDamaged()) {
                System.out.printf("%-24s DAMAGED: %s  (%s)%n", e.name(), e.problem(), e.folder());
            } else {
                System.out.printf("%-24s %-36s saved %s  (%s)%n", e.name(), e.consentStatus(), e.character().savedAt(), e.folder());
            }
        }
        return entries.stream().anyMatch(CharacterLibrary.Entry::isDamaged) ? 4 : 0;
    }

    @Command(name = "save", description = "Save a character of a project (its portrait, voice clips, rig corrections, presets, dials, consent).")
    int save(@Parameters(paramLabel = "PROJECT", description = "Project folder.") Path project,
             @Option(names = "--character", paramLabel = "NAME|ID", description = "Which character (default: the first).") String character)
            throws IOException {
        LoadedProject lp = services.store().load(project);
        Actor a = pick(lp.project(), character);
        CharacterLibrary.Entry e = library().save(lp.project(), lp.folder(), a.id(), Progress.NONE);
        System.out.println("Saved " + e.name() + " to " + e.folder());
        return 0;
    }

    @Command(name = "add", description = "Add a saved character to a project (copies its media; saves the project).")
    int add(@Parameters(index = "0", paramLabel = "PROJECT", description = "Project folder.") Path project,
            @Parameters(index = "1", paramLabel = "CHARACTER", description = "Library entry: its name or folder.") String which)
            throws IOException {
        CharacterLibrary lib = library();
        CharacterLibrary.Entry entry = Files.isDirectory(Path.of(which)) ? lib.read(Path.of(which))
                : lib.list().stream().filter(x -> x.name().equalsIgnoreCase(which)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no character '" + which + "' in the library " + lib.root()));
        LoadedProject lp = services.store().load(project);
        CharacterLibrary.Addition add = lib.prepareAdd(entry, lp.project(), lp.folder(), Progress.NONE);
        services.store().save(lp.folder(), add.edit().apply(lp.project()));
        System.out.println("Added " + add.actorName() + " (" + add.actorId() + ") to " + lp.folder());
        return 0;
    }

    private static Actor pick(Project p, String which) {
        if (p.actors().isEmpty()) throw new IllegalArgumentException("the project has no character");
        if (which == null) return p.actors().getFirst();
        return p.actors().stream().filter(a -> a.id().equals(which) || a.name().equalsIgnoreCase(which)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no character '" + which + "' in the project"));
    }
}
