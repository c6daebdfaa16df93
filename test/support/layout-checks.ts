/**
 * Layout checks run inside the rendered report (page.evaluate). Kept as source text rather than a function, so
 * what runs in the browser is exactly this JavaScript, whatever the test transform does to functions.
 *
 * Each returns a list of problems in words (empty when the layout is clean):
 * - the page is no wider than the window, and nothing sticks out of <main>;
 * - nothing spills out of a table cell, and no cell's text runs past its edge (headers running together);
 * - side by side boxes (chips, names, amounts in a line, a tile's parts) do not overlap;
 * - no word, amount or date is cut across two lines (CJK text, which breaks between any two characters, and
 *   breaks after a hyphen, soft hyphen, dash or slash are allowed; the SHA-256 fingerprint may wrap anywhere).
 * Closed <details> are opened first, so every rep's section is measured too.
 */
export const LAYOUT_PROBLEMS = String.raw`(() => {
  for (const d of document.querySelectorAll("details")) d.open = true;
  const problems = [];
  const seen = new Set();
  const report = (text) => { if (!seen.has(text) && problems.length < 40) { seen.add(text); problems.push(text); } };
  const describe = (el) => {
    const section = el.closest("section");
    const cls = typeof el.className === "string" && el.className.trim() ? "." + el.className.trim().split(/\s+/).join(".") : "";
    const text = (el.textContent || "").replace(/\s+/g, " ").trim().slice(0, 32);
    return (section ? section.className.split(" ")[0] + " " : "") + el.tagName.toLowerCase() + cls + ' "' + text + '"';
  };
  const boxes = new Map();
  const rect = (el) => {
    let r = boxes.get(el);
    if (r === undefined) boxes.set(el, (r = el.getBoundingClientRect()));
    return r;
  };
  const shownCache = new Map();
  const shown = (el) => {
    let v = shownCache.get(el);
    if (v === undefined) {
      const r = rect(el);
      v = r.width > 0 && r.height > 0 && !el.closest(".visually-hidden");
      shownCache.set(el, v);
    }
    return v;
  };
  const outside = (inner, outer) =>
    inner.left < outer.left - 1 || inner.right > outer.right + 1 || inner.top < outer.top - 1 || inner.bottom > outer.bottom + 1;
  const overlap = (a, b) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

  if (document.documentElement.scrollWidth > window.innerWidth)
    report("the page is " + document.documentElement.scrollWidth + " px wide in a " + window.innerWidth + " px window");
  const main = document.querySelector("main").getBoundingClientRect();
  for (const el of document.querySelectorAll("main *")) {
    if (el.closest("svg") && el.tagName.toLowerCase() !== "svg" || !shown(el)) continue;
    const r = rect(el);
    if (r.left < main.left - 1 || r.right > main.right + 1) report("sticks out of the page: " + describe(el));
  }
  for (const cell of document.querySelectorAll("main th, main td")) {
    if (!shown(cell)) continue;
    if (cell.scrollWidth > cell.clientWidth + 1) report("runs past its cell's edge: " + describe(cell));
    const box = rect(cell);
    for (const el of cell.querySelectorAll("*")) {
      if (el.closest("svg") && el.tagName.toLowerCase() !== "svg" || !shown(el)) continue;
      if (outside(rect(el), box)) report("spills out of its cell: " + describe(el));
    }
  }
  for (const el of document.querySelectorAll("main .tile, main .status, main .projection, main li, main p, main summary, main caption, main h1, main h2, main h3, main dd")) {
    if (shown(el) && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== "inline")
      report("runs past its box: " + describe(el));
  }
  for (const box of document.querySelectorAll("main li, main p, main summary, main caption, main th, main td, main .tile, main .projection, main .meta div, main .hbars")) {
    const kids = Array.from(box.children).filter((k) => shown(k));
    if (kids.length < 2) continue;
    const rects = kids.map((k) => Array.from(k.getClientRects()));
    for (let i = 0; i < kids.length; i++)
      for (let j = i + 1; j < kids.length; j++) {
        if (!overlap(rect(kids[i]), rect(kids[j]))) continue;
        for (const ra of rects[i]) for (const rb of rects[j]) if (overlap(ra, rb)) report("overlaps " + describe(kids[j]) + ": " + describe(kids[i]));
      }
  }
  const cjk = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
  const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("svg, .hash, .visually-hidden, style") || !shown(parent)) continue;
    const text = node.data;
    for (const m of text.matchAll(/[^\s\-\u00ad\u2010-\u2015\/]{2,}/g)) {
      if (cjk.test(m[0])) continue;
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      // After a soft hyphen that broke the line, Chromium counts the drawn hyphen (a few px at the end of the
      // line above) as part of the next syllable: that box is not a cut.
      const afterSoftHyphen = text[m.index - 1] === "­";
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      const tops = new Set();
      for (const [i, r] of rects.entries())
        if (!(afterSoftHyphen && i === 0 && rects.length > 1 && r.width < 8)) tops.add(Math.round(r.top / 3));
      if (tops.size > 1) report('cuts "' + m[0] + '" across lines in ' + describe(parent));
    }
  }
  return problems;
})()`;
