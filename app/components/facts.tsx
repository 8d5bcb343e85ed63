// A short list of labelled facts (when, where, who) that reads as term–value pairs to screen readers.
import type { ReactNode } from "react";

export function Facts({ items }: { items: [term: string, value: ReactNode][] }) {
  return (
    <dl className="facts">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
