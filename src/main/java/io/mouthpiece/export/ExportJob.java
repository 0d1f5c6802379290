package io.mouthpiece.export;

import io.mouthpiece.core.task.Job;
import io.mouthpiece.core.task.Progress;

/** An export as a {@link Job} for a {@code TaskExecutor}: progress, cancel, and the result at the end. */
public record ExportJob(ExportService service, ExportRequest request) implements Job<ExportResult> {
    @Override
    public ExportResult run(Progress progress) throws Exception {
        return service.export(request, progress);
    }
}
