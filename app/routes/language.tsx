import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { setUserLocale } from "~/models/users.server";
import { safeRedirect } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { serializeLocale } from "~/utils/locale.server";
import { getUser } from "~/utils/session.server";
import { readForm } from "~/utils/form.server";
import { LOCALES } from "~/domain/vocabulary";

const schema = z.object({ locale: z.enum(LOCALES), redirectTo: z.string().optional() });

export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const parsed = schema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return redirect("/");
  const user = await getUser(request);
  if (user) await setUserLocale(db(), user.id, parsed.data.locale);
  return redirect(safeRedirect(parsed.data.redirectTo, "/"), {
    headers: { "Set-Cookie": await serializeLocale(parsed.data.locale) },
  });
}
