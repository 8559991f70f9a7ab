package dev.ryugaku.web.navigation;

/** The addresses of the task feature's pages. */
public final class TaskPages {

    private TaskPages() {
    }

    public static String board() {
        return "tasks";
    }

    public static String newTask() {
        return "tasks/new";
    }

    public static String task(long taskId) {
        return "tasks/" + taskId;
    }

    public static String edit(long taskId) {
        return task(taskId) + "/edit";
    }

    public static String preMortem(long taskId) {
        return task(taskId) + "/premortem";
    }

    public static String brokenWindows() {
        return "tasks/broken-windows";
    }

    public static String reviews() {
        return "reviews";
    }
}
