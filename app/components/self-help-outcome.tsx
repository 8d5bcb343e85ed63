// The page a public self-help form ends on (registered, withdrawn): it replaces the form on the same address, so its
// heading takes focus itself (the shell moves focus only on a new address) and a screen reader reads it out.
import { Fragment, useEffect, useId, useRef, type ReactNode } from "react";

export function SelfHelpOutcome({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section className="narrow stack" aria-labelledby={id}>
      <h1 id={id} ref={ref} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}

/** A line may break after each "/" and every 12 characters of the token, never inside a word a phone could fit. */
function breakable(url: string): string[] {
  return url.split(/(?<=\/)/).flatMap((part) => part.match(/.{1,12}/g) ?? []);
}

/** The personal withdrawal link written out in full, so it can be copied or written down, wrapping on a phone. */
export function WithdrawalLink({ path, url }: { path: string; url: string }) {
  return (
    <a href={path}>
      {breakable(url).map((piece, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {piece}
        </Fragment>
      ))}
    </a>
  );
}
