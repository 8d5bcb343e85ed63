// Swedish days off for the pages, on the server only: the holiday library behind them is too large for the browser.
import { dayOffName } from "~/domain/holidays";

export { suggestedReplyDay } from "~/domain/reply-deadline";

/** The name of the day off on a local date in the page's language, or null: what the month view shows. */
export const dayOffIn = (language: "sv" | "en") => (date: string) => dayOffName(date, language);
