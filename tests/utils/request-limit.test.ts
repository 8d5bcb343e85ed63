// At most N requests run at once, the rest in arrival order; clients that leave give their place back.
import { EventEmitter } from "node:events";
import type { NextFunction, Request, Response } from "express";
import { requestLimit } from "../../scripts/request-limit";

function fakeResponse() {
  return new EventEmitter() as unknown as Response & EventEmitter;
}

describe("requestLimit", () => {
  it("runs two at once, starts the next when one finishes, and skips a client that left while waiting", () => {
    const limit = requestLimit(2);
    const started: string[] = [];
    const responses = Object.fromEntries(["a", "b", "c", "d"].map((name) => [name, fakeResponse()]));
    for (const name of ["a", "b", "c", "d"]) limit({} as Request, responses[name], (() => started.push(name)) as NextFunction);
    expect(started).toEqual(["a", "b"]);

    responses.c.emit("close");
    responses.a.emit("finish");
    responses.a.emit("close");
    expect(started).toEqual(["a", "b", "d"]);

    responses.b.emit("close");
    responses.d.emit("finish");
    const late = fakeResponse();
    limit({} as Request, late, (() => started.push("e")) as NextFunction);
    expect(started).toEqual(["a", "b", "d", "e"]);
  });
});
