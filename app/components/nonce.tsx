// Carries the CSP nonce from entry.server to <Scripts>; empty in the browser, as it must be.
import { createContext, useContext } from "react";

const NonceContext = createContext("");

export const NonceProvider = NonceContext.Provider;

export function useNonce(): string {
  return useContext(NonceContext);
}
