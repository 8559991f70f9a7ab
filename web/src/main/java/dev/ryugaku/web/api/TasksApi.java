package dev.ryugaku.web.api;

import dev.ryugaku.core.task.TaskCard;
import dev.ryugaku.core.task.TaskCategory;
import dev.ryugaku.core.task.TaskDetails;
import dev.ryugaku.core.task.TaskDraft;
import dev.ryugaku.core.task.TaskFilter;
import dev.ryugaku.core.task.TaskRisk;
import dev.ryugaku.core.task.TaskService;
import dev.ryugaku.core.task.TaskStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Improvement tasks (改善タスク) with the board's filters and its workflow. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "tasks", description = "Improvement tasks (改善タスク): the board's filters, and moves along BACKLOG → READY → IN_PROGRESS → IN_REVIEW → DONE")
class TasksApi {

    private final TaskService tasks;

    TasksApi(TaskService tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    @Operation(summary = "The tasks the caller may see, filtered like the board, newest first")
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "sort by title, category, priority, risk, status, assigneeName, cohortName, dueDate or createdAt,"
                    + " e.g. sort=dueDate,asc",
            array = @ArraySchema(schema = @Schema(type = "string")))
    ApiPage<TaskCard> list(@RequestParam(required = false) Long cohortId, @RequestParam(required = false) Long assigneeEnrollmentId,
                           @RequestParam(required = false) TaskCategory category, @RequestParam(required = false) TaskRisk risk,
                           @RequestParam(defaultValue = "false") boolean includeDropped,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                           @Parameter(hidden = true) Sort sort) {
        TaskFilter filter = new TaskFilter(cohortId, assigneeEnrollmentId, category, risk, includeDropped);
        Pageable pageable = ApiLists.pageable(page, size, sort);
        return ApiLists.page(pageable, tasks.list(filter, pageable), () -> tasks.count(filter));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One task with the moves the caller may make; its version is the ETag")
    ResponseEntity<TaskDetails> get(@PathVariable long id) {
        TaskDetails task = tasks.get(id);
        return ApiVersions.ok(task.version(), task);
    }

    @PostMapping
    @Operation(summary = "Creates a task (a participant's proposal lands in the backlog)")
    ResponseEntity<TaskDetails> create(@RequestBody TaskDraft draft) {
        TaskDetails task = tasks.get(tasks.create(draft));
        return ApiVersions.created("/api/v1/tasks/" + task.id(), task.version(), task);
    }

    @PostMapping("/{id}/moves")
    @Operation(summary = "Moves a task to another status, as the workflow lets the caller; If-Match names the version read")
    ResponseEntity<TaskDetails> move(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @RequestBody TaskMove move) {
        long expected = ApiVersions.expected(ifMatch);
        tasks.get(id); // a task the caller may not see answers 404, like a missing one
        tasks.move(id, expected, move.to(), move.outcome(), move.comment());
        return get(id);
    }

    /** A move: the status to go to, the outcome when accepting, a comment when sending back. */
    record TaskMove(TaskStatus to, String outcome, String comment) {
    }
}
