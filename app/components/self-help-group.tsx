// A self-help group's page body, shared by the coordinator's and the starter's pages: members under their aliases,
// the meetings, and an attendance form per meeting that has begun.
import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { Facts } from "./facts";
import { ListTable } from "./list-table";
import { PlaceName, usePlaceText } from "./self-help-place";
import { formatDateTime } from "~/domain/format";
import { useLocale, useT, type MessageKey } from "~/i18n";
import "~/i18n/plan-parts";

export interface GroupView {
  id: number;
  theme: string;
  place: { digital: boolean; municipality: string | null };
  status: "starting" | "self_running" | "ended";
  weekly: { weekday: number; time: string } | null;
  starter: string | null;
  meetingPlace: string;
  members: { id: number; alias: string; answer: "invited" | "confirmed" | "declined"; phoneToCall: string | null }[];
  meetings: { id: number; number: number; startsAt: string; withStarter: boolean; cancelled: boolean; held: boolean }[];
  present: readonly (readonly [number, number])[];
  recorded: number[];
}

/** The sections' headings sit under the page's h1, or under a group's own h2 where a page lists several groups. */
function Heading({ nested, id, children }: { nested?: boolean; id: string; children: ReactNode }) {
  return nested ? <h3 id={id}>{children}</h3> : <h2 id={id}>{children}</h2>;
}

/** How many of the most recent meetings that have begun get an attendance form. */
const ATTENDANCE_MEETINGS = 4;

export function GroupFacts({ group }: { group: GroupView }) {
  const t = useT();
  return (
    <Facts
      items={[
        [t("groups.place"), <PlaceName key="p" place={group.place} />],
        [t("groups.page.meetingPlace"), group.meetingPlace],
        [t("groups.when"), group.weekly ? t("groups.weekly", { weekday: t(`weekday.${group.weekly.weekday}` as MessageKey), time: group.weekly.time }) : "–"],
        [t("groups.status"), t(`groups.status.${group.status}`)],
        [t("groups.starter"), group.starter ?? t("groups.noStarter")],
      ]}
    />
  );
}

