/**
 * A report carried in a URL's fragment, for the pages that show it outside the pane (report-viewer.html in the
 * system browser or an Office dialog). A fragment is never sent to the server, so the report stays on the
 * user's machine, and the add-in needs no server of its own: the HTML is deflated (CompressionStream, when the
 * runtime has it) and base64url-encoded. A 64 KB report becomes about 14,000 characters.
 */
export interface CarriedReport {
  readonly html: string;
  readonly fileName: string;
}

/** Longer fragments are not carried: browsers and the system's URL handling cap URLs at around 2 MB. */
export const MAX_FRAGMENT = 1_000_000;

const FORMAT = "deflate";

export async function encodeReport(report: CarriedReport): Promise<string> {
  const bytes = new TextEncoder().encode(report.html);
  const compressed = typeof CompressionStream === "function";
  const data = compressed ? await transform(bytes, new CompressionStream(FORMAT)) : bytes;
  const params = new URLSearchParams({ v: "1", name: report.fileName, z: compressed ? FORMAT : "none" });
  return `${params.toString()}&data=${toBase64Url(data)}`;
}

export async function decodeReport(fragment: string): Promise<CarriedReport> {
  const params = new URLSearchParams(fragment.replace(/^#/, ""));
  const data = params.get("data");
  if (params.get("v") !== "1" || !data) throw new Error("this link does not carry a Goalsheet report");
  const z = params.get("z");
  if (z !== FORMAT && z !== "none") throw new Error(`the report is packed as "${z}", which this page cannot read`);
  if (z === FORMAT && typeof DecompressionStream !== "function") {
    throw new Error("this browser cannot unpack the report: open the link in a current browser");
  }
  const bytes = fromBase64Url(data);
  const html = new TextDecoder().decode(z === FORMAT ? await transform(bytes, new DecompressionStream(FORMAT)) : bytes);
  // A file name, not a path: no separators or characters a file system refuses, no control characters.
  const name = Array.from((params.get("name") ?? "").replace(/[\\/:*?"<>|]/g, "_"), (c) =>
    c.charCodeAt(0) < 32 ? "_" : c,
  )
    .join("")
    .trim();
  return { html, fileName: name || "goal-report.html" };
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  // A chunk at a time: fromCharCode over a whole report would overflow the stack.
  for (let i = 0; i < bytes.length; i += 8192) {
    binary += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 8192)));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
