// English for import-columns.ts: the same keys as its sv, checked by the type.
import type { sv } from "./import-columns";

export const en: Record<keyof typeof sv, string> = {
  "importColumns.caption": "Columns of the {kind} file",
  "importColumns.column": "Column",
  "importColumns.content": "Content",
  "importColumns.sampleCaption": "The rows of the file ({shown} of {total})",
  "importColumns.region.care_area": "The care area's name, e.g. Höglandet. Created when it does not exist.",
  "importColumns.region.municipality": "The municipality's name, e.g. Eksjö. Created when it does not exist, otherwise moved to the care area of the row.",
  "importColumns.people.email": "E-mail address. The person is recognised by it: when it exists, the person is updated.",
  "importColumns.people.name": "Name, at most 120 characters. Never shown in the catalogue.",
  "importColumns.people.roles": "One or more roles, separated by ; or |: {codes}.",
  "importColumns.people.title": "The title in the catalogue, 3–120 characters, e.g. Att leva med bipolär sjukdom.",
  "importColumns.people.experience": "Experience areas, separated by ; or |. Unknown areas are errors unless you choose to create them after the preview.",
  "importColumns.people.municipality": "Home municipality, or empty.",
  "importColumns.people.languages": "Languages as two-letter codes, separated by ; or |, e.g. sv;en.",
  "importColumns.people.joined_on": "The date the person joined, YYYY-MM-DD.",
  "importColumns.people.left_on": "The date the person left, YYYY-MM-DD, or empty.",
  "importColumns.people.trained_on": "The date of the basic training, YYYY-MM-DD, or empty. Only trained people can be offered assignments.",
  "importColumns.history.email": "The e-mail address of a person who already exists (import the people first).",
  "importColumns.history.role": "The role the request wanted: {codes}.",
  "importColumns.history.care_unit": "The care unit's name. Unknown care units are created.",
  "importColumns.history.offered_on": "The date the offer was made, YYYY-MM-DD.",
  "importColumns.history.start": "The assignment's start, YYYY-MM-DDTHH:MM in Swedish time. Empty when no assignment followed.",
  "importColumns.history.end": "The assignment's end, as start.",
  "importColumns.history.status": "What happened: {codes}. The last four mean an assignment followed.",
};
