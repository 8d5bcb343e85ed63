// Lets a few requests run the app at once and queues the rest in arrival order: with one synchronous SQLite
// connection, more at once only interleaves their work and holds every one's data in memory together.
import type { RequestHandler } from "express";

export function requestLimit(max: number): RequestHandler {
  let running = 0;
  const waiting: (() => void)[] = [];
  return (_req, res, next) => {
    let state: "waiting" | "running" | "done" = "waiting";
    const start = () => {
      state = "running";
      running++;
      next();
    };
    // Listening from arrival: a client that gives up while queued leaves the queue, and every slot is given back.
    const done = () => {
      if (state === "waiting") waiting.splice(waiting.indexOf(start), 1);
      if (state === "running") {
        running--;
        waiting.shift()?.();
      }
      state = "done";
    };
    res.once("finish", done);
    res.once("close", done);
    if (running < max) start();
    else waiting.push(start);
  };
}
