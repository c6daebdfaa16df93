import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package root (where templates/ and examples/ live), found by walking up from this module, because the
 * code runs both from source (generator/) and from the build (dist/cli/).
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "goalsheet") return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the goalsheet package root");
    dir = parent;
  }
}

export const DEFAULT_WORKBOOK = "examples/goalsheet-example.xlsx";
