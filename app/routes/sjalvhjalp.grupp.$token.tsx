// /sjalvhjalp/grupp/<token>: a resident invited to a self-help group confirms or declines, without an account. The page
// shows only the theme, the place, the meeting place, the first meeting and the resident's own alias, never other members.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { NotificationBanner } from "~/components/notification-banner";
import { usePlaceText, useThemeText } from "~/components/self-help-place";
import { formatDateTime } from "~/domain/format";
import { useLocale, useT } from "~/i18n";
import { answerInvitation, findInvitation } from "~/models/self-help-group-pages.server";
import { db } from "~/utils/db.server";
import { readForm } from "~/utils/form.server";
import { pageTitle } from "~/utils/meta";
import { parseForm } from "~/utils/parse-form.server";
import "~/i18n/plan-parts";

const tokenSchema = () => z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);
const answerSchema = () => z.object({ answer: z.enum(["confirm", "decline"]) });

const gone = () => data({ invitation: null }, { status: 404 });

async function invitationFor(token: string) {
  const found = await findInvitation(db(), token);
  return found && { alias: found.alias, theme: { name: found.theme, nameEn: found.themeEn }, place: found.place, meetingPlace: found.meetingPlace, firstStart: found.firstStart, answer: found.answer };
}

export async function loader({ params }: LoaderFunctionArgs) {
  const token = tokenSchema().safeParse(params.token);
  const invitation = token.success ? await invitationFor(token.data) : undefined;
  return invitation ? { invitation } : gone();
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = tokenSchema().safeParse(params.token);
  if (!token.success) return data({ answered: false }, { status: 404 });
  const parsed = parseForm(await readForm(request), answerSchema(), ["answer"]);
  if (!parsed.ok) return parsed.reply;
  if (!(await answerInvitation(db(), { token: token.data, answer: parsed.value.answer }))) return data({ answered: false }, { status: 404 });
  return { answered: true };
}

export default function GroupInvitation() {
  const t = useT();
  const locale = useLocale();
  const themeText = useThemeText();
  const placeText = usePlaceText();
  const { invitation } = useLoaderData<typeof loader>();
  return (
    <section className="narrow stack" aria-labelledby="invite-title">
      <h1 id="invite-title">{t("groups.invite.title")}</h1>
      {invitation ? (
        <>
          {invitation.answer ? (
            <NotificationBanner>
              <p>{t(invitation.answer === "confirmed" ? "groups.invite.confirmed" : "groups.invite.declined")}</p>
            </NotificationBanner>
          ) : null}
          <p>
            {t("groups.invite.text", {
              theme: themeText(invitation.theme),
              place: placeText(invitation.place),
              alias: invitation.alias,
              when: invitation.firstStart ? formatDateTime(invitation.firstStart, locale) : "",
            })}
          </p>
          <p>{t("groups.invite.meetingPlace", { place: invitation.meetingPlace })}</p>
          <p>{t("selfHelp.how.confidential")}</p>
          <Form method="post" className="button-row">
            <button type="submit" name="answer" value="confirm" className="button">
              {t("groups.invite.confirm")}
            </button>
            <button type="submit" name="answer" value="decline" className="button button--secondary">
              {t("groups.invite.decline")}
            </button>
          </Form>
        </>
      ) : (
        <p className="notice notice--warning">{t("groups.invite.invalid")}</p>
      )}
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "groups.invite.title");
