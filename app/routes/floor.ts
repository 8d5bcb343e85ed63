// GET /floor: the benchmark's baseline, a resource route that touches nothing (no database, no session, no render).
export function loader() {
  return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
}
