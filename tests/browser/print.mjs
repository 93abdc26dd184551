// print.mjs: every printable page (pages.mjs: the reports, and the
// register page) printed by Chromium to PDF (A4 landscape with
// backgrounds, unless the page's @page rule names another size), as a
// person printing it would get it; then read back with poppler's
// pdftotext to check that no text was clipped or printed over other
// text, and that a table running onto a next page shows its header there
// again. The PDF and a PNG of its page 1 are kept in the artefacts
// directory.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {
	artefactsDir, fixture, limit, newContext, openOrSkip, staffContext,
} from './lib.mjs';
import { printedPages, required } from './pages.mjs';

// A4 in PostScript points, and how far a PDF's page may be off it.
const A4 = { short: 595.28, long: 841.89, slack: 2 };

// The text of a PDF, one string per page (pdftotext separates pages with
// a form feed). layout: keep the physical layout (a table row is a line)
// rather than the reading order (a cell's lines together).
function pdfPages(file, layout) {
	const out = execFileSync('pdftotext',
	    [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'],
	    { encoding: 'utf8', maxBuffer: 64 << 20 });
	const pages = out.split('\f');
	if (pages.length > 1 && pages[pages.length - 1].trim() === '')
		pages.pop();
	return pages;
}

// pdfinfo's page count and first page's size.
function pdfInfo(file) {
	const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
	const m = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
	return { pages, width: Number(m?.[1]), height: Number(m?.[2]) };
}

// Each page of a PDF with its size and its words' boxes (pdftotext
// -bbox: points from the top left).
function pdfWordBoxes(file) {
	const out = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'],
	    { encoding: 'utf8', maxBuffer: 256 << 20 });
	const pages = [];
	const re = /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
	for (const m of out.matchAll(re)) {
		if (m[1] !== undefined) {
			pages.push({ width: Number(m[1]), height: Number(m[2]),
			    words: [] });
		} else if (pages.length > 0) {
			pages[pages.length - 1].words.push({ x0: Number(m[3]),
			    y0: Number(m[4]), x1: Number(m[5]), y1: Number(m[6]),
			    text: m[7] });
		}
	}
	return pages;
}

// Words that stand (partly) off their page, and pairs of words printed
// over each other (overlapping by more than a third of the smaller: a
// fixed header or footer over the text, a cell's text run into the next
// cell), as messages: none of them can be read whole.
export function overprinted(pages) {
	const out = [];
	const slack = 0.5;
	pages.forEach((pg, i) => {
		const ws = [...pg.words].sort((a, b) => a.y0 - b.y0);
		for (const w of ws) {
			if (w.x0 < -slack || w.y0 < -slack || w.x1 > pg.width + slack ||
			    w.y1 > pg.height + slack)
				out.push(`page ${i + 1}: "${w.text}" runs off the page`);
		}
		for (let a = 0; a < ws.length; a++) {
			const wa = ws[a];
			for (let b = a + 1; b < ws.length && ws[b].y0 < wa.y1; b++) {
				const wb = ws[b];
				const dx = Math.min(wa.x1, wb.x1) - Math.max(wa.x0, wb.x0);
				const dy = Math.min(wa.y1, wb.y1) - Math.max(wa.y0, wb.y0);
				if (dx <= 0 || dy <= 0)
					continue;
				const small = Math.min((wa.x1 - wa.x0) * (wa.y1 - wa.y0),
				    (wb.x1 - wb.x0) * (wb.y1 - wb.y0));
				if (dx * dy > small / 3)
					out.push(`page ${i + 1}: "${wa.text}" and ` +
					    `"${wb.text}" are printed over each other`);
			}
		}
	});
	return out;
}

// What text comparison ignores: case (text-transform prints capitals
// the DOM does not hold), white space (lines wrap differently on paper),
// hyphens (pdftotext joins "decision-" and "making" at a line's end into
// "decisionmaking") and compatibility forms (a ligature comes back as
// one character).
export function norm(s) {
	return s.normalize('NFKC').replace(/[\s\u00ad\u200b-]+/g, '')
	    .toLowerCase();
}

