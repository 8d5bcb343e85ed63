import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, TextAreaField } from "~/components/form";
import { useLocale, useT, type MessageKey } from "~/i18n";
import { DECLINE_REASON_MAX } from "~/domain/offer-rules";
import { acceptOffer, declineOffer, type AcceptRefusal } from "~/models/offer/answer.server";
import { getOfferForPerson, listOffersForPerson, type OfferView } from "~/models/volunteer-offers-page.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { idField } from "~/domain/fields";
import { formatDateTime, formatDeadline } from "~/domain/format";
import { pageTitle } from "~/utils/meta";
import { errorKeys } from "~/utils/validation";
import { Facts } from "~/components/facts";
import { NotificationBanner } from "~/components/notification-banner";
import { formValues, readForm } from "~/utils/form.server";
import { useSwedishContent } from "~/components/content-lang";

const answerSchema = () =>
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("accept"), offerId: idField() }),
    z.object({
      intent: z.literal("decline"),
      offerId: idField(),
      reason: z.string().trim().max(DECLINE_REASON_MAX, { error: "offers.errors.reasonTooLong" }),
    }),
  ]);

type Outcome = { kind: "accepted"; assignmentId: number } | { kind: "declined" };
interface ActionData {
  offerId: string;
  errors: Partial<Record<"form" | "reason", MessageKey>>;
  reason: string;
  outcome: Outcome | null;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "volunteer");
  const personId = notFoundUnless(user.person_id);
  return { offers: await listOffersForPerson(db(), { personId }) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request, "volunteer");
  const personId = notFoundUnless(user.person_id);
  const values = formValues(await readForm(request), ["intent", "offerId", "reason"]);
  const reply = (status: number, rest: Partial<ActionData>) =>
    data<ActionData>({ offerId: values.offerId, reason: values.reason, errors: {}, outcome: null, ...rest }, { status });
  const parsed = answerSchema().safeParse(values);
  if (!parsed.success) {
    const errors = errorKeys(parsed.error);
    return reply(400, { errors: errors.reason ? { reason: errors.reason } : { form: "offers.errors.invalid" } });
  }
  const answer = parsed.data;
  notFoundUnless(await getOfferForPerson(db(), { offerId: answer.offerId, personId }));
  const refuse = (reason: AcceptRefusal) => {
    // Gone between the check above and the answer's transaction.
    if (reason === "notFound") throw notFoundUnless(null);
    return reply(409, { errors: { form: `offers.refused.${reason}` } });
  };
  if (answer.intent === "accept") {
    const accepted = await acceptOffer(db(), { offerId: answer.offerId, personId, userId: user.id });
    return accepted.ok ? reply(200, { outcome: { kind: "accepted", assignmentId: accepted.assignmentId } }) : refuse(accepted.reason);
  }
  const declined = await declineOffer(db(), { offerId: answer.offerId, personId, userId: user.id, reason: answer.reason });
  return declined.ok ? reply(200, { outcome: { kind: "declined" } }) : refuse(declined.reason);
}

