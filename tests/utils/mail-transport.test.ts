// Where the file transport writes its .eml files when no SMTP_URL is set: OUTBOX_DIR, else the local data folder.
import path from "node:path";
import { outboxDir } from "~/utils/mail-transport.server";

describe("outboxDir", () => {
  it.each([
    ["OUTBOX_DIR when it is set, on either engine", { OUTBOX_DIR: "post/ut", DATABASE_URL: "postgres://levande@db.example.se/levande" }, path.resolve("post/ut")],
    ["outbox/ next to the SQLite file", { DATABASE_URL: "file:/srv/levande/levande.db" }, "/srv/levande/outbox"],
    ["outbox/ next to a relative SQLite file", { DATABASE_URL: "file:./data/levande.db" }, path.resolve("data/outbox")],
    ["data/outbox for an in-memory database", { DATABASE_URL: ":memory:" }, path.resolve("data/outbox")],
    ["data/outbox in the working directory on PostgreSQL", { DATABASE_URL: "postgres://levande:hemligt@db.example.se:5432/levande" }, path.resolve("data/outbox")],
    ["data/outbox for a postgresql:// address too", { DATABASE_URL: "postgresql://levande@db.example.se/levande" }, path.resolve("data/outbox")],
  ])("is %s", (_, env, expected) => {
    expect(outboxDir(env)).toBe(expected);
  });
});
