// The coordinator's "Att göra nu": each thing that needs action, with its count as a link to exactly that list.
import { Link } from "@remix-run/react";
import { useT, type MessageKey } from "~/i18n";
import type { WorkQueue } from "~/models/work-queue.server";

const ITEMS: [keyof WorkQueue, MessageKey, string][] = [
  ["newRequests", "queue.newRequests", "/coordinator/requests?ko=nya"],
  ["expiringOffers", "queue.expiringOffers", "/coordinator/requests?ko=svarstid"],
  ["cascadeExhausted", "queue.cascadeExhausted", "/coordinator/requests?ko=uttomda"],
  ["cancellations", "queue.cancellations", "/coordinator/requests?ko=avbokade"],
  ["cardsToApprove", "queue.cardsToApprove", "/admin/people?godkannande=1"],
];

export function WorkQueueList({ queue }: { queue: WorkQueue }) {
  const t = useT();
  const waiting = ITEMS.filter(([key]) => queue[key] > 0);
  return (
    <section aria-labelledby="queue-title" className="card stack">
      <h2 id="queue-title">{t("queue.title")}</h2>
      {waiting.length === 0 ? (
        <p>{t("queue.empty")}</p>
      ) : (
        <ul className="queue-list">
          {waiting.map(([key, label, to]) => (
            <li key={key}>
              <Link to={to}>
                <strong className="queue-count">{queue[key]}</strong> {t(label, { count: queue[key] })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
