// GET /motesplatser/<place>: a meeting place's address, opening hours and the coming weeks' activities, for anyone
// without an account, with a link to subscribe to them; never who is on duty.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useSwedishContent } from "~/components/content-lang";
import { OpeningHoursList } from "~/components/meeting-place-hours";
import { capitalized, formatLocalDay, useOccurrenceTime } from "~/components/meeting-place-when";
import { idField } from "~/domain/fields";
import { useLocale, useT } from "~/i18n";
import { publicCalendar } from "~/models/meeting-places.server";
import { notFoundUnless } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import "~/i18n/plan-parts";

export async function loader({ params }: LoaderFunctionArgs) {
  const parsed = idField().safeParse(params.placeId);
  return notFoundUnless(parsed.success ? await publicCalendar(db(), parsed.data) : null);
}

export default function MeetingPlace() {
  const t = useT();
  const sv = useSwedishContent();
  const locale = useLocale();
  const time = useOccurrenceTime();
  const { place, opening, occurrences } = useLoaderData<typeof loader>();
  const dates = [...new Set(occurrences.map((o) => o.date))];
  return (
    <article className="stack-lg" aria-labelledby="place-title">
      <div className="prose">
        <p>
          <Link to="/motesplatser">{t("meetingPlaces.back")}</Link>
        </p>
        <h1 id="place-title" lang={sv}>
          {place.name}
        </h1>
        {place.description ? <p lang={sv}>{place.description}</p> : null}
        <p>
          <strong>{t("meetingPlaces.address")}:</strong>{" "}
          <span lang={sv}>{[place.address, place.municipality].filter(Boolean).join(", ")}</span>
        </p>
      </div>
      <section className="stack" aria-labelledby="hours-title">
        <h2 id="hours-title">{t("meetingPlaces.hoursHeading")}</h2>
        <OpeningHoursList lines={opening} />
      </section>
      <section className="stack" aria-labelledby="calendar-title">
        <h2 id="calendar-title">{t("meetingPlaces.calendarHeading")}</h2>
        {dates.length === 0 ? <p className="empty">{t("meetingPlaces.noActivities")}</p> : null}
        {dates.map((date) => (
          <section key={date} className="stack" aria-labelledby={`day-${date}`}>
            <h3 id={`day-${date}`}>{capitalized(formatLocalDay(date, locale))}</h3>
            <ul className="plain-list">
              {occurrences
                .filter((o) => o.date === date)
                .map((o) => (
                  <li key={o.activityId} className="list-row">
                    <strong>{time(o)}</strong> <span lang={sv}>{o.title}</span>
                    {o.description ? (
                      <span className="muted" lang={sv}>
                        {" "}
                        · {o.description}
                      </span>
                    ) : null}
                  </li>
                ))}
            </ul>
          </section>
        ))}
        <p>
          <a href={`/motesplatser/${place.id}.ics`}>{t("meetingPlaces.subscribe")}</a>
          <br />
          <span className="muted">{t("meetingPlaces.subscribeHint")}</span>
        </p>
      </section>
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "meetingPlaces.title", { name: data?.place.name });
