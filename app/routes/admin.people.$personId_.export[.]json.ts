// POST /admin/people/:personId/export.json: everything stored about one person, for a register extract; the
// download is logged, so it is a POST (a cross-site link or prefetch cannot write audit rows through a GET).
import type { ActionFunctionArgs } from "@remix-run/node";
import { exportPerson } from "~/models/person-privacy.server";
import { audit } from "~/utils/audit.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { idField } from "~/domain/fields";
import { readForm } from "~/utils/form.server";

export async function loader() {
  return new Response("Registerutdraget hämtas med knappen på personens integritetssida.", {
    status: 405,
    headers: { Allow: "POST", "Content-Type": "text/plain; charset=utf-8" },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request, "coordinator");
  await readForm(request);
  const id = idField().safeParse(params.personId);
  const extract = notFoundUnless(id.success ? await exportPerson(db(), id.data) : undefined);
  await audit(db(), { actorUserId: user.id, entity: "person", entityId: extract.person.id, action: "export" });
  return new Response(JSON.stringify(extract, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="levande-person-${extract.person.id}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
