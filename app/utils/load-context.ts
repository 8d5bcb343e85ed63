// Type augmentations for Remix: what the HTTP server hands every loader, and single fetch typing.
declare module "@remix-run/node" {
  interface AppLoadContext {
    clientIp?: string;
  }
  interface Future {
    v3_singleFetch: true;
  }
}

export {};
