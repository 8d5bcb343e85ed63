// The new volunteer's "Kom igång": what is left before care units can borrow them, or one line once all is done.
import { TaskList, type Task } from "~/components/task-list";
import type { OnboardingTask, TaskStatus } from "~/domain/onboarding";
import { useT } from "~/i18n";

export interface OnboardingState {
  tasks: { task: OnboardingTask; status: TaskStatus }[];
  complete: boolean;
  missingPresentation: string | null;
}

/** Where each task is done; the fragment opens the profile at the field that is missing. */
function linkFor(task: OnboardingTask, missingPresentation: string | null): string | null {
  if (task === "profile") return `/volunteer/profile${missingPresentation ? `#presentation_${missingPresentation}` : ""}`;
  if (task === "experience") return "/volunteer/profile#experienceAreaIds";
  if (task === "availability") return "/volunteer/availability";
  if (task === "calendar") return "/volunteer/calendar";
  return null;
}

export function OnboardingTasks({ state }: { state: OnboardingState }) {
  const t = useT();
  if (state.complete) return <p className="notice notice--success">{t("onboarding.allDone")}</p>;
  const tasks: Task[] = state.tasks.map(({ task, status }) => ({
    key: task,
    name: t(`onboarding.task.${task}`),
    hint: t(`onboarding.task.${task}.hint`),
    // A done task keeps its link, so the volunteer can go back and change it; the coordinator's tasks have none.
    to: linkFor(task, status === "done" ? null : state.missingPresentation),
    status: t(`onboarding.status.${status}`),
    done: status === "done",
  }));
  const done = state.tasks.filter((x) => x.status === "done").length;
  return (
    <section aria-labelledby="onboarding-title" className="card stack">
      <h2 id="onboarding-title">{t("onboarding.title")}</h2>
      <p>{t("onboarding.lead")}</p>
      <p className="muted">{t("onboarding.progress", { done, total: state.tasks.length })}</p>
      <TaskList tasks={tasks} />
    </section>
  );
}
