import { formatClock, parseClock } from "~/domain/vocabulary";

describe("clock times", () => {
  it.each([
    ["13:00", 780],
    ["9:05", 545],
    ["09.30", 570],
    ["00:00", 0],
    ["24:00", 1440],
    ["24:01", null],
    ["25:00", null],
    ["12:60", null],
    ["1300", null],
    ["", null],
    ["kl 13", null],
  ])("%j → %s", (text, minutes) => {
    expect(parseClock(text)).toBe(minutes);
  });

  it("writes minutes back as hh:mm", () => {
    expect([0, 545, 1440].map(formatClock)).toEqual(["00:00", "09:05", "24:00"]);
  });
});
