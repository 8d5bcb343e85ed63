// A test fails on any console.error it did not expect; a test that expects one asserts it and calls mockClear().
import { afterEach, beforeEach, vi } from "vitest";

beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation(() => {});
});

afterEach(() => {
  const calls = vi.mocked(console.error).mock.calls;
  const unexpected = calls.map((args) => args.map(String).join(" "));
  vi.mocked(console.error).mockRestore();
  if (unexpected.length > 0) throw new Error(`Oväntat console.error:\n${unexpected.join("\n")}`);
});
