// Coordination (issue 10): the dashboard's filters start from these indexes (overdue tasks, a deadline range, a
// status, targets of a year), and the audit journal of Change nodes is read by document, task, unit and action.
CREATE INDEX task_overdue_from IF NOT EXISTS FOR (n:Task) ON (n.overdueFrom);
CREATE INDEX task_due_date IF NOT EXISTS FOR (n:Task) ON (n.dueDate);
CREATE INDEX task_status IF NOT EXISTS FOR (n:Task) ON (n.status);
CREATE INDEX target_year IF NOT EXISTS FOR (n:Target) ON (n.year);
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_document IF NOT EXISTS FOR (n:Change) ON (n.documentId);
CREATE INDEX change_task IF NOT EXISTS FOR (n:Change) ON (n.taskId);
CREATE INDEX change_unit IF NOT EXISTS FOR (n:Change) ON (n.unitId);
CREATE INDEX change_action IF NOT EXISTS FOR (n:Change) ON (n.action);
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
