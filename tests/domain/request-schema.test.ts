// The new-request schema: good input, every field's bad input, slots in Stockholm time (DST days included).
import { readRequestForm, requestSchema, SLOT_FIELDS, type RequestFormValues } from "~/domain/request-schema";
import { errorKeys } from "~/utils/validation";

// Monday 23 November 2026, 11:00 in Stockholm.
const NOW = new Date("2026-11-23T10:00:00.000Z");
const context = { now: NOW, municipalityIds: [1, 2, 3], experienceAreaIds: [1, 2, 3, 4, 5, 6, 7] };
const TEN_KB = "x".repeat(10_240);

function form(overrides: Partial<RequestFormValues> = {}): RequestFormValues {
  return {
    wantedRole: "book",
    experienceAreaIds: ["1", "2"],
    format: "lecture",
    title: "Lärcafé om ångest",
    purpose: "Personalen vill förstå hur det är att leva med ångest.",
    audience: "staff",
    audienceSize: "25",
    place: "physical",
    municipalityId: "1",
    address: "Storgatan 1, konferensrum 2",
    contactName: "Kim Kontaktperson",
    contactPhone: "070-174 06 99",
    wishedPersonId: "",
    wishedRole: "",
    ...(Object.fromEntries(SLOT_FIELDS.map((f) => [f, ""])) as Record<(typeof SLOT_FIELDS)[number], string>),
    slot1Date: "2026-12-03",
    slot1Start: "13:00",
    slot1Duration: "90",
    ...overrides,
  };
}

const parse = (values: RequestFormValues, ctx = context) => requestSchema(ctx).safeParse(values);
const errorsOf = (values: RequestFormValues, ctx = context) => {
  const result = parse(values, ctx);
  return result.success ? {} : errorKeys(result.error);
};
const slotsOf = (values: RequestFormValues, ctx = context) => {
  const result = parse(values, ctx);
  if (!result.success) throw new Error(JSON.stringify(errorKeys(result.error)));
  return result.data.slots.map((s) => [s.startsAt.toISOString(), s.endsAt.toISOString(), s.durationMinutes]);
};

describe("a good request", () => {
  it("parses into typed input with the slot in UTC", () => {
    const result = parse(form());
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      wantedRole: "book",
      experienceAreaIds: [1, 2],
      format: "lecture",
      title: "Lärcafé om ångest",
      purpose: "Personalen vill förstå hur det är att leva med ångest.",
      audience: "staff",
      audienceSize: 25,
      isDigital: false,
      municipalityId: 1,
      address: "Storgatan 1, konferensrum 2",
      slots: [{ startsAt: new Date("2026-12-03T12:00:00.000Z"), endsAt: new Date("2026-12-03T13:30:00.000Z"), durationMinutes: 90 }],
      contactName: "Kim Kontaktperson",
      contactPhone: "070-174 06 99",
      wish: null,
    });
  });

  it("needs neither municipality nor address when digital, and drops them", () => {
    const result = parse(form({ place: "digital", municipalityId: "", address: "" }));
    expect(result.data).toMatchObject({ isDigital: true, municipalityId: null, address: null });
    expect(parse(form({ place: "digital", municipalityId: "1", address: "Storgatan 1" })).data).toMatchObject({ municipalityId: null, address: null });
  });

  it("keeps five slots in order, skips empty ones and ignores a lone default length", () => {
    const values = form({
      slot2Date: "2026-12-04", slot2Start: "09:00", slot2Duration: "60",
      slot3Duration: "60",
      slot4Date: "2027-01-10", slot4Start: "8:30", slot4Duration: "480",
      slot5Date: "2026-12-05", slot5Start: "23:45", slot5Duration: "15",
    });
    expect(slotsOf(values)).toEqual([
      ["2026-12-03T12:00:00.000Z", "2026-12-03T13:30:00.000Z", 90],
      ["2026-12-04T08:00:00.000Z", "2026-12-04T09:00:00.000Z", 60],
      ["2027-01-10T07:30:00.000Z", "2027-01-10T15:30:00.000Z", 480],
      ["2026-12-05T22:45:00.000Z", "2026-12-05T23:00:00.000Z", 15],
    ]);
  });

  it("accepts HTML and emoji as plain text (React escapes them when shown) and trims spaces", () => {
    const html = '<script>alert("x")</script><b>Lärcafé</b>';
    expect(parse(form({ title: html, purpose: `<img src=x onerror=alert(1)> ${"🌱".repeat(100)}` })).data).toMatchObject({ title: html });
    expect(parse(form({ title: "  Hopp 🌱 och återhämtning  ", contactName: "Åsa Öberg-Ärlig 👩‍⚕️" })).data).toMatchObject({
      title: "Hopp 🌱 och återhämtning",
      contactName: "Åsa Öberg-Ärlig 👩‍⚕️",
    });
  });

  it("stores names and titles in composed form, so a decomposed ö finds the composed one", () => {
    expect(parse(form({ title: "Go\u0308ran berättar", contactName: "Go\u0308ran" })).data).toMatchObject({ title: "Göran berättar", contactName: "Göran" });
  });

  it("accepts Swedish phone numbers as people write them", () => {
    for (const phone of ["070-174 06 99", "+46 36 32 40 00", "036324000", "0701740699", " 036-32 40 00 "]) {
      expect(parse(form({ contactPhone: phone })).success, phone).toBe(true);
    }
  });

  it("carries a wish from the catalogue when its role is the wanted role", () => {
    expect(parse(form({ wishedPersonId: "42", wishedRole: "book" })).data?.wish).toEqual({ personId: 42, role: "book" });
  });
});

