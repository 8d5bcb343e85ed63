import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { ProfileForm } from "~/components/profile-form";
import { NotificationBanner } from "~/components/notification-banner";
import { useT } from "~/i18n";
import "~/i18n/staff";
import { getProfile, loadProfilePage, submitProfileForm } from "~/models/profile.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import { idField } from "~/domain/fields";
import { readForm } from "~/utils/form.server";


function personIdOf(params: LoaderFunctionArgs["params"]) {
  const parsed = idField().safeParse(params.personId);
  return notFoundUnless(parsed.success ? parsed.data : null);
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  return notFoundUnless(await loadProfilePage(db(), personIdOf(params)));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const coordinator = await requireUser(request, "coordinator");
  const personId = personIdOf(params);
  const profile = notFoundUnless(await getProfile(db(), personId));
  const result = await submitProfileForm(db(), { profile, userId: coordinator.id, formData: await readForm(request) });
  if (!result.ok) return data({ errors: result.errors, values: result.values }, { status: 400 });
  return redirect(`/admin/people/${personId}/profile?sparad=1`);
}

export default function PersonProfile() {
  const t = useT();
  const { profile, options } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const name = profile.person.name;
  return (
    <section aria-labelledby="person-profile-title" className="stack-lg">
      <p>
        <Link to={`/admin/people/${profile.person.id}`}>{t("peopleAdmin.backToPerson", { name })}</Link>
      </p>
      <div>
        <h1 id="person-profile-title">{t("peopleAdmin.profileTitle", { name })}</h1>
        <p className="lead">{t("peopleAdmin.profileLead")}</p>
        {params.get("sparad") && !actionData ? (
          <NotificationBanner>
            <p>{t("peopleAdmin.profileSaved")}</p>
          </NotificationBanner>
        ) : null}
      </div>
      <ProfileForm profile={profile} options={options} actionData={actionData} labelledBy="person-profile-title" />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "peopleAdmin.profileKind", { name: data?.profile.person.name });
