// GET /motesplatser: the active meeting places by municipality, for anyone without an account.
import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useSwedishContent } from "~/components/content-lang";
import { useT } from "~/i18n";
import { listPublicPlaces } from "~/models/meeting-places.server";
import { db } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import "~/i18n/plan-parts";

export async function loader() {
  return { places: await listPublicPlaces(db()) };
}

export default function MeetingPlaces() {
  const t = useT();
  const sv = useSwedishContent();
  const { places } = useLoaderData<typeof loader>();
  const municipalities = [...new Set(places.map((p) => p.municipality))];
  return (
    <section className="stack-lg" aria-labelledby="meeting-places-title">
      <div className="prose">
        <h1 id="meeting-places-title">{t("meetingPlaces.title")}</h1>
        <p>{t("meetingPlaces.lead")}</p>
      </div>
      {places.length === 0 ? <p className="empty">{t("meetingPlaces.none")}</p> : null}
      {municipalities.map((municipality, i) => (
        <section key={municipality} className="stack" aria-labelledby={`municipality-${i}`}>
          <h2 id={`municipality-${i}`} lang={sv}>
            {municipality}
          </h2>
          <ul className="plain-list">
            {places
              .filter((p) => p.municipality === municipality)
              .map((place) => (
                <li key={place.id} className="list-row">
                  <Link to={`/motesplatser/${place.id}`} lang={sv}>
                    {place.name}
                  </Link>
                  {place.address ? (
                    <span className="muted" lang={sv}>
                      {" "}
                      · {place.address}
                    </span>
                  ) : null}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "meetingPlaces.title");