// The lines of a PDF's text (reading order), each as its normed words,
// and where each word starts a line's run: by its first two characters
// (a one-character word by itself).
function pdfLines(pages) {
	const lines = pages.join('\n').split('\n')
	    .map((l) => l.split(/\s+/).map(norm).filter((w) => w !== ''))
	    .filter((ws) => ws.length > 0);
	const index = new Map();
	lines.forEach((ws, li) => ws.forEach((w, wi) => {
		const k = w.slice(0, 2);
		if (!index.has(k))
			index.set(k, []);
		index.get(k).push([li, wi]);
	}));
	return { lines, index, text: lines.map((ws) => ws.join('')).join('') };
}

// Is the block of text (as the DOM holds it) in the PDF? Whole, in the
// reading order; or else (pdftotext may put a block's lines apart, when
// its reading order goes down a table's column or a line of a cell
// holds a box) as pieces in order, each a whole line of the PDF or a run
// of at least two whole words of one. A glyph Chromium clipped is not
// in the PDF, so a cut-off word matches no PDF word, and a missing word
// leaves a piece that is neither a line nor a run.
export function foundInPdf(block, pdf) {
	const s = norm(block);
	if (s === '' || pdf.text.includes(s))
		return true;
	const reach = new Uint8Array(s.length + 1);
	reach[0] = 1;
	for (let i = 0; i < s.length; i++) {
		if (reach[i] === 0)
			continue;
		const starts = [...(pdf.index.get(s.slice(i, i + 2)) ?? []),
		    ...(pdf.index.get(s[i]) ?? [])];
		for (const [li, wi] of starts) {
			const ws = pdf.lines[li];
			for (let j = wi, p = i; j < ws.length && s.startsWith(ws[j], p);
			    j++) {
				p += ws[j].length;
				if (j > wi || (wi === 0 && j === ws.length - 1))
					reach[p] = 1;
			}
		}
	}
	return reach[s.length] === 1;
}

// In the page, laid out for print: the text as Chromium will print it,
// as blocks (the text of each element that is not inline-level, with its
// inline descendants' text in order), and its tables (each header's text
// and the first line of each body row's first cell). Text nobody sees on
// paper is left
// out: display none, visibility hidden, the visually-hidden pattern (a
// clipped box of 1 px), boxes placed off the page (left: -10000px), a
// closed details element's content, form controls, and SVG (a chart's
// figures are in the table beside it, which is checked).
function printedText() {
	const skip = new WeakMap();
	const unseen = (el) => {
		if (el === null || el === document.body)
			return false;
		if (skip.has(el))
			return skip.get(el);
		const cs = getComputedStyle(el);
		const r = el.getBoundingClientRect();
		const v = cs.display === 'none' || cs.visibility === 'hidden' ||
		    ['TEXTAREA', 'SELECT', 'OPTION', 'SCRIPT', 'STYLE', 'TEMPLATE']
			.includes(el.tagName) ||
		    el instanceof SVGElement ||
		    (cs.overflow !== 'visible' && r.width <= 1 && r.height <= 1) ||
		    (r.width > 0 && r.right <= 0) || (r.height > 0 && r.bottom <= 0) ||
		    (el.parentElement?.tagName === 'DETAILS' &&
			!el.parentElement.open && el.tagName !== 'SUMMARY') ||
		    unseen(el.parentElement);
		skip.set(el, v);
		return v;
	};
	const blockOf = (el) => {
		for (let e = el; e !== null; e = e.parentElement) {
			const d = getComputedStyle(e).display;
			if (!d.startsWith('inline') && d !== 'contents')
				return e;
		}
		return document.body;
	};
	const blocks = new Map();
	const walk = document.createTreeWalker(document.body,
	    NodeFilter.SHOW_TEXT);
	for (let n = walk.nextNode(); n !== null; n = walk.nextNode()) {
		if (n.data.trim() === '' || unseen(n.parentElement))
			continue;
		const b = blockOf(n.parentElement);
		blocks.set(b, (blocks.get(b) ?? '') + n.data);
	}
	const text = (el) => el.innerText.replace(/\s+/g, ' ').trim();
	const tables = [...document.querySelectorAll('table')]
	    .filter((t) => !unseen(t) && t.tHead !== null)
	    .map((t) => ({
		caption: t.caption ? text(t.caption) : '',
		headers: [...t.tHead.querySelectorAll('th')].map(text)
		    .filter((h) => h !== ''),
		rows: [...t.tBodies].flatMap((b) => [...b.rows])
		    .map((r) => (r.cells.length > 0 ?
			r.cells[0].innerText.trim().split('\n')[0].trim() : ''))
		    .filter((c) => c !== ''),
	    }));
	return {
		blocks: [...blocks.values()].map((s) => s.replace(/\s+/g, ' ').trim()),
		tables,
	};
}

