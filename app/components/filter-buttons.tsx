// The buttons under a list's filters: apply them, or clear them with a link back to the unfiltered list (works without JavaScript).
import { Link } from "@remix-run/react";

export function FilterButtons({ submit, clear, clearTo }: { submit: string; clear: string; clearTo: string }) {
  return (
    <div className="button-row">
      <button type="submit" className="button">
        {submit}
      </button>
      <Link to={clearTo} className="button button--secondary">
        {clear}
      </Link>
    </div>
  );
}
