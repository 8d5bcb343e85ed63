import { decodeUtf8Strict, hasForbiddenCharacters, normalizeText } from "~/domain/text";

describe("text accepted from outside", () => {
  it.each([
    ["Göran Ödmark", false, false],
    ["Rad ett\nRad två", true, false],
    ["Rad ett\r\nRad två", true, false],
    ["Kolumn\tett", true, false],
    ["NUL\u0000byte", true, true],
    ["bell\u0007", true, true],
    ["\u001b[31mröd", true, true],
    ["C1\u0085", true, true],
    ["C1\u009b", true, true],
    ["DEL\u007f", true, true],
    ["gnp\u202eexe.png", true, true],
    ["isolate\u2066x\u2069", true, true],
    ["replacement \ufffd char (from a source that was already broken)", false, false],
    ["emoji 👩‍⚕️ ok", false, false],
  ])("%j: single-line refused %s, multi-line refused %s", (value, singleRefused, multiRefused) => {
    expect(hasForbiddenCharacters(value, { multiLine: false })).toBe(singleRefused);
    expect(hasForbiddenCharacters(value, { multiLine: true })).toBe(multiRefused);
  });

  it("normalises decomposed letters to their composed form", () => {
    const decomposed = "Go\u0308ran";
    expect(decomposed).not.toBe("Göran");
    expect(normalizeText(decomposed)).toBe("Göran");
  });

  it("refuses bytes that are not UTF-8 instead of storing U+FFFD", () => {
    expect(decodeUtf8Strict(new TextEncoder().encode("Åsa"))).toBe("Åsa");
    expect(decodeUtf8Strict(Uint8Array.from([0x41, 0xc3, 0x28]))).toBeNull();
    expect(decodeUtf8Strict(Uint8Array.from([0xff]))).toBeNull();
  });
});
