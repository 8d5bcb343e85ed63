import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CatalogueResult } from "~/components/catalogue-result";
import { instantToLocal } from "~/domain/stockholm-time";
import { useT } from "~/i18n";
import { getCatalogueCard } from "~/models/catalogue.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import { idField } from "~/domain/fields";
import { ROLES } from "~/domain/vocabulary";

// A malformed id or role is a card that does not exist: 404, like an unknown one.
const cardSchema = () =>
  z.object({
    personId: idField(),
    role: z.enum(ROLES),
  });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, "requester", "coordinator");
  const parsed = cardSchema().safeParse({ personId: params.personId, role: new URL(request.url).searchParams.get("role") });
  const card = parsed.success ? await getCatalogueCard(db(), { ...parsed.data, today: instantToLocal(new Date()).date }) : undefined;
  return { card: notFoundUnless(card), canRequest: user.role === "requester" };
}

export default function CatalogueCardPage() {
  const t = useT();
  const { card, canRequest } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="catalogue-detail-title" className="stack-lg">
      <p>
        <Link to="/catalogue">{t("catalogue.back")}</Link>
      </p>
      <h1 id="catalogue-detail-title">{t("catalogue.detailTitle")}</h1>
      {canRequest ? <p className="notice">{t("catalogue.wishNote")}</p> : null}
      <CatalogueResult entry={card} canRequest={canRequest} linkToDetail={false} headingLevel={2} />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "catalogue.detailTitle", { name: data?.card.title });
