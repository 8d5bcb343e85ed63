// The password policy: length in characters after NFC, no composition rules, a strength estimate that knows the user.
import { passwordLength, passwordProblem, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, userInputs } from "~/domain/password-policy";

const anna = { name: "Anna Andersson", email: "anna.andersson@region.example.se" };

describe("passwordProblem", () => {
  it("asks for at least 10 characters and allows at least 64 (128)", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(PASSWORD_MAX_LENGTH).toBeGreaterThanOrEqual(64);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
  });

  it.each([
    ["empty", "", "tooShort"],
    ["too short", "kort", "tooShort"],
    ["nine characters, even if strong", "Xq7#vL2!p", "tooShort"],
    ["exactly 10 characters, unguessable", "Xq7#vL2!pM", null],
    ["129 characters", "fjäril lampa cykel ".repeat(7).slice(0, 129), "tooLong"],
    ["128 characters", "fjäril lampa cykel ".repeat(7).slice(0, 128), null],
    ["a top-ten password", "1234567890", "weakCommon"],
    ["a common English password", "password123", "weakCommon"],
    ["a keyboard row", "qwertyuiop", "weakCommon"],
    ["a sequence", "abcdefghijkl", "weakPattern"],
    ["a repeated character", "aaaaaaaaaaaa", "weakPattern"],
    ["a common Swedish password word with digits", "Lösenord12", "weakCommon"],
    ["a Swedish season and a year", "Sommar2026!", "weakCommon"],
    ["the service's own name", "levandebibliotek", "weakPersonal"],
    ["the user's own name", "annaandersson", "weakPersonal"],
    ["the user's surname with a year", "andersson2026", "weakPersonal"],
    ["the user's e-mail local part", "anna.andersson", "weakPersonal"],
    ["the user's whole e-mail address", "anna.andersson@region.example.se", "weakPersonal"],
    ["a long passphrase of unrelated words", "fjäril lampa cykel", null],
    ["a longer passphrase", "korrekt häst batteri häftklammer", null],
  ])("%s: %j → %s", async (_, password, problem) => {
    expect(await passwordProblem(password, anna)).toBe(problem);
  });

  it("counts characters (code points after NFC), not UTF-16 units or combining marks", async () => {
    const decomposed = "bla\u030Abärssoppa"; // å as a + combining ring: 13 code points, 12 characters after NFC
    expect([...decomposed].length).toBe(13);
    expect(passwordLength(decomposed)).toBe(12);
    expect(passwordLength("åäöåäöåäö")).toBe(9);
    expect(passwordLength("😀".repeat(5))).toBe(5);
    expect(await passwordProblem("😀".repeat(9))).toBe("tooShort");
    expect(await passwordProblem("e\u0301".repeat(9))).toBe("tooShort");
  });

  it("judges the same password the same whatever its Unicode form", async () => {
    expect(await passwordProblem("ba\u0308r la\u0308mpa cykel fjäril")).toBe(await passwordProblem("bär lämpa cykel fjäril"));
  });

  it("refuses a password made of the user's name only for that user", async () => {
    expect(await passwordProblem("sigvardsson-ekström", { name: "Sigvard Sigvardsson-Ekström" })).toBe("weakPersonal");
    expect(await passwordProblem("sigvardsson-ekström", { name: "Anna Andersson" })).toBeNull();
  });
});

describe("userInputs", () => {
  it("gives the estimator the name, its parts, the e-mail, its local part and the service's words", () => {
    expect(userInputs(anna)).toEqual(
      expect.arrayContaining(["anna andersson", "anna", "andersson", "anna.andersson@region.example.se", "anna.andersson", "levande", "bibliotek", "region"]),
    );
    expect(userInputs({})).toEqual(["levande", "bibliotek", "region"]);
  });
});
