// A short list of labelled facts (when, where, who) that reads as term–value pairs to screen readers.
export function Facts({ items }: { items: [term: string, value: string][] }) {
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
