import { execFileSync } from "node:child_process";
import { linkSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { dealsWorkbook } from "./workbooks.js";

/**
 * Issue 17 items 3–4 and issue 13 item 10, as the file system shows them to `goalsheet report`: links, hard
 * links, FIFOs, devices, sockets, folders, long names, missing folders, broken templates and control characters
 * in file names. Each case builds its own files in a fresh folder (links and special files cannot be committed)
 * and says what the built CLI must do. Linux only (mkfifo, /dev/zero, unix sockets), as CI is.
 */
export interface FileCase {
  readonly name: string;
  /** Make the case's files in `dir`; returns the arguments after `report` and an optional clean-up. */
  readonly setup: (dir: string) => Promise<{ args: string[]; cleanup?: () => Promise<void> }>;
  /** Exit code 2 with this one line on stderr (after "goalsheet: "), or exit code 0. */
  readonly expect: { readonly exit: 2; readonly line: RegExp } | { readonly exit: 0 };
  /** Files (relative to the case folder) whose bytes must not change: the input above all. */
  readonly untouched?: readonly string[];
}

const workbook = (dir: string, name = "q3.xlsx") => dealsWorkbook().then((b) => writeFileSync(join(dir, name), b));
const refused = (line: RegExp) => ({ exit: 2 as const, line });

/** A template folder with these files (paths relative to it). */
function templates(dir: string, files: Record<string, string>): string {
  const folder = join(dir, "templates");
  mkdirSync(join(folder, "partials"), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

export const FILE_CASES: readonly FileCase[] = [
  // The input is sacred: the same file under another name is still the input.
  {
    name: "output-is-a-link-to-the-input",
    setup: async (dir) => {
      await workbook(dir);
      symlinkSync("q3.xlsx", join(dir, "current.xlsx"));
      return { args: [join(dir, "current.xlsx"), "-o", join(dir, "q3.xlsx")] };
    },
    expect: refused(/^--output must not be the input workbook, got .*q3\.xlsx \(the same file as .*current\.xlsx\)$/),
    untouched: ["q3.xlsx"],
  },
  {
    name: "output-is-a-hard-link-of-the-input",
    setup: async (dir) => {
      await workbook(dir);
      linkSync(join(dir, "q3.xlsx"), join(dir, "copy.xlsx"));
      return { args: [join(dir, "q3.xlsx"), "-o", join(dir, "copy.xlsx")] };
    },
    expect: refused(/^--output must not be the input workbook, got .*copy\.xlsx \(the same file as .*q3\.xlsx\)$/),
    untouched: ["q3.xlsx", "copy.xlsx"],
  },
  {
    name: "json-is-the-input-through-a-folder-link",
    setup: async (dir) => {
      mkdirSync(join(dir, "data"));
      await workbook(join(dir, "data"));
      symlinkSync("data", join(dir, "shared"));
      return {
        args: [join(dir, "data", "q3.xlsx"), "-o", join(dir, "r.html"), "--json", join(dir, "shared", "q3.xlsx")],
      };
    },
    expect: refused(/^--json must not be the input workbook, got .*shared\/q3\.xlsx \(the same file as .*\)$/),
    untouched: ["data/q3.xlsx"],
  },
  // Not files: refused by type, before anything is opened.
  {
    name: "input-is-a-fifo",
    setup: async (dir) => {
      execFileSync("mkfifo", [join(dir, "q3.xlsx")]);
      return { args: [join(dir, "q3.xlsx"), "-o", join(dir, "r.html")] };
    },
    expect: refused(/^cannot read .*q3\.xlsx: it is a named pipe \(FIFO\), not a file$/),
  },
  {
    name: "input-is-dev-zero",
    setup: async (dir) => ({ args: ["/dev/zero", "-o", join(dir, "r.html")] }),
    expect: refused(/^cannot read \/dev\/zero: it is a device, not a file$/),
  },
  {
    name: "input-is-a-link-to-dev-urandom",
    setup: async (dir) => {
      symlinkSync("/dev/urandom", join(dir, "q3.xlsx"));
      return { args: [join(dir, "q3.xlsx"), "-o", join(dir, "r.html")] };
    },
    expect: refused(/^cannot read .*q3\.xlsx: it is a device, not a file$/),
  },
  {
    name: "input-is-a-socket",
    setup: async (dir) => {
      const server = createServer();
      await new Promise<void>((done) => server.listen(join(dir, "q3.xlsx"), done));
      return {
        args: [join(dir, "q3.xlsx"), "-o", join(dir, "r.html")],
        cleanup: () => new Promise((done) => server.close(() => done())),
      };
    },
    expect: refused(/^cannot read .*q3\.xlsx: it is a socket, not a file$/),
  },
  {
    name: "input-is-over-the-size-cap",
    setup: async (dir) => {
      // Sparse: 300 MiB by its size, nothing on disk.
      writeFileSync(join(dir, "q3.xlsx"), "");
      truncateSync(join(dir, "q3.xlsx"), 300 * 1024 ** 2);
      return { args: [join(dir, "q3.xlsx"), "-o", join(dir, "r.html")] };
    },
    expect: refused(/^cannot read .*q3\.xlsx: an input file must be at most 256 MiB, got 300 MiB$/),
  },
  // Outputs.
  {
    name: "output-is-a-folder",
    setup: async (dir) => {
      await workbook(dir);
      mkdirSync(join(dir, "reports"));
      return { args: [join(dir, "q3.xlsx"), "-o", join(dir, "reports")] };
    },
    expect: refused(/^cannot write .*reports: it is a folder$/),
  },
  {
    name: "output-name-of-245-bytes",
    setup: async (dir) => {
      await workbook(dir);
      return { args: [join(dir, "q3.xlsx"), "-o", join(dir, `${"r".repeat(240)}.html`)] };
    },
    expect: { exit: 0 },
  },
  {
    name: "output-name-of-300-bytes",
    setup: async (dir) => {
      await workbook(dir);
      return { args: [join(dir, "q3.xlsx"), "-o", join(dir, `${"r".repeat(295)}.html`)] };
    },
    expect: refused(/^cannot write .*r{295}\.html: the name is too long \(at most 255 bytes per name\)$/),
  },
  {
    name: "output-in-a-missing-folder",
    setup: async (dir) => {
      await workbook(dir);
      return { args: [join(dir, "q3.xlsx"), "-o", join(dir, "reports", "2026", "q3.html")] };
    },
    expect: { exit: 0 },
  },
  {
    name: "output-under-a-file",
    setup: async (dir) => {
      await workbook(dir);
      return { args: [join(dir, "q3.xlsx"), "-o", join(dir, "q3.xlsx", "r.html")] };
    },
    expect: refused(/^cannot write .*q3\.xlsx\/r\.html: a part of the path is not a folder$/),
    untouched: ["q3.xlsx"],
  },
  // Templates: the author's input, reported at its file and line.
  {
    name: "template-syntax-error",
    setup: async (dir) => {
      await workbook(dir);
      const folder = templates(dir, { "partials/footer.hbs": "<footer>\n{{#if generatedAt}}\n</footer>\n" });
      return { args: [join(dir, "q3.xlsx"), "-o", join(dir, "r.html"), "--template", folder] };
    },
    expect: refused(/^.*templates\/partials\/footer\.hbs:4: syntax error: unexpected end of the template/),
  },
  {
    name: "template-recursive-partial",
    setup: async (dir) => {
      await workbook(dir);
      const folder = templates(dir, { "partials/footer.hbs": "<footer>\n{{> footer}}</footer>" });
      return { args: [join(dir, "q3.xlsx"), "-o", join(dir, "r.html"), "--template", folder] };
    },
    expect: refused(
      /^.*templates\/partials\/footer\.hbs:2: partials include each other without end \(footer → footer\)$/,
    ),
  },
  {
    name: "template-missing-partial",
    setup: async (dir) => {
      await workbook(dir);
      const folder = templates(dir, { "report.hbs": "<!doctype html>\n{{> header}}\n{{> sidebar}}\n" });
      return { args: [join(dir, "q3.xlsx"), "-o", join(dir, "r.html"), "--template", folder] };
    },
    expect: refused(/^.*templates\/report\.hbs:3: the partial "sidebar" does not exist \(no partials\/sidebar\.hbs\)$/),
  },
  {
    name: "template-is-a-file",
    setup: async (dir) => {
      await workbook(dir);
      writeFileSync(join(dir, "report.hbs"), "<p>hello</p>");
      return { args: [join(dir, "q3.xlsx"), "-o", join(dir, "r.html"), "--template", join(dir, "report.hbs")] };
    },
    expect: refused(
      /^--template must be a folder or one of default, summary, got ".*report\.hbs" \(a file, not a folder\)$/,
    ),
  },
  // Control characters in what we quote: escaped, one line, nothing forged or reordered.
  {
    name: "control-characters-in-the-file-name",
    setup: async (dir) => ({
      args: [join(dir, "q3\ngoalsheet: wrote q3.html\u202Exslx.html"), "-o", join(dir, "r.html")],
    }),
    expect: refused(/^cannot read .*q3\\ngoalsheet: wrote q3\.html\\u202Exslx\.html: no such file$/),
  },
];
