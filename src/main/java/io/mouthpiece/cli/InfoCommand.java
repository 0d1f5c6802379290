package io.mouthpiece.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mouthpiece.app.AppServices;
import io.mouthpiece.service.ProjectSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "info", description = "Summarise a project: format, characters, takes and durations, missing media.")
final class InfoCommand implements Callable<Integer> {
    private final AppServices services;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "Project folder (or its project.json).") Path project;
    @Option(names = "--json", description = "Print JSON instead of text.") boolean json;

    InfoCommand(AppServices services) { this.services = services; }

    @Override
    public Integer call() throws Exception {
        var lp = services.store().load(project);
        if (json) {
            System.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(ProjectSummary.json(lp)));
        } else {
            System.out.print(ProjectSummary.text(lp));
        }
        return lp.missingMediaIds().isEmpty() ? 0 : 4;
    }
}
