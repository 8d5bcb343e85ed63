// parseForm: the value, or a 400 in the one error shape, with the values as posted and the form's tag.
import { z } from "zod";
import { hasFormErrors } from "~/utils/meta";
import { formReply, parseForm } from "~/utils/parse-form.server";
import { emailField, idField } from "~/domain/fields";

const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("invite"), email: emailField() }),
  z.object({ intent: z.literal("revoke"), userId: idField() }),
]);
const FIELDS = ["intent", "email", "userId"] as const;

function form(entries: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

/** What a thrown or returned reply carries: its status and body. */
function unwrap(reply: unknown): { status: number; body: any } {
  const r = reply as { init: { status: number }; data: unknown };
  return { status: r.init.status, body: r.data };
}

describe("parseForm", () => {
  it("returns the parsed value of the intent that was posted", () => {
    const parsed = parseForm(form([["intent", "revoke"], ["userId", "42"]]), schema, FIELDS);
    expect(parsed).toMatchObject({ ok: true, value: { intent: "revoke", userId: 42 } });
  });

  it("answers a bad field with 400, its message key, the posted values and the page's tag", () => {
    const parsed = parseForm(form([["intent", "invite"], ["email", "inte en adress"]]), schema, FIELDS, { form: "invite" });
    expect(parsed.ok).toBe(false);
    const { status, body } = unwrap(!parsed.ok && parsed.reply);
    expect(status).toBe(400);
    expect(body).toEqual({ form: "invite", errors: { email: "errors.email" }, values: { intent: "invite", email: "inte en adress", userId: "" } });
  });

  it("parses ids with the one id rule: a leading zero or ten digits is refused", () => {
    for (const userId of ["007", "1234567890", "-1", "1e3"]) {
      expect(parseForm(form([["intent", "revoke"], ["userId", userId]]), schema, FIELDS).ok).toBe(false);
    }
  });

  it("refuses a repeated field with a 400 before parsing", () => {
    let thrown: unknown;
    try {
      parseForm(form([["intent", "revoke"], ["userId", "1"], ["userId", "2"]]), schema, FIELDS);
    } catch (e) {
      thrown = e;
    }
    expect(unwrap(thrown)).toEqual({ status: 400, body: { reason: "badRequest", message: "error.formRepeatedBody" } });
  });

  it("cuts each value at 2000 characters, so a huge field cannot be echoed back whole", () => {
    const parsed = parseForm(form([["intent", "invite"], ["email", "a".repeat(50_000)]]), schema, FIELDS);
    expect(parsed.values.email).toHaveLength(2000);
  });

  it("gives a refusal from the model the same shape, which the page title reads as an error (\"Fel: …\")", () => {
    const { status, body } = unwrap(formReply({ form: "openCall.errors.notOpen" }, { requestId: "7" }, { intent: "raise" }, 409));
    expect(status).toBe(409);
    expect(body).toEqual({ intent: "raise", errors: { form: "openCall.errors.notOpen" }, values: { requestId: "7" } });
    expect(hasFormErrors(body)).toBe(true);
  });
});