describe("bad input: each error on its own field, as a message key", () => {
  it.each<[string, Partial<RequestFormValues>, string, string]>([
    ["no role", { wantedRole: "" }, "wantedRole", "requests.errors.roleRequired"],
    ["an unknown role", { wantedRole: "admin" }, "wantedRole", "requests.errors.roleRequired"],
    ["six experience areas", { experienceAreaIds: ["1", "2", "3", "4", "5", "6"] }, "experienceAreaIds", "requests.errors.areasTooMany"],
    ["an unknown experience area", { experienceAreaIds: ["99"] }, "experienceAreaIds", "requests.errors.areaUnknown"],
    ["an experience area that is not a number", { experienceAreaIds: ["1 or 1=1"] }, "experienceAreaIds", "requests.errors.areaUnknown"],
    ["an unknown format", { format: "party" }, "format", "requests.errors.formatRequired"],
    ["a two-letter title", { title: "ab" }, "title", "requests.errors.titleShort"],
    ["a blank title", { title: "    " }, "title", "requests.errors.titleShort"],
    ["a 10 kB title", { title: TEN_KB }, "title", "requests.errors.titleLong"],
    // The title is quoted in the offer e-mail's text: a line break would let a unit add lines such as a fake link.
    ["a title with a line break", { title: "Lärcafé\r\nLogga in här: https://evil.example" }, "title", "errors.singleLine"],
    ["a title with a tab", { title: "Lärcafé\tom smärta" }, "title", "errors.singleLine"],
    ["a contact name with a line break", { contactName: "Åsa\nÖberg" }, "contactName", "errors.singleLine"],
    ["an address with a line break", { address: "Storgatan 1\nJönköping" }, "address", "errors.singleLine"],
    ["a title of 61 emoji", { title: "🌱".repeat(61) }, "title", "requests.errors.titleLong"],
    ["a 10 kB purpose", { purpose: TEN_KB }, "purpose", "requests.errors.purposeLong"],
    ["no audience", { audience: "" }, "audience", "requests.errors.audienceRequired"],
    ["a negative size", { audienceSize: "-5" }, "audienceSize", "requests.errors.sizeInvalid"],
    ["a size of zero", { audienceSize: "0" }, "audienceSize", "requests.errors.sizeInvalid"],
    ["a fractional size", { audienceSize: "2.5" }, "audienceSize", "requests.errors.sizeInvalid"],
    ["a fractional size with a comma", { audienceSize: "2,5" }, "audienceSize", "requests.errors.sizeInvalid"],
    ["a size in exponent form", { audienceSize: "1e3" }, "audienceSize", "requests.errors.sizeInvalid"],
    ["a size over 2000", { audienceSize: "2001" }, "audienceSize", "requests.errors.sizeInvalid"],
    ["no size", { audienceSize: "" }, "audienceSize", "requests.errors.sizeInvalid"],
    ["no place", { place: "" }, "place", "requests.errors.placeRequired"],
    ["a municipality outside the region", { municipalityId: "999" }, "municipalityId", "requests.errors.municipalityRequired"],
    ["no municipality for a physical meeting", { municipalityId: "" }, "municipalityId", "requests.errors.municipalityRequired"],
    ["no address for a physical meeting", { address: "" }, "address", "requests.errors.addressShort"],
    ["a 10 kB address", { address: TEN_KB }, "address", "requests.errors.addressLong"],
    ["no contact person", { contactName: " " }, "contactName", "requests.errors.contactShort"],
    ["a 10 kB contact name", { contactName: TEN_KB }, "contactName", "requests.errors.contactLong"],
    ["a phone with letters", { contactPhone: "070-ABC 06 99" }, "contactPhone", "requests.errors.phoneInvalid"],
    ["a phone of five characters", { contactPhone: "12345" }, "contactPhone", "requests.errors.phoneInvalid"],
    ["a phone of 21 characters", { contactPhone: "070 174 06 99 070 174" }, "contactPhone", "requests.errors.phoneInvalid"],
    ["a phone wrapped in HTML", { contactPhone: "<b>0701740699</b>" }, "contactPhone", "requests.errors.phoneInvalid"],
    ["a phone of dashes only", { contactPhone: "--------" }, "contactPhone", "requests.errors.phoneInvalid"],
    ["a 10 kB phone", { contactPhone: TEN_KB }, "contactPhone", "requests.errors.phoneInvalid"],
    ["no date for the first slot", { slot1Date: "" }, "slot1Date", "errors.required"],
    ["an impossible date, 2025-02-30", { slot1Date: "2025-02-30" }, "slot1Date", "requests.errors.slotDateInvalid"],
    ["an impossible date, 2027-02-29", { slot1Date: "2027-02-29" }, "slot1Date", "requests.errors.slotDateInvalid"],
    ["month 13", { slot1Date: "2026-13-01" }, "slot1Date", "requests.errors.slotDateInvalid"],
    ["a Swedish-written date", { slot1Date: "3/12/2026" }, "slot1Date", "requests.errors.slotDateInvalid"],
    ["a 10 kB date", { slot1Date: TEN_KB }, "slot1Date", "requests.errors.slotDateInvalid"],
    ["a date in the past", { slot1Date: "2026-11-20" }, "slot1Date", "requests.errors.slotInPast"],
    ["a date years back", { slot1Date: "2025-02-28" }, "slot1Date", "requests.errors.slotInPast"],
    ["earlier today", { slot1Date: "2026-11-23", slot1Start: "10:59" }, "slot1Start", "requests.errors.slotInPast"],
    ["13 months ahead", { slot1Date: "2027-12-23" }, "slot1Date", "requests.errors.slotTooFar"],
    ["one day past 12 months", { slot1Date: "2027-11-24" }, "slot1Date", "requests.errors.slotTooFar"],
    ["no start", { slot1Start: "" }, "slot1Start", "errors.required"],
    ["a start of 25:00", { slot1Start: "25:00" }, "slot1Start", "requests.errors.slotStartInvalid"],
    ["a start of 24:00", { slot1Start: "24:00" }, "slot1Start", "requests.errors.slotStartInvalid"],
    ["a start with 60 minutes", { slot1Start: "13:60" }, "slot1Start", "requests.errors.slotStartInvalid"],
    ["a start in words", { slot1Start: "efter lunch" }, "slot1Start", "requests.errors.slotStartInvalid"],
    ["no length", { slot1Duration: "" }, "slot1Duration", "errors.required"],
    ["ten minutes", { slot1Duration: "10" }, "slot1Duration", "requests.errors.slotDurationInvalid"],
    ["481 minutes", { slot1Duration: "481" }, "slot1Duration", "requests.errors.slotDurationInvalid"],
    ["a negative length", { slot1Duration: "-30" }, "slot1Duration", "requests.errors.slotDurationInvalid"],
    ["a fractional length", { slot1Duration: "90.5" }, "slot1Duration", "requests.errors.slotDurationInvalid"],
    ["a later slot without start", { slot2Date: "2026-12-04", slot2Duration: "60" }, "slot2Start", "errors.required"],
    ["a later slot without date", { slot3Start: "10:00", slot3Duration: "60" }, "slot3Date", "errors.required"],
    ["a later slot without length", { slot2Date: "2026-12-04", slot2Start: "10:00" }, "slot2Duration", "errors.required"],
    ["the same time twice", { slot2Date: "2026-12-03", slot2Start: "13:00", slot2Duration: "60" }, "slot2Date", "requests.errors.slotDuplicate"],
    ["the same time written differently", { slot5Date: "2026-12-03", slot5Start: "13.00", slot5Duration: "90" }, "slot5Date", "requests.errors.slotDuplicate"],
    ["a wished person without a role", { wishedPersonId: "42" }, "wish", "requests.errors.wishUnavailable"],
    ["a wished person id that is not a number", { wishedPersonId: "x", wishedRole: "book" }, "wishedPersonId", "requests.errors.wishUnavailable"],
    ["a wish for another role", { wishedPersonId: "42", wishedRole: "peer" }, "wantedRole", "requests.errors.wishRoleMismatch"],
  ])("%s", (_, overrides, field, key) => {
    expect(errorsOf(form(overrides))).toEqual({ [field]: key });
  });

  it("reports every field's error at once, so the form can show them all", () => {
    const empty = Object.fromEntries(Object.keys(form()).map((k) => [k, k === "experienceAreaIds" ? [] : ""])) as unknown as RequestFormValues;
    expect(errorsOf(empty)).toEqual({
      wantedRole: "requests.errors.roleRequired",
      format: "requests.errors.formatRequired",
      title: "requests.errors.titleShort",
      audience: "requests.errors.audienceRequired",
      audienceSize: "requests.errors.sizeInvalid",
      place: "requests.errors.placeRequired",
      contactName: "requests.errors.contactShort",
      contactPhone: "requests.errors.phoneInvalid",
      slot1Date: "errors.required",
      slot1Start: "errors.required",
      slot1Duration: "errors.required",
    });
    expect(errorsOf(form({ title: "", slot2Date: "2025-02-30", slot2Start: "13:00", slot2Duration: "5" }))).toEqual({
      title: "requests.errors.titleShort",
      slot2Date: "requests.errors.slotDateInvalid",
      slot2Duration: "requests.errors.slotDurationInvalid",
    });
  });
});

