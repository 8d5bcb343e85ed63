// Remix's <Meta>, told whether an action on this page answered with form errors, so every title can start with "Fel: ".
// Remix hands meta functions loader data only; the router state also holds the action data (on the server for a
// no-JS post and in the browser after hydration alike), so the flag is added to the root data the titles read.
import { Meta } from "@remix-run/react";
import { useContext, useMemo } from "react";
import { UNSAFE_DataRouterStateContext as DataRouterStateContext } from "react-router-dom";
import { FORM_ERRORS_FLAG, hasFormErrors } from "~/utils/meta";

export function DocumentMeta() {
  const state = useContext(DataRouterStateContext);
  const errors = Object.values(state?.actionData ?? {}).some(hasFormErrors);
  const flagged = useMemo(
    () => (state && errors ? { ...state, loaderData: { ...state.loaderData, root: { ...(state.loaderData.root as object), [FORM_ERRORS_FLAG]: true } } } : state),
    [state, errors],
  );
  if (!state || !errors) return <Meta />;
  return (
    <DataRouterStateContext.Provider value={flagged}>
      <Meta />
    </DataRouterStateContext.Provider>
  );
}
