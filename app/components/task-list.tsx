// A task list in the GOV.UK pattern: each task a link to the page where it is done, with its status beside it.
import { Link } from "@remix-run/react";

export interface Task {
  key: string;
  name: string;
  hint?: string;
  /** Where the task is done; a task in someone else's hands has no link. */
  to: string | null;
  status: string;
  /** Done tasks show their status as plain text, the rest as a tag, so what is left stands out. */
  done: boolean;
}

export function TaskList({ tasks }: { tasks: Task[] }) {
  return (
    <ul className="task-list">
      {tasks.map((task) => {
        const statusId = `task-${task.key}-status`;
        const hintId = `task-${task.key}-hint`;
        return (
          <li key={task.key} className="task-list__item">
            <div className="task-list__name">
              {task.to ? (
                <Link to={task.to} aria-describedby={task.hint ? `${hintId} ${statusId}` : statusId}>
                  {task.name}
                </Link>
              ) : (
                <span>{task.name}</span>
              )}
              {task.hint ? (
                <p id={hintId} className="task-list__hint">
                  {task.hint}
                </p>
              ) : null}
            </div>
            <div id={statusId} className="task-list__status">
              {task.done ? task.status : <strong className={`task-tag${task.to ? "" : " task-tag--waiting"}`}>{task.status}</strong>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
