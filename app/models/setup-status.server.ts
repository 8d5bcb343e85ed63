// Whether the region has been set up: until it has, anonymous visitors see a "not set up yet" page instead of home and sign-in.
import type { DB } from "~/utils/db.server";

/**
 * Set up means at least one coordinator account exists — invited or signed in, enabled or disabled — because from
 * then on a coordinator, not the operator, runs the region. Demo data counts like any other.
 */
export async function isRegionSetUp(db: DB): Promise<boolean> {
  const coordinator = await db.selectFrom("users").select("id").where("role", "=", "coordinator").limit(1).executeTakeFirst();
  return coordinator !== undefined;
}
