import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CatalogueFilterForm } from "~/components/catalogue-filter-form";
import { CatalogueResult } from "~/components/catalogue-result";
import { filterCards, filtersQuery, knownFilters, pageOf, parseCatalogueFilters, placeChoices } from "~/domain/catalogue-filters";
import { instantToLocal } from "~/domain/stockholm-time";
import { useT } from "~/i18n";
import { loadCatalogue, loadCatalogueLookups } from "~/models/catalogue.server";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "requester", "coordinator");
  const [entries, lookups] = await Promise.all([loadCatalogue(db(), { today: instantToLocal(new Date()).date }), loadCatalogueLookups(db())]);
  const filters = knownFilters(parseCatalogueFilters(new URL(request.url).searchParams), lookups);
  const matching = filterCards(entries, filters, lookups);
  const { items, page, pages } = pageOf(matching, filters.page);
  // The form lists only the places it shows (a national list is 290 municipalities); the filtering above used them all.
  const places = placeChoices(lookups.careAreas, filters.place);
  return { filters, lookups: { ...lookups, careAreas: places.careAreas }, placesNarrowed: places.narrowed, cards: items, count: matching.length, total: entries.length, page, pages, canRequest: user.role === "requester" };
}

export default function Catalogue() {
  const t = useT();
  const { filters, lookups, placesNarrowed, cards, count, total, page, pages, canRequest } = useLoaderData<typeof loader>();
  const filtered = filtersQuery({ ...filters, page: undefined }) !== "";
  return (
    <section aria-labelledby="catalogue-title" className="stack-lg">
      <div>
        <h1 id="catalogue-title">{t("catalogue.title")}</h1>
        <p className="lead">{t("catalogue.lead")}</p>
        {canRequest ? <p className="notice">{t("catalogue.wishNote")}</p> : null}
      </div>
      <CatalogueFilterForm filters={filters} lookups={lookups} placesNarrowed={placesNarrowed} />
      <section aria-labelledby="catalogue-results-title" className="stack">
        <h2 id="catalogue-results-title">{t("catalogue.resultsHeading")}</h2>
        <p role="status">{count === 0 ? t("catalogue.count.none") : count === 1 ? t("catalogue.count.one") : t("catalogue.count.other", { count })}</p>
        {cards.length === 0 ? (
          <div className="empty stack">
            <p>{total === 0 ? t("catalogue.emptyCatalogue") : t("catalogue.empty")}</p>
            {filtered ? <Link to="/catalogue">{t("catalogue.clear")}</Link> : null}
          </div>
        ) : (
          <ul className="plain-list stack">
            {cards.map((entry) => (
              <li key={`${entry.personId}-${entry.role}`}>
                <CatalogueResult entry={entry} canRequest={canRequest} />
              </li>
            ))}
          </ul>
        )}
        {pages > 1 ? (
          <nav aria-label={t("catalogue.pagination")} className="button-row">
            {page > 1 ? <Link to={`/catalogue${filtersQuery(filters, page - 1)}`}>{t("catalogue.previous")}</Link> : null}
            <span className="muted">{t("catalogue.pageOf", { page, pages })}</span>
            {page < pages ? <Link to={`/catalogue${filtersQuery(filters, page + 1)}`}>{t("catalogue.next")}</Link> : null}
          </nav>
        ) : null}
      </section>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "catalogue.title");
