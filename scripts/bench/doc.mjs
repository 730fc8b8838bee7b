// docs/performance.md: rewritten on each full run of the benchmark, except the notes after
// NOTES_MARK, which are written by hand.
import { existsSync, readFileSync } from 'node:fs';
import { REGULAR_3G } from './armed.mjs';
import { SETTLE_MS } from './latency.mjs';
import { PAGES } from './pages.mjs';

const NOTES_MARK = '<!-- Notes below are written by hand; scripts/bench.mjs keeps them. -->';

export function performanceDoc(path, tables, about, { rounds, variantRounds, armedRuns, encodingRuns }) {
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const notes = old.includes(NOTES_MARK) ? old.slice(old.indexOf(NOTES_MARK)) : `${NOTES_MARK}\n\n## Notes\n`;
  return `# Performance

The latest run of \`make bench\` (\`node scripts/bench.mjs\`, modules in \`scripts/bench/\`), the
benchmark of exit latency, armed time, bytes and memory. This file is rewritten by each run;
only the notes at the end are kept. Timings vary from machine to machine and from run to run,
so they are measured here and never asserted in tests; the size budget, which is
deterministic, is enforced by \`make test\` (scripts/check-size.mjs, size-budget.json).

- Date: ${about.date} (the run took ${about.minutes} min; load average ${about.load} at its start)
- Machine: ${about.nproc} CPUs (nproc), ${about.cpu}
- Browser: Chromium ${about.chromium} (headless, Debian's \`/usr/bin/chromium\`), driven by playwright-core ${about.playwright}, Node ${about.node}
- Peer: govuk-frontend ${about.govuk}, "Exit this page"
- Bundle: \`${about.dist}/embed\` (\`SAFE_EXIT_DIST\`), safe-exit.wasm sha256 \`${about.wasm}…\`

## Exit latency

${tables.latency}

Each form of the snippet, click → request at the neutral server, ${variantRounds} interleaved rounds
(after a warm-up round) of every variant with GOV.UK and the bare link, measured as above:

${tables.variants}

## Armed on Regular 3G, each form of the snippet

Milliseconds from navigation start to the exit armed, median of ${armedRuns} loads (each load in
brackets), served gzip; "÷ GOV.UK" is against GOV.UK's median at the same CPU rate in this run.
Targets: the README's snippet (marked **README**) no later than GOV.UK at either CPU rate, and
every variant ≤ 1.0 s; "**> 1.0 s**" and "**later than GOV.UK**" mark a miss.

${tables.armed}

What is fetched when (median over the same loads, ms from navigation start; "…" a request
still under way when the exit was armed; "×2" a file fetched twice in one load):

${tables.waterfall}

Served otherwise (median of ${encodingRuns} loads):

${tables.encodings}

## Bytes and memory

${tables.bytes}

"**no**" in the last column is a target that this build does not meet. Rows without a target
are the peer and the references, for comparison.

## Method

All pages are served on 127.0.0.1 by \`scripts/serve.mjs\` with the strict
Content-Security-Policy (\`script-src 'self' 'wasm-unsafe-eval'\`), so every script is an
external file. The neutral page every exit goes to is \`http://127.0.0.1:PORT/weather\`,
served by a small Node server on a port of its own (another origin than the pages, though
the same site, as any two ports of one address are), in a child process of its own
(\`scripts/bench/neutral.mjs\`); nothing leaves the machine. The pages are the files of
\`bench/\` with that URL filled in, and Safe Exit's page in every variant, written by
\`scripts/bench/pages.mjs\` into a temporary directory:

- **Safe Exit**: the partner snippet of the README with the real bundle at \`/embed/\`:
  \`<script type="module" src="/embed/safe-exit.js" blocking="render">\` in \`<head>\`, then
  \`<link rel="modulepreload" href="/embed/core.js">\` and
  \`<link rel="preload" href="/embed/safe-exit-core.wasm" as="fetch" crossorigin>\`, and
  \`<safe-exit exit-url="…/weather">\` with its fallback link first in \`<body>\`. The
  variants move the loader's tag (in \`<head>\` without \`blocking\`; after the element, at the
  end of \`<body>\`) and keep both hints in \`<head>\`, only the wasm's (the one docs/embedding.md
  had before 2026-12-02), or none (the README's snippet before 2026-12-02). The exit latency
  uses the page \`${PAGES['Safe Exit'].path}\`.
- **GOV.UK** (\`bench/govuk.html\`): govuk-frontend's "Exit this page" markup, its built
  \`govuk-frontend.min.css\` and \`.min.js\` from node_modules, initialised by \`initAll()\` in
  \`bench/govuk-init.mjs\`; its link goes to the neutral page.
- **Bare link** (\`bench/link.html\`): a link to the neutral page, no script. The reference for a click.
- **Inline handler** (\`bench/inline.html\`, \`bench/inline.js\`): a capture-phase \`keyup\`
  listener that counts three Shift key-ups and calls \`location.replace\`. The reference for the shortcut.

**Exit latency** is the time from the trusted input that triggers the exit to (1) the
browser starting the request for the neutral page, CDP \`Network.requestWillBeSent\`, and (2)
the neutral server receiving it. The input is sent through CDP as Playwright sends it: a
mouse move, press and release at the middle of the exit button, or three Shift presses
(\`Input.dispatchMouseEvent\`, \`Input.dispatchKeyEvent\`). The input's time is its own
\`event.timeStamp\` (when the browser received it, not when a listener ran), taken by an init
script's capture-phase listener on the window for the \`click\` (the event all four pages act
on) or the third Shift \`keyup\`, put on the wall clock with \`performance.timeOrigin\`, and
reported through a CDP binding (the page is gone by the time it could be asked). The request
time (1) is the event's \`wallTime\`, the same wall clock. The server (2) reads
\`process.hrtime\` (CLOCK_MONOTONIC) as Node hands it the parsed request; just before the
input, the benchmark reads the wall clock minus CLOCK_MONOTONIC (the moment \`Date.now()\` ticks
over, median of 5 readings), which puts the input on the server's clock. (CDP's own monotonic
\`timestamp\` of the same event was found 0.1–1.3 ms earlier than its \`wallTime\`, so it is not
used for this.) Three clock checks, all to be ≥ 0 to the page's 0.1 ms resolution: each
page's own document request against its time origin (Chromium's two clocks), the request sent
against its arrival, and Node's time just before it sent the input (the release, or the last
key-up) against the input's time stamp; the last two bound any error in joining the clocks.
Node's send time is not used as the input time: the hop to the browser is the same for every
page and would pull every ratio towards 1. Each exit runs in a fresh browser context, ${SETTLE_MS} ms after the page is
armed (loaded, for the references); the context is closed only once the neutral page has
loaded (closing one while a navigation commits can hang). The six kinds of trial are interleaved
round-robin, ${rounds} rounds after one warm-up round that is not counted, each round starting one
trial further on. Every wait has a timeout; a trial that fails is counted as failed ("n=…, k
failed") and the run goes on. Ratios are ratios of medians; p10 and p90 are nearest-rank.

**Armed** is the time from navigation start (the page's time origin) until the exit works:
\`data-state="ready"\` on \`<safe-exit>\`, or, for GOV.UK, the \`data-govuk-exit-this-page-init\`
attribute that govuk-frontend's \`Component\` constructor sets (\`ExitThisPage\` attaches its
listeners in the same task), noted by a \`MutationObserver\` installed before the page's
scripts. Each load is in a fresh context with CDP \`Network.setCacheDisabled\`,
\`Network.emulateNetworkConditions\` at Chrome's "Regular 3G" (${REGULAR_3G.latency} ms latency, ${REGULAR_3G.downloadThroughput} B/s down,
${REGULAR_3G.uploadThroughput} B/s up) and \`Emulation.setCPUThrottlingRate\` 1 (this machine's speed) or 4 (DevTools' "low-end
mobile"); every text and wasm file is served gzip-encoded (level 9), compressed once as a
server with precompressed files would. Each round loads every variant and GOV.UK at both CPU
rates, interleaved, each round starting one page further on; median of ${armedRuns} rounds after one
warm-up round that is not counted. The network log is CDP's \`Network.requestWillBeSent\` and
\`Network.loadingFinished\` of the same loads, put on the time origin with the document
request's \`wallTime\`. The README's snippet and GOV.UK are also loaded (CPU 1×, ${encodingRuns} rounds) with
every file served brotli-encoded (quality 11), and uncompressed, as a web server that
compresses only HTML by default (nginx's \`gzip_types\`) serves \`.wasm\` and \`.js\`.

**Bytes** are every file under \`dist/embed/\` (the widget's CSS and default data are inside
the wasm), by \`sizes()\` of scripts/check-size.mjs: gzip level 9, brotli quality 11.

**Memory** is read after load and again after opening the panel (\`[part="help-button"]\`)
and clicking each of its \`[role="tab"]\`, median of 3 loads. The wasm heap is the byte length
of the widget's \`WebAssembly.Memory\`, kept by an init script that wraps
\`WebAssembly.instantiate\`/\`instantiateStreaming\` (linear memory only grows, in 64 KiB pages,
so this is its high-water mark); the JS heap is CDP \`Runtime.getHeapUsage\` \`usedSize\` after
\`HeapProfiler.collectGarbage\`, for the whole page.

${notes}`;
}