// The first cell of a line of pdftotext -layout: its text up to the
// first run of two or more spaces (the gap to the next column).
function firstCell(line) {
	return norm(line.trim().split(/\s{2,}/)[0] ?? '');
}

// Where the DOM's tables run from one page of the PDF (pages: the text
// of each page, -layout) onto the next. Their rows are looked for in
// order, tables in document order, each as a line whose first cell is
// the row's first cell (or, for a cell that wraps, the start of it), so
// that rows with the same first cell are told apart by their order.
// Returns each crossing: the table, the page (0-based) it runs onto and
// the words of that page above the first of its rows there (normed).
function tableCrossings(tables, pages) {
	const lines = pages.flatMap((text, page) =>
	    text.split('\n').map((line, i) => ({ page, i, cell: firstCell(line) })));
	const out = [];
	let pos = 0;
	for (const t of tables) {
		let prev = null;
		for (const row of t.rows) {
			const k = norm(row);
			let hit = -1;
			for (let j = pos; j < lines.length && j < pos + 400; j++) {
				const c = lines[j].cell;
				if (c !== '' && (c === k || (c.length >= 3 && k.startsWith(c)))) {
					hit = j;
					break;
				}
			}
			if (hit === -1)
				continue;
			pos = hit + 1;
			const at = lines[hit];
			if (prev !== null && at.page > prev.page) {
				out.push({ table: t, page: at.page,
				    above: pages[at.page].split('\n').slice(0, at.i)
				    .join(' ').split(/\s+/).map(norm)
				    .filter((w) => w !== '') });
			}
			prev = at;
		}
	}
	return out;
}

// Is word among words (all normed), inside one, or broken over two
// (a narrow column's header breaks a long word: "controlle" "r")?
function hasWord(word, words) {
	if (words.some((w) => w.includes(word)))
		return true;
	for (let i = 1; i < word.length; i++) {
		const a = words.findIndex((w) => w.endsWith(word.slice(0, i)));
		if (a !== -1 && words.slice(a + 1).some((w) => w.startsWith(word.slice(i))))
			return true;
	}
	return false;
}

function fileName(name) {
	return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

// A page of its own for the checks' self-test: a 50-row table on A4
// landscape, then a paragraph long enough to run over a page break, and
// what CSS is added to spoil it.
export function selfTestPage(css, more = '') {
	const rows = Array.from({ length: 50 }, (_, i) =>
	    `<tr><td>Row ${i + 1} name</td><td>Row ${i + 1} value</td></tr>`);
	const words = Array.from({ length: 700 }, (_, i) => `word${i}`);
	return '<!DOCTYPE html><html lang="en"><head><title>t</title><style>' +
	    '@page { size: A4 landscape; margin: 15mm }' +
	    'body { font: 11pt sans-serif } td, th { padding: 1mm 3mm }' +
	    `${css}</style></head><body><h1>Self-test</h1><table>` +
	    '<caption>Rows</caption><thead><tr><th>Row name</th>' +
	    '<th>Row value</th></tr></thead><tbody>' + rows.join('') +
	    `</tbody></table><p>${words.join(' ')}</p>${more}</body></html>`;
}

export function printTests() {
	// The checks themselves, on pages made here, so that a pass below
	// means something: the plain table passes; a cell too wide for the
	// paper, a cell that hides its overflow, a header that is not
	// repeated, or a footer printed over the text each fail.
	test('the print checks pass a good page and catch clipped text, ' +
	    'overprinted text and a header not repeated', limit, async () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'gdprdesk-print-'));
		const ctx = await newContext();
		const entry = { name: 'self-test', orientation: 'landscape',
		    repeatHeader: true };
		const run = async (css, more) => {
			const page = await ctx.newPage();
			try {
				await page.setContent(selfTestPage(css, more));
				await checkPrint(page, entry, dir);
			} finally {
				await page.close();
			}
		};
		try {
			await run('');
			await assert.rejects(run('tbody tr:nth-child(5) td ' +
			    '{ white-space: nowrap; padding-left: 300mm }'),
			    /missing from the PDF/, 'a cell past the paper edge');
			await assert.rejects(run('tbody tr:nth-child(5) td ' +
			    '{ display: block; overflow: hidden; white-space: nowrap; ' +
			    'width: 8mm }'), /missing from the PDF/, 'a cell hiding its overflow');
			await assert.rejects(run('thead { display: table-row-group }'),
			    /does not repeat the header/, 'a header printed once');
			await assert.rejects(run('.foot { position: fixed; bottom: 0; ' +
			    'background: #ffffff; font-size: 30pt }',
			    '<div class="foot">A running footer over the text</div>'),
			    /overprinted/, 'a fixed footer over the text');
		} finally {
			await ctx.close();
			rmSync(dir, { recursive: true, force: true });
		}
	});

	describe('printing to PDF', () => {
		for (const p of printedPages) {
			test(`${p.name}: prints on A4 with no text clipped` +
			    (p.repeatHeader ? ' and table headers repeated on the next page' : ''),
			    limit, async (t) => {
				const { slug } = p.org === 'places' ?
				    fixture().places : fixture();
				const page = await (await staffContext()).newPage();
				try {
					if (await openOrSkip(t, page, p.path(slug),
					    `the ${p.name}`, required.has(p.name)) !== null)
						await checkPrint(page, p, artefactsDir());
				} finally {
					await page.close();
				}
			});
		}
	});
}

