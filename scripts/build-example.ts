/**
 * Builds examples/goalsheet-example.xlsx, the bundled example workbook (committed, so Excel users can open it).
 * Deterministic: a seeded generator and fixed document dates, so rebuilding gives the same data.
 * Run: npm run build:example
 */
import ExcelJS from "exceljs";

const OUT = process.argv[2] ?? "examples/goalsheet-example.xlsx";

/** mulberry32: a tiny seeded PRNG, so the example is the same on every machine. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20260101);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

const REPS = [
  { rep: "Ana Lima", region: "EMEA", skill: 0.5 },
  { rep: "Bram de Vries", region: "EMEA", skill: 0.4 },
  { rep: "Chen Wei", region: "APAC", skill: 0.45 },
  { rep: "Dana Whitfield", region: "North America", skill: 0.35 },
  { rep: "Omar Haddad", region: "MEA", skill: 0.3 },
] as const;
const SEGMENTS = ["Enterprise", "Mid-market", "SMB"] as const;
const COMPETITORS = ["Acme CRM", "Globex", "Initech", "None"] as const;
const OPEN_STAGES = ["Qualification", "Discovery", "Proposal", "Negotiation"] as const;

export function exampleDeals() {
  const deals = [];
  const start = day("2026-01-05");
  for (let i = 1; i <= 120; i++) {
    const who = pick(REPS);
    const segment = pick(SEGMENTS);
    const created = addDays(start, Math.floor(random() * 300));
    const amount =
      Math.round(
        ((segment === "Enterprise" ? 60_000 : segment === "Mid-market" ? 25_000 : 8_000) * (0.5 + random())) / 100,
      ) * 100;
    const cycle = 20 + Math.floor(random() * 90);
    const closedAt = addDays(created, cycle);
    const asOf = day("2026-11-15");
    let outcome: string;
    let stage: string;
    let closed: Date | null = null;
    if (closedAt > asOf) {
      stage = pick(OPEN_STAGES);
      outcome = "Open";
    } else {
      const r = random();
      outcome = r < who.skill ? "Won" : r < who.skill + 0.08 ? "No decision" : "Lost";
      stage = outcome === "Won" ? "Closed won" : outcome === "Lost" ? "Closed lost" : "Closed no decision";
      closed = closedAt;
    }
    deals.push({
      id: `D-${String(i).padStart(4, "0")}`,
      rep: who.rep,
      region: who.region,
      segment,
      stage,
      amount,
      created,
      closed,
      outcome,
      competitor: pick(COMPETITORS),
    });
  }
  return deals;
}

async function main() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Goalsheet";
  workbook.created = day("2026-01-01");
  workbook.modified = day("2026-01-01");
  const deals = workbook.addWorksheet("Deals");
  deals.columns = [
    { header: "ID", key: "id", width: 10 },
    { header: "Rep", key: "rep", width: 18 },
    { header: "Region", key: "region", width: 15 },
    { header: "Segment", key: "segment", width: 12 },
    { header: "Stage", key: "stage", width: 20 },
    { header: "Amount", key: "amount", width: 12, style: { numFmt: "#,##0" } },
    { header: "Created", key: "created", width: 12, style: { numFmt: "yyyy-mm-dd" } },
    { header: "Closed", key: "closed", width: 12, style: { numFmt: "yyyy-mm-dd" } },
    { header: "Outcome", key: "outcome", width: 13 },
    { header: "Competitor", key: "competitor", width: 12 },
  ];
  for (const deal of exampleDeals()) deals.addRow(deal);
  deals.getRow(1).font = { bold: true };
  deals.views = [{ state: "frozen", ySplit: 1 }];
  await workbook.xlsx.writeFile(OUT);
  process.stdout.write(`${OUT}\n`);
}

await main();
