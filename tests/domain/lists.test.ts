// Cached read models keep their lists at exact size and share one frozen empty list.
import { exactList, NONE } from "~/domain/lists";

describe("exactList", () => {
  it("keeps the items in order in a list of their own", () => {
    const grown: number[] = [];
    grown.push(3, 1, 2);
    const exact = exactList(grown);
    expect(exact).toEqual([3, 1, 2]);
    expect(exact).not.toBe(grown);
  });

  it("gives every empty list the same frozen one, which refuses to grow", () => {
    expect(exactList([])).toBe(NONE);
    expect(exactList<string>([])).toBe(exactList<number>([]));
    // @ts-expect-error the type refuses a push as well: the list is readonly to every holder.
    expect(() => exactList<number>([]).push(1)).toThrow(TypeError);
  });
});
