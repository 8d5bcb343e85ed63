import { hasFormErrors, pageTitle } from "~/utils/meta";
import "../setup/english";

const root = (data: Record<string, unknown>) => [{ id: "root", data }];

describe("pageTitle", () => {
  it.each([
    [{ locale: "sv" }, {}, "Förfrågan – Levande bibliotek"],
    [{ locale: "sv" }, { name: "Att leva med ångest" }, "Förfrågan: Att leva med ångest – Levande bibliotek"],
    [{ locale: "sv" }, { name: "  " }, "Förfrågan – Levande bibliotek"],
    [{ locale: "sv", formErrors: true }, { name: "Smärta" }, "Fel: Förfrågan: Smärta – Levande bibliotek"],
    [{ locale: "en", formErrors: true }, {}, "Error: Request – Living Library"],
    [{}, {}, "Förfrågan – Levande bibliotek"],
  ])("root %o with %o gives %s", (data, options, expected) => {
    expect(pageTitle(root(data), "desk.detail.title", options)).toEqual([{ title: expected }]);
  });
});

describe("hasFormErrors", () => {
  it.each([
    [{ errors: { email: "errors.email" } }, true],
    [{ errors: ["row 3"] }, true],
    [{ errors: {} }, false],
    [{ errors: { email: undefined } }, false],
    [{ errors: [] }, false],
    [{ saved: true }, false],
    [null, false],
    ["text", false],
  ])("%o → %s", (data, expected) => {
    expect(hasFormErrors(data)).toBe(expected);
  });
});
