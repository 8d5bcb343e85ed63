// GET /admin/people/:personId/export.json: everything stored about one person, for a register extract; the download is logged.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { exportPerson } from "~/models/person-privacy.server";
import { audit } from "~/utils/audit.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";

const idParam = z.string().regex(/^\d{1,9}$/).transform(Number);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, "coordinator");
  const id = idParam.safeParse(params.personId);
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
