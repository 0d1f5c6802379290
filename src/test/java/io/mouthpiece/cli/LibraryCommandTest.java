package io.mouthpiece.cli;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.settings.AppDirs;
import io.mouthpiece.service.CharacterLibraryTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** {@code library save / list / add} on real folders. */
class LibraryCommandTest {
    @TempDir Path tmp;

    private record Run(int code, String out, String err) {}

    private Run run(String... args) {
        CommandLine cl = Cli.build(AppServices.create(AppDirs.under(tmp.resolve("home"))));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            return new Run(cl.execute(args), out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void saveListAdd() throws Exception {
        Path a = tmp.resolve("a");
        Project pa = CharacterLibraryTest.dressedSample(a);
        assertEquals(0, run("library", "list").code());

        Run saved = run("library", "save", a.toString(), "--character", "astronaut");
        assertEquals(0, saved.code(), saved.err());
        assertTrue(saved.out().startsWith("Saved Astronaut to "), saved.out());
        Run list = run("library", "list");
        assertTrue(list.out().contains("Astronaut") && list.out().contains("Fictional / stylised"), list.out());

        Path b = tmp.resolve("b");
        new ProjectStore().save(b, Project.empty("prj-b", "B"));
        Run add = run("library", "add", b.toString(), "Astronaut");
        assertEquals(0, add.code(), add.err());
        Project pb = new ProjectStore().load(b).project();
        assertEquals(pa.actors().getFirst().rig(), pb.actors().getFirst().rig());
        assertEquals(pa.actors().getFirst().face(), pb.actors().getFirst().face());

        Run missing = run("library", "add", b.toString(), "Nobody");
        assertEquals(Cli.EXIT_BAD_INPUT, missing.code());
        assertTrue(missing.err().startsWith("error: no character 'Nobody' in the library"), missing.err());
    }
}