export default function Offers() {
  const t = useT();
  // Written in Swedish by a care unit.
  const sv = useSwedishContent();
  const locale = useLocale();
  const { offers } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const open = offers.filter((o) => o.status === "pending" && !o.expired);
  const earlier = offers.filter((o) => !(o.status === "pending" && !o.expired));
  return (
    <section aria-labelledby="offers-title" className="stack-lg">
      {actionData?.outcome ? (
        <NotificationBanner refocus={actionData}>
          <p>{t(actionData.outcome.kind === "accepted" ? "offers.accepted" : "offers.declined")}</p>
          {actionData.outcome.kind === "accepted" ? (
            <p>
              <Link to={`/volunteer/assignments/${actionData.outcome.assignmentId}`}>{t("offers.viewAssignment")}</Link>
            </p>
          ) : null}
        </NotificationBanner>
      ) : null}
      {actionData?.errors.form ? (
        <NotificationBanner tone="important" refocus={actionData}>
          <p>{t(actionData.errors.form)}</p>
        </NotificationBanner>
      ) : null}
      <div>
        <h1 id="offers-title">{t("offers.title")}</h1>
        <p className="lead">{t("offers.lead")}</p>
      </div>
      <section aria-labelledby="pending-title" className="stack">
        <h2 id="pending-title">{t("offers.pendingHeading")}</h2>
        {open.length === 0 ? (
          <p className="empty">{t("offers.empty")}</p>
        ) : (
          <ul className="plain-list stack">
            {open.map((offer) => (
              <li key={offer.id}>
                <OfferCard offer={offer} actionData={actionData?.offerId === String(offer.id) ? actionData : undefined} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {earlier.length > 0 ? (
        <section aria-labelledby="earlier-title" className="stack">
          <h2 id="earlier-title">{t("offers.historyHeading")}</h2>
          <ul className="plain-list">
            {earlier.map((offer) => (
              <li key={offer.id} className="list-row">
                <span lang={sv}>{offer.title}</span>
                {offer.startsAt ? <span>{formatDateTime(offer.startsAt, locale)}</span> : null}
                <span className="badge">{offer.expired ? t("offers.expired") : t(`offers.status.${offer.status}`)}</span>
                {offer.assignmentId !== null ? <Link to={`/volunteer/assignments/${offer.assignmentId}`}>{t("offers.viewAssignment")}</Link> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

/** An open offer: everything a volunteer needs to decide, then the two answers. */
function OfferCard({ offer, actionData }: { offer: OfferView; actionData?: ActionData }) {
  const t = useT();
  // Written in Swedish by a care unit.
  const sv = useSwedishContent();
  const locale = useLocale();
  const titleId = `offer-${offer.id}-title`;
  const kr = (n: number) => new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB").format(n);
  const facts: [string, string][] = [
    [t("offers.when"), offer.startsAt ? formatDateTime(offer.startsAt, locale) : "–"],
    [t("offers.where"), offer.place ?? t("offers.digital")],
    [t("offers.careUnit"), `${offer.careUnit.name} (${t(`unitKind.${offer.careUnit.kind}`)})`],
    [t("offers.audience"), t("offers.audienceValue", { audience: t(`audience.${offer.audience}`), size: offer.audienceSize })],
    [t("offers.format"), t(`format.${offer.format}`)],
    [t("offers.role"), t(`personRole.${offer.role}`)],
    [t("offers.duration"), duration(t, offer.durationMinutes)],
    [
      t("offers.compensation"),
      t(`offers.compensation.${offer.compensation.per}`, { rate: kr(offer.compensation.rateSek), total: kr(offer.compensation.totalSek) }),
    ],
  ];
  if (offer.purpose) facts.push([t("offers.purpose"), offer.purpose]);
  if (offer.replyBy) facts.push([t("offers.replyBy"), formatDeadline(offer.replyBy, locale)]);
  return (
    <article aria-labelledby={titleId} className="card stack">
      <h3 lang={sv} id={titleId}>{offer.title}</h3>
      <Facts items={facts} />
      <Answer offerId={offer.id} actionData={actionData} />
    </article>
  );
}

/** Accept is one tap; decline opens a reason box inside <details>, so it works without JavaScript too. */
function Answer({ offerId, actionData }: { offerId: number; actionData?: ActionData }) {
  const t = useT();
  const reasonId = `reason-${offerId}`;
  const error = actionData?.errors.reason ? t(actionData.errors.reason) : undefined;
  return (
    <div className="stack">
      <Form method="post">
        <input type="hidden" name="offerId" value={offerId} />
        <button type="submit" name="intent" value="accept" className="button">
          {t("offers.accept")}
        </button>
      </Form>
      <details open={error !== undefined}>
        <summary className="button button--secondary">{t("offers.decline")}</summary>
        <Form method="post" className="stack">
          <ErrorSummary errors={{ [reasonId]: error }} labels={{ [reasonId]: t("offers.declineReason") }} />
          <input type="hidden" name="offerId" value={offerId} />
          <TextAreaField
            name="reason"
            id={reasonId}
            label={t("offers.declineReason")}
            hint={t("offers.declineReasonHint")}
            error={error}
            rows={3}
            maxLength={DECLINE_REASON_MAX}
            defaultValue={actionData?.reason}
          />
          <button type="submit" name="intent" value="decline" className="button button--danger">
            {t("offers.declineConfirm")}
          </button>
        </Form>
      </details>
    </div>
  );
}

function duration(t: ReturnType<typeof useT>, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t("offers.duration.minutes", { m });
  return m === 0 ? t("offers.duration.hours", { h }) : t("offers.duration.hoursMinutes", { h, m });
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "offers.title");