export function GroupMembers({ group, nested }: { group: GroupView; nested?: boolean }) {
  const t = useT();
  const toCall = group.members.filter((m) => m.phoneToCall !== null);
  return (
    <section className="card stack" aria-labelledby={`members-title-${group.id}`}>
      <Heading nested={nested} id={`members-title-${group.id}`}>
        {t("groups.page.membersHeading")}
      </Heading>
      <ol className="plain-list">
        {group.members.map((m) => (
          <li key={m.id} className="list-row">
            <strong>{m.alias}</strong> · {t(`groups.page.${m.answer}`)}
          </li>
        ))}
      </ol>
      {toCall.length > 0 ? (
        <>
          <p>
            <strong>{t("groups.page.callHeading")}</strong>
          </p>
          <ul className="plain-list">
            {toCall.map((m) => (
              <li key={m.id}>{t("groups.page.call", { alias: m.alias, phone: m.phoneToCall ?? "" })}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function GroupMeetings({ group, nested }: { group: GroupView; nested?: boolean }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card stack" aria-labelledby={`meetings-title-${group.id}`}>
      <Heading nested={nested} id={`meetings-title-${group.id}`}>
        {t("groups.page.meetingsHeading")}
      </Heading>
      <ol className="plain-list">
        {group.meetings.map((m) => (
          <li key={m.id}>
            {t("groups.page.meeting", { number: m.number })}: {formatDateTime(m.startsAt, locale)}
            {m.withStarter ? ` · ${t("groups.page.withStarter")}` : ""}
            {m.cancelled ? ` · ${t("groups.page.cancelled")}` : ""}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One form per recent meeting that has begun; `action` is the page to post to (the coordinator's or the starter's). */
export function GroupAttendance({ group, action, saved, nested }: { group: GroupView; action: string; saved: number | null; nested?: boolean }) {
  const t = useT();
  const locale = useLocale();
  const placeText = usePlaceText();
  const held = group.meetings.filter((m) => m.held).slice(-ATTENDANCE_MEETINGS).reverse();
  const present = new Set(group.present.map(([meeting, member]) => `${meeting}:${member}`));
  return (
    <section className="card stack" aria-labelledby={`attendance-title-${group.id}`}>
      <Heading nested={nested} id={`attendance-title-${group.id}`}>
        {t("groups.page.attendanceHeading")} <span className="visually-hidden">{`${group.theme}, ${placeText(group.place)}`}</span>
      </Heading>
      {held.length === 0 ? <p className="empty">{t("groups.page.noPastMeetings")}</p> : null}
      {held.map((m) => (
        <Form key={m.id} method="post" action={action} className="stack">
          <fieldset className="field choice-group">
            <legend>{t("groups.page.attendanceLegend", { number: m.number, when: formatDateTime(m.startsAt, locale) })}</legend>
            {group.recorded.includes(m.id) ? (
              <p className="field__hint">
                {t("groups.page.attendanceCount", { present: group.members.filter((x) => present.has(`${m.id}:${x.id}`)).length, members: group.members.length })}
              </p>
            ) : null}
            <div className="choice-group__options">
              {group.members.map((x) => (
                <label key={x.id} className="choice">
                  <input type="checkbox" name="present" value={x.id} defaultChecked={present.has(`${m.id}:${x.id}`)} />
                  <span>{t("groups.page.present", { alias: x.alias })}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <input type="hidden" name="meetingId" value={m.id} />
          <input type="hidden" name="groupId" value={group.id} />
          <button type="submit" name="intent" value="attendance" className="button button--secondary">
            {t("groups.page.saveAttendance", { number: m.number })}
          </button>
          {saved === m.id ? <p role="status">{t("groups.page.attendanceSaved")}</p> : null}
        </Form>
      ))}
    </section>
  );
}

/** Where a theme's groups run, for the public page: place, weekday, time and status; the data holds nothing more. */
export function RunningGroups({ groups }: { groups: { place: GroupView["place"]; status: GroupView["status"]; weekly: GroupView["weekly"] }[] }) {
  const t = useT();
  const placeText = usePlaceText();
  return (
    <>
      <h2>{t("groups.public.runningHeading")}</h2>
      {groups.length === 0 ? (
        <p>{t("groups.public.none")}</p>
      ) : (
        <ul>
          {groups.map((g, i) => (
            <li key={i}>
              {g.weekly
                ? t("groups.public.group", { place: placeText(g.place), weekday: t(`weekday.${g.weekly.weekday}` as MessageKey), time: g.weekly.time, status: t(`groups.status.${g.status}`) })
                : placeText(g.place)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

type GroupSummary = Pick<GroupView, "id" | "theme" | "place" | "status" | "weekly" | "starter">;

/** The coordinator's list of every group, each linked to its page. */
export function GroupList({ groups }: { groups: GroupSummary[] }) {
  const t = useT();
  const placeText = usePlaceText();
  return (
    <section className="stack" aria-labelledby="groups-title">
      <h2 id="groups-title">{t("groups.listHeading")}</h2>
      {groups.length === 0 ? (
        <p className="empty">{t("groups.listEmpty")}</p>
      ) : (
        <ListTable
          labelledBy="groups-title"
          stacked
          rows={groups}
          columns={[
            { label: t("groups.theme"), cell: (g) => g.theme },
            { label: t("groups.place"), cell: (g) => <PlaceName place={g.place} /> },
            { label: t("groups.when"), cell: (g) => (g.weekly ? t("groups.weekly", { weekday: t(`weekday.${g.weekly.weekday}` as MessageKey), time: g.weekly.time }) : "–") },
            { label: t("groups.status"), cell: (g) => t(`groups.status.${g.status}`) },
            { label: t("groups.starter"), cell: (g) => g.starter ?? t("groups.noStarter") },
            {
              label: t("groups.open"),
              cell: (g) => (
                <Link to={`/coordinator/self-help/groups/${g.id}`} aria-label={t("groups.openLabel", { theme: g.theme, place: placeText(g.place) })}>
                  {t("groups.open")}
                </Link>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
