package io.mouthpiece.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.app.InstallLayout;
import io.mouthpiece.core.settings.AppDirs;
import io.mouthpiece.core.task.SameThreadTaskExecutor;
import io.mouthpiece.render.gl.GlUnavailableException;
import io.mouthpiece.ui.testing.ScriptedDialogs;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Without OpenGL the viewer says why and shows the still; the transport still works. */
@ExtendWith(ApplicationExtension.class)
class StudioNoGlTest {
    @TempDir Path tmp;
    Studio studio;

    @Start
    void start(Stage stage) {
        AppServices services = AppServices.create(AppDirs.under(tmp.resolve("home")),
                new InstallLayout(Path.of("assets"), Path.of("models")));
        studio = new Studio(new StudioOptions(null, null, false, false, false, StudioOptions.Shot.DEFAULT), services,
                new SameThreadTaskExecutor(), () -> { throw new GlUnavailableException("no EGL display (test)"); });
        studio.start(stage, owner -> new ScriptedDialogs());
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(studio::stop).get(20, TimeUnit.SECONDS);
    }

    @Test
    void showsTheNoticeInsteadOfCrashing(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> studio.viewport().isNoticeShown());
        Label notice = robot.lookup("#noticeLabel").queryAs(Label.class);
        assertTrue(notice.isVisible());
        assertEquals("Live preview unavailable: no EGL display (test)", notice.getText());
        assertTrue(robot.lookup("#still").query().isVisible(), "the still picture stays");
        robot.clickOn("#forwardButton").clickOn("#forwardButton");
        assertEquals("00:00:00:02", robot.lookup("#timecode").queryAs(Label.class).getText());
    }
}