// Prints page (open at entry p's address) into directory dir and checks
// the PDF.
export async function checkPrint(page, p, dir) {
	const base = path.join(dir, fileName(p.name));
	const pdf = `${base}.pdf`;

	await page.emulateMedia({ media: 'print' });
	const dom = await page.evaluate(printedText);
	await page.pdf({
		path: pdf,
		format: 'A4',
		landscape: true,
		printBackground: true,
	});
	await page.emulateMedia({ media: null });
	execFileSync('pdftoppm', ['-png', '-f', '1', '-l', '1', '-r', '80',
	    '-singlefile', pdf, base]);

	const info = pdfInfo(pdf);
	const [w, h] = p.orientation === 'landscape' ?
	    [A4.long, A4.short] : [A4.short, A4.long];
	assert.ok(Math.abs(info.width - w) < A4.slack &&
	    Math.abs(info.height - h) < A4.slack,
	    `${pdf}: page 1 is ${info.width} x ${info.height} pt, not A4 ` +
	    `${p.orientation} (${w} x ${h})`);

	// No text clipped: every block of text the page prints is in the PDF
	// (foundInPdf). Chromium writes no glyph it clipped (at the paper's
	// edge, or by overflow), so a cut-off cell or line shows up as
	// missing.
	const lines = pdfLines(pdfPages(pdf, false));
	const missing = dom.blocks.filter((b) => !foundInPdf(b, lines));
	assert.ok(dom.blocks.length > 0, 'the page prints some text');
	assert.deepEqual(missing, [],
	    `${pdf}: text of the page missing from the PDF (clipped?)`);
	// Nor is any text hidden under other text, or off the paper.
	const over = overprinted(pdfWordBoxes(pdf));
	assert.deepEqual(over.slice(0, 10), [], `${pdf}: text overprinted ` +
	    `(${over.length} cases)`);

	// Wherever a table runs onto a new page, its header is printed again
	// there above its rows; and (repeatHeader) some table does run onto
	// a new page: onto page 2 where it starts on page 1, or later where
	// the page starts its tables later (the record of processing gives
	// page 1 to the organisation's details). Physical layout here: a
	// header row is one line.
	const crossings = tableCrossings(dom.tables, pdfPages(pdf, true));
	const name = (x) => x.caption || x.headers.join(' | ');
	for (const { table, page: pg, above } of crossings) {
		const absent = table.headers.flatMap((hd) => hd.split(/\s+/))
		    .map(norm).filter((word) => word !== '' &&
			!hasWord(word, above));
		assert.deepEqual(absent, [], `${pdf}: page ${pg + 1} does not ` +
		    `repeat the header of the table ${name(table)} above its rows`);
	}
	if (!p.repeatHeader)
		return;
	assert.ok(info.pages >= 2,
	    `${pdf} has ${info.pages} page: nothing to print on page 2`);
	assert.ok(crossings.length > 0, `${pdf}: no table runs onto a next ` +
	    `page (tables: ${dom.tables.map(name).join('; ')})`);
}
