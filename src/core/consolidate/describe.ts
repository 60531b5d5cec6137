/** Disagreements between books as sentences (en/zh) that name both books and say what to do. */
import { translate } from "../i18n";
import type { Lang } from "../schema/types";
import type { Disagreement } from "./types";

const KIND_KEYS = { holiday: "company.kind.holiday", workday: "company.kind.workday" } as const;

/**
 * One line per disagreement, in `lang`.
 *
 * @example describeDisagreement("en", d) // "Salesperson ID S01 is 王伟 in north.xlsx but 王薇 in south.xlsx; …"
 */
export function describeDisagreement(lang: Lang, d: Disagreement): string {
  const books = { firstBook: d.first.book, secondBook: d.second.book };
  switch (d.kind) {
    case "idTwoNames":
      return translate(lang, "company.idTwoNames", {
        list: translate(lang, `company.list.${d.list as "salespeople" | "customers" | "products"}`),
        id: d.subject,
        first: d.first.value,
        second: d.second.value,
        ...books,
      });
    case "nameTwoRegions":
      return translate(lang, "company.nameTwoRegions", {
        list: translate(lang, `company.list.${d.list as "salespeople" | "customers"}`),
        name: d.subject,
        first: d.first.value,
        second: d.second.value,
        ...books,
      });
    case "sameTarget":
      return translate(lang, "company.sameTarget", {
        target: d.subject,
        first: d.first.value,
        second: d.second.value,
        ...books,
      });
    case "calendarDay": {
      const kind = (value: string) =>
        value in KIND_KEYS ? translate(lang, KIND_KEYS[value as keyof typeof KIND_KEYS]) : value;
      return translate(lang, "company.calendarDay", {
        date: d.subject,
        first: kind(d.first.value),
        second: kind(d.second.value),
        ...books,
      });
    }
  }
}
