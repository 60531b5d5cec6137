/**
 * The Scorecard's helper blocks that keep every formula short (Excel allows 8,192 characters): one row
 * per holder with the spellings its formulas match (criteria text, laid across), and per distinct list
 * of target terms one row per period with its share in the view. A target formula is then one
 * SUMPRODUCT over SUMIFS with those ranges as criteria, however many periods and spellings there are;
 * a new Targets or DailyReport row for a listed period or spelling still changes it live.
 */
import { translate } from "../i18n";
import type { NameResolver } from "../metrics/resolve";
import type { ScorecardLine } from "../metrics/types";
import type { MetricKey, TargetRow } from "../model";
import { METRIC_KEYS } from "../schema/enums";
import type { Lang } from "../schema/types";
import { type HolderKind, indexTargets } from "../targets/book";
import type { ResolvedTarget, TargetTerm } from "../targets/resolution";
import { absoluteCell } from "./a1";
import { criterionText } from "./criteria";
import { blockWrite, cellWrite } from "./ownedSheet";
import type { RollupInput } from "./rollupInput";
import { type PersonCriteria, targetFormula } from "./scorecardFormulas";
import { spellingsOf } from "./spellings";
import type { RangeWrite } from "./types";

/** A line holder and the texts that name it in the tables (its canonical name first). */
export interface HolderSpellings {
  readonly kind: HolderKind;
  readonly name: string;
  readonly spellings: readonly string[];
}

/** Absolute ranges a formula takes as array criteria. */
export interface TermRanges {
  readonly periods: string;
  readonly factors: string;
}

export interface TermBlocks {
  readonly writes: RangeWrite[];
  /** Rows the blocks take, from the first row given. */
  readonly rows: number;
  /** The holder's spelling criteria as a one-row range (`$B$40:$D$40`); the holder must have been given. */
  spellings(kind: HolderKind, name: string): string;
  /** The period and factor columns of a term list given to the builder. */
  terms(terms: readonly TargetTerm[]): TermRanges;
}

const holderKey = (kind: HolderKind, name: string): string => `${kind}\u0000${name}`;
const termsKey = (terms: readonly TargetTerm[]): string =>
  terms.map((t) => `${t.periodText.toLowerCase()}\u0000${t.factor}`).join("\u0001");

/**
 * Lays out the blocks from `row` down: a note, the holders' spellings, then each distinct term list
 * (lists shared by several lines are written once).
 *
 * @example termBlocks("en", 40, [{ kind: "salesperson", name: "王伟", spellings: ["王伟", "S001"] }], [terms]).spellings("salesperson", "王伟") // "$B$42:$C$42"
 */
export function termBlocks(
  lang: Lang,
  row: number,
  holders: readonly HolderSpellings[],
  termLists: readonly (readonly TargetTerm[])[],
): TermBlocks {
  const writes: RangeWrite[] = [cellWrite(`A${row}`, translate(lang, "scorecard.termsNote"), "note")];
  const spellingRanges = new Map<string, string>();
  let next = row + 1;
  if (holders.length > 0) {
    writes.push(
      blockWrite(next, 0, [[translate(lang, "scorecard.holder"), translate(lang, "scorecard.spellings")]], {
        style: "header",
        text: true,
      }),
    );
    next++;
    // One block for all holders (padded to the widest), so 200 salespeople are one write, not 200.
    const rows = holders.map((holder) => [holder.name, ...holder.spellings.map(criterionText)]);
    const width = Math.max(...rows.map((r) => r.length));
    writes.push(
      blockWrite(
        next,
        0,
        rows.map((r) => [...r, ...Array<null>(width - r.length).fill(null)]),
        { style: "body", text: true },
      ),
    );
    holders.forEach((holder, i) => {
      const at = next + i;
      spellingRanges.set(
        holderKey(holder.kind, holder.name),
        `${absoluteCell(at, 1)}:${absoluteCell(at, holder.spellings.length)}`,
      );
    });
    next += holders.length;
  }
  const termRanges = new Map<string, TermRanges>();
  const periodCells: string[][] = [];
  const factorCells: number[][] = [];
  for (const terms of termLists) {
    const key = termsKey(terms);
    if (terms.length === 0 || termRanges.has(key)) continue;
    if (termRanges.size === 0) {
      writes.push(
        blockWrite(
          next,
          0,
          [[translate(lang, "scorecard.termPeriod"), translate(lang, "scorecard.termShare")]],
          {
            style: "header",
            text: true,
          },
        ),
      );
      next++;
    }
    const first = next;
    const last = first + terms.length - 1;
    for (const t of terms) {
      periodCells.push([criterionText(t.periodText)]);
      factorCells.push([t.factor]);
    }
    termRanges.set(key, {
      periods: `${absoluteCell(first, 0)}:${absoluteCell(last, 0)}`,
      factors: `${absoluteCell(first, 1)}:${absoluteCell(last, 1)}`,
    });
    next = last + 1;
  }
  if (periodCells.length > 0) {
    const first = next - periodCells.length;
    writes.push(
      blockWrite(first, 0, periodCells, { style: "body", text: true }),
      blockWrite(first, 1, factorCells, { style: "body", numberFormat: "0.0000" }),
    );
  }
  const empty = holders.length === 0 && termRanges.size === 0;
  return {
    writes: empty ? [] : writes,
    rows: empty ? 0 : next - row,
    spellings(kind, name) {
      const range = spellingRanges.get(holderKey(kind, name));
      if (range === undefined) throw new Error(`No spellings laid out for ${kind} ${name}`);
      return range;
    },
    terms(terms) {
      const ranges = termRanges.get(termsKey(terms));
      if (ranges === undefined) throw new Error("Target terms were not laid out");
      return ranges;
    },
  };
}