describe("slots on the days the clocks change", () => {
  it("converts local times on both DST days to the right UTC instants", () => {
    const values = form({
      slot1Date: "2027-03-28", slot1Start: "10:00", slot1Duration: "60",
      slot2Date: "2027-10-31", slot2Start: "10:00", slot2Duration: "60",
      slot3Date: "2027-03-27", slot3Start: "10:00", slot3Duration: "60",
    });
    expect(slotsOf(values)).toEqual([
      ["2027-03-28T08:00:00.000Z", "2027-03-28T09:00:00.000Z", 60],
      ["2027-10-31T09:00:00.000Z", "2027-10-31T10:00:00.000Z", 60],
      ["2027-03-27T09:00:00.000Z", "2027-03-27T10:00:00.000Z", 60],
    ]);
  });

  it("keeps the real length of a slot across the jump: 01:30 for two hours ends 04:30 summer time", () => {
    expect(slotsOf(form({ slot1Date: "2027-03-28", slot1Start: "01:30", slot1Duration: "120" }))).toEqual([["2027-03-28T00:30:00.000Z", "2027-03-28T02:30:00.000Z", 120]]);
  });

  it("takes the first 02:30 of the autumn night and refuses a spring time that does not exist", () => {
    expect(slotsOf(form({ slot1Date: "2027-10-31", slot1Start: "02:30", slot1Duration: "60" }))).toEqual([["2027-10-31T00:30:00.000Z", "2027-10-31T01:30:00.000Z", 60]]);
    expect(errorsOf(form({ slot1Date: "2027-03-28", slot1Start: "02:30" }))).toEqual({ slot1Start: "requests.errors.slotTimeSkipped" });
  });

  it("allows exactly 12 months ahead, and from a leap day up to 28 February", () => {
    expect(slotsOf(form({ slot1Date: "2027-11-23", slot1Start: "09:00" }))).toHaveLength(1);
    const leap = { ...context, now: new Date("2028-02-29T10:00:00.000Z") };
    expect(slotsOf(form({ slot1Date: "2029-02-28", slot1Start: "09:00" }), leap)).toHaveLength(1);
    expect(errorsOf(form({ slot1Date: "2029-03-01", slot1Start: "09:00" }), leap)).toEqual({ slot1Date: "requests.errors.slotTooFar" });
  });

  it("accepts a slot later today but not one starting now", () => {
    expect(slotsOf(form({ slot1Date: "2026-11-23", slot1Start: "11:01" }))).toHaveLength(1);
    expect(errorsOf(form({ slot1Date: "2026-11-23", slot1Start: "11:00" }))).toEqual({ slot1Start: "requests.errors.slotInPast" });
  });
});

describe("readRequestForm", () => {
  it("reads every field as a string, several experience areas, and caps huge values without cutting normal ones", () => {
    const data = new FormData();
    data.append("title", TEN_KB.repeat(10));
    data.append("experienceAreaIds", "1");
    data.append("experienceAreaIds", "3");
    data.append("slot1Date", "2026-12-03");
    const values = readRequestForm(data);
    expect(values.title.length).toBe(5000);
    expect(values.experienceAreaIds).toEqual(["1", "3"]);
    expect(values.slot1Date).toBe("2026-12-03");
    expect(values.slot5Duration).toBe("");
    expect(values.contactPhone).toBe("");
    expect(errorsOf(values).title).toBe("requests.errors.titleLong");
  });
});
