// The server registers the English catalogue in entry.server.tsx; tests that render or translate English need it too.
import "~/i18n/english";
import "~/i18n/staff";
import "~/i18n/plan-parts";