/** What the Scorecard's figure cells need from the helper blocks. */
export interface ScorecardTerms {
  readonly writes: RangeWrite[];
  readonly rows: number;
  /** The live formula of a salesperson's or region's own target, or null where it has none. */
  targetFormula(line: ScorecardLine, metric: MetricKey): string | null;
  /** How a salesperson line's actual formulas match the person (`nameCell` when one spelling). */
  person(name: string, nameCell: string): PersonCriteria;
}

/**
 * Resolves every line's own targets once (src/core/targets), lays out the blocks they and the actuals
 * need from `row` down, and builds the formulas over them.
 *
 * @example scorecardTerms(input, resolver, 60).targetFormula(line, "sales") // "=SUMPRODUCT((SUMIFS(…)+SUMIFS(…))*$B$70:$B$72)"
 */
export function scorecardTerms(input: RollupInput, resolver: NameResolver, row: number): ScorecardTerms {
  const { lang, book, index, scorecard } = input;
  const targets = indexTargets(book, resolver, input.calendar);
  const variants = [
    spellingsOf(index, "salespeople", book.dailyReport, (r) => r.salesperson),
    spellingsOf(index, "salespeople", book.targets, (r) => r.salesperson),
  ];
  const regionVariants = spellingsOf(
    index,
    "regions",
    book.targets.filter((r) => r.salesperson === null),
    (r) => r.region,
  );
  const holders: HolderSpellings[] = [];
  const resolved = new Map<string, ResolvedTarget<TargetRow>>();
  for (const line of scorecard.lines) {
    if (line.level === "company") continue;
    const kind: HolderKind = line.level === "salesperson" ? "salesperson" : "region";
    const name = (kind === "salesperson" ? line.salesperson : line.region) as string;
    let any = kind === "salesperson";
    for (const metric of METRIC_KEYS) {
      const target =
        line.metrics[metric].target === null ? null : targets.resolve(kind, name, metric, scorecard.period);
      if (target === null) continue;
      resolved.set(`${holderKey(kind, name)}\u0000${metric}`, target);
      any = true;
    }
    if (!any) continue;
    const sources = kind === "salesperson" ? variants : [regionVariants];
    holders.push({ kind, name, spellings: distinct([name, ...sources.flatMap((s) => s.get(name) ?? [])]) });
  }
  const blocks = termBlocks(
    lang,
    row,
    holders,
    [...resolved.values()].map((r) => r.terms),
  );
  const counts = new Map(holders.map((h) => [holderKey(h.kind, h.name), h.spellings.length]));
  return {
    writes: blocks.writes,
    rows: blocks.rows,
    targetFormula(line, metric) {
      if (line.level === "company") return null;
      const kind: HolderKind = line.level === "salesperson" ? "salesperson" : "region";
      const name = (kind === "salesperson" ? line.salesperson : line.region) as string;
      const target = resolved.get(`${holderKey(kind, name)}\u0000${metric}`);
      if (target === undefined) return null;
      return targetFormula(input.headers, metric, {
        kind,
        spellings: blocks.spellings(kind, name),
        ...blocks.terms(target.terms),
      });
    },
    person(name, nameCell) {
      const many = (counts.get(holderKey("salesperson", name)) ?? 1) > 1;
      return many
        ? { criterion: blocks.spellings("salesperson", name), many }
        : { criterion: nameCell, many };
    },
  };
}

/** Texts kept once up to case: SUMIFS compares without regard to case, so two would count rows twice. */
function distinct(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  return texts.filter((text) => {
    const key = text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
