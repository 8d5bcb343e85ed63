// A real SMTP server on a free port for tests: it keeps every message it accepted, with its recipients, its Message-ID
// and the sender's EHLO name (SMTP_URL's ?name=, which tells two app servers apart).
import { SMTPServer } from "smtp-server";

export interface Received {
  to: string[];
  raw: string;
  messageId: string;
  sender: string;
}

/** `refuse`: answer 451 to that many messages first; `delayMs`: what each message costs the sink before it accepts it. */
export async function smtpSink({ refuse = 0, delayMs = 0 }: { refuse?: number; delayMs?: number } = {}) {
  const received: Received[] = [];
  let refusals = refuse;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () =>
        setTimeout(() => {
          if (refusals > 0) {
            refusals--;
            return callback(Object.assign(new Error("Tillfälligt fel, försök senare"), { responseCode: 451 }));
          }
          const messageId = /^Message-ID: (<[^>]+>)/im.exec(raw)?.[1] ?? "";
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, messageId, sender: session.hostNameAppearsAs });
          callback();
        }, delayMs),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return { received, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
