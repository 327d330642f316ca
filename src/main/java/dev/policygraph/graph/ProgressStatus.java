package dev.policygraph.graph;

/** Where a task stands, as a coordinator last reported it; a task nobody reported on has not started. */
public enum ProgressStatus {
    NOT_STARTED("未启动"),
    IN_PROGRESS("推进中"),
    DONE("已完成"),
    BLOCKED("受阻");

    private final String label;

    ProgressStatus(String label) {
        this.label = label;
    }

    /** The word a supervision office's ledger uses (未启动, 推进中, 已完成, 受阻). */
    public String label() {
        return label;
    }
}
