// Hydrates the server-rendered document, with the English catalogue loaded first on an English page so the first render matches.
import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";

if (document.documentElement.lang === "en") await import("./i18n/english");

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <RemixBrowser />
    </StrictMode>,
  );
});
