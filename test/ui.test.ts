/**
 * The web UI in a real browser: Debian's Chromium driven by playwright-core (no browser download).
 * The two seed articles (read from ../shared/seeds, never copied here) are uploaded through the ingest
 * page; the feed then shows one event, and its page shows both sources side by side with the shared
 * passages marked. Screenshots go to .tmp/screenshots/ (ignored by git) for review. Article text that
 * looks like markup must stay text. Skipped with a notice where Chromium or the seeds are missing,
 * except in CI, where .ci/run installs Chromium and a missing browser is a failure.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from './api-server.js';
import { sampleArticle, sampleEvent } from '../src/store/contract.js';
import { hasSeeds, ROOT, SEED_READABLE, SEED_YONHAP } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(ROOT, '.tmp', 'screenshots');
const skip = !hasSeeds ? 'no ../shared/seeds beside the project' : !existsSync(CHROMIUM) && !process.env.CI ? `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)` : false;
if (skip) process.stderr.write(`ui.test: skipped: ${skip}\n`);

describe('the web UI in Chromium', { skip }, () => {
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;
  const profile = mkdtempSync(join(tmpdir(), 'triangulate-chromium-'));
  const problems: string[] = [];

  before(async () => {
    assert.ok(existsSync(join(ROOT, 'dist', 'web', 'web', 'app', 'main.js')), 'the web UI is not built (npm run build)');
    assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}; .ci/run installs it with apt-get`);
    mkdirSync(SHOTS, { recursive: true });
    server = await startTestServer();
    // The flags keep Chromium from reaching out to the network (there is none here) and from a sandbox
    // that needs privileges CI does not have.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      viewport: { width: 1280, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
  });
  after(async () => {
    await context?.close();
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('should upload both seed files on the ingest page and report them stored', async () => {
    await page.goto(`${server.url}/#/ingest`);
    await page.locator('#files').setInputFiles([SEED_YONHAP, SEED_READABLE]);
    await page.getByText('Done: 2 files sent, 2 new articles stored.').waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('.results li.ok').count(), 2);
    await page.screenshot({ path: join(SHOTS, 'ingest.png'), fullPage: true });
  });

  it('should show one event in the feed', async () => {
    await page.getByRole('link', { name: 'Events' }).click();
    await page.locator('.cards > li').first().waitFor();
    assert.equal(await page.locator('.cards > li').count(), 1);
    assert.match((await page.locator('.cards > li').textContent()) ?? '', /2 outlets/);
    await page.screenshot({ path: join(SHOTS, 'feed.png'), fullPage: true });
  });

  it('should show every sort choice whole, the default named after the order it gives with and without words', async () => {
    const sort = page.locator('.filters select[name=sort]');
    // A select clips its text without a scroll bar: measure each choice in the select's own font.
    // (A string: this file is compiled without the DOM's types.)
    const clipped = await page.evaluate(`(() => {
      const el = document.querySelector('.filters select[name=sort]');
      const style = getComputedStyle(el);
      const context = document.createElement('canvas').getContext('2d');
      context.font = style.fontSize + ' ' + style.fontFamily;
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      return [...el.options].filter((o) => context.measureText(o.text).width > room).map((o) => o.text);
    })()`);
    assert.deepEqual(clipped, []);
    assert.equal(await sort.locator('option:checked').textContent(), 'newest first');
    // Best match without words is a 400: not offered; newest first not twice.
    assert.deepEqual(await sort.locator('option:not([hidden])').allTextContents(), ['newest first', 'oldest first', 'recently updated', 'most sources']);
    await page.locator('.filters input[name=q]').fill('ferry');
    assert.equal(await sort.locator('option:checked').textContent(), 'best match');
    await page.locator('.filters input[name=q]').fill('');
  });

  it('should show the event with both sources side by side and their shared passages marked', async () => {
    await page.locator('.cards > li h2 a').click();
    await page.locator('.source').first().waitFor();
    assert.equal(await page.locator('.source').count(), 2);
    for (const source of await page.locator('.source').all()) assert.ok((await source.locator('mark.shared').count()) >= 1);
    // Side by side: the second column starts to the right of the first, on the same row.
    const [a, b] = await Promise.all([page.locator('.source').nth(0).boundingBox(), page.locator('.source').nth(1).boundingBox()]);
    assert.ok(a && b && b.x > a.x + a.width - 1 && Math.abs(b.y - a.y) < 2, JSON.stringify({ a, b }));
    const text = (await page.locator('main').textContent()) ?? '';
    for (const name of ['Lee Jun-il', 'Naoki Kumagai', 'Lyn Debevoise']) assert.ok(text.includes(name), name);
    assert.match(text, /Where the sources disagree/);
    // A fact's count of outlets is said in words to a screen reader; the "2×" badge is for the eye only.
    const fact = page.locator('.facts > li').first();
    assert.match((await fact.textContent()) ?? '', /^\d+×stated by \d+ independent outlets?: /);
    assert.equal(await fact.locator('.badge').getAttribute('aria-hidden'), 'true');
    await page.screenshot({ path: join(SHOTS, 'event.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    // On a phone the page itself must not scroll sideways (wide tables and the sources scroll in their boxes).
    assert.ok(Number(await page.evaluate('document.documentElement.scrollWidth')) <= 390, 'the page is wider than a phone');
    // The participants are cards on a phone: their box has nothing to scroll to, no column cut off.
    const box = page.locator('div.scroll[aria-label="Participants"]');
    assert.ok(await box.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), 'the participants table is wider than its box on a phone');
    assert.match(String(await page.evaluate(`getComputedStyle(document.querySelector('[aria-label="Participants"] tbody td'), '::before').content`)), /Role/);
    await page.screenshot({ path: join(SHOTS, 'event-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('should lead from a participant to their page with roles over time', async () => {
    await page.getByRole('link', { name: 'Lee Jun-il' }).first().click();
    await page.getByRole('heading', { name: 'Lee Jun-il' }).waitFor();
    assert.match((await page.locator('table').textContent()) ?? '', /Director General for North Korean Nuclear Affairs/i);
    assert.equal(await page.locator('.cards > li').count(), 1);
    await page.screenshot({ path: join(SHOTS, 'entity.png'), fullPage: true });
  });

  it('should lead from the event to an organisation page with its people, and to a place page', async () => {
    await page.goBack();
    const org = page.locator('table a[href*="kind=organization"]').first();
    const orgName = ((await org.textContent()) ?? '').trim();
    assert.ok(orgName, 'an organisation is linked from the participants');
    await org.click();
    await page.getByRole('heading', { name: orgName }).waitFor();
    await page.getByRole('heading', { name: 'Who spoke or acted for it' }).waitFor();
    assert.ok((await page.locator('table tbody tr').count()) >= 1);
    await page.screenshot({ path: join(SHOTS, 'organisation.png'), fullPage: true });
    await page.goBack();
    const place = page.locator('.meta a[href*="kind=place"]').first();
    const placeName = ((await place.textContent()) ?? '').split(',')[0]!.trim();
    await place.click();
    await page.getByRole('heading', { name: placeName }).waitFor();
    assert.equal(await page.locator('.cards > li').count(), 1);
  });

  it('should be usable with the keyboard: skip link first, then the navigation', async () => {
    await page.goto(`${server.url}/#/`);
    await page.reload();
    await page.locator('.cards > li').first().waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement && document.activeElement.textContent'), 'Skip to content');
    for (const _ of ['brand', 'Events', 'Entities']) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement && document.activeElement.textContent'), 'Entities');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'People, organisations and places' }).waitFor();
  });

  it('should draw the map and the timeline', async () => {
    await page.goto(`${server.url}/#/map`);
    await page.locator('svg.map path').first().waitFor();
    assert.ok((await page.locator('svg.map path').count()) > 150);
    assert.equal(await page.locator('svg.map a path[data-code="US"]').count(), 1);
    // The year with its apostrophe: "Oct 25" read as the 25th of October.
    assert.match((await page.locator('svg.chart text.axis').first().textContent()) ?? '', /^[A-Z][a-z]{2} ’\d\d$/);
    await page.screenshot({ path: join(SHOTS, 'map.png'), fullPage: true });
  });

  it('should show article text that looks like markup as text, never run it', async () => {
    const body = 'Officials in Tallinn said on Monday that a <img src=x onerror="window.pwned=1"> tag and <script>window.pwned=2</script> had appeared in a municipal notice.\n\nThe city council said the notice was removed within an hour, according to a statement.';
    const res = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ body, title: 'Odd notice <b>in</b> Tallinn', outlet: 'Test Wire' }) });
    const { eventIds } = (await res.json()) as { eventIds: string[] };
    await page.goto(`${server.url}/#/events/${eventIds[0]}`);
    await page.locator('.source').first().waitFor();
    assert.equal(await page.evaluate('window.pwned'), undefined);
    assert.ok(((await page.locator('.source .body').textContent()) ?? '').includes('<img src=x onerror="window.pwned=1">'));
    assert.equal(await page.locator('main img, main script').count(), 0);
  });

  it('should leave out the related-events timeline of an event whose reports refer to no earlier event', async () => {
    const body = 'A landslide closed the coast road north of Port Seren on Thursday, the roads agency said.\n\nCrews expected to reopen one lane by the weekend, the agency said.';
    const res = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ body, title: 'Landslide shuts Port Seren coast road', outlet: 'Seren Post', publishedAt: '2025-04-04' }) });
    const { eventIds } = (await res.json()) as { eventIds: string[] };
    await page.goto(`${server.url}/#/events/${eventIds[0]}`);
    await page.getByRole('region', { name: 'Facts' }).waitFor();
    assert.equal(await page.getByRole('region', { name: 'Related events' }).count(), 0);
  });

  it('should say that an address is no page, not show the feed as if the link had worked', async () => {
    await page.goto(`${server.url}/#/evnts`);
    await page.getByRole('heading', { name: 'No such page' }).waitFor();
    assert.match((await page.locator('main').textContent()) ?? '', /There is no page at #\/evnts/);
    await page.goto(`${server.url}/#/events/evt_12ab`);
    await page.getByText("'evt_12ab' is not an event id").waitFor();
  });

  it("should offer the feed's events as downloads in every export format, with the feed's filters", async () => {
    await page.goto(`${server.url}/#/?entity=${encodeURIComponent('Lee Jun-il')}&sort=date-asc`);
    await page.locator('.cards > li').first().waitFor();
    const links = page.locator('.downloads a');
    assert.deepEqual(await links.allTextContents(), ['CSV (spreadsheet)', 'JSON', 'JSON Lines', 'STIX 2.1', 'GeoJSON (map)']);
    const csvHref = (await links.first().getAttribute('href')) ?? '';
    // The filters go with the link; the order does not (an export has its own).
    assert.equal(csvHref, '/api/export?format=csv&entity=Lee+Jun-il');
    const csv = await (await fetch(`${server.url}${csvHref}`)).text();
    assert.equal(csv.trim().split('\r\n').length, 2, 'the header and the one event the feed shows');
    const stixHref = (await links.getByText('STIX 2.1').getAttribute('href')) ?? '';
    const bundle = (await (await fetch(`${server.url}${stixHref}`)).json()) as { type: string; objects: { type: string }[] };
    assert.equal(bundle.objects.filter((o) => o.type === 'report').length, 1);
  });

  it('should say why a filter is refused beside the form, keeping what was typed to correct it', async () => {
    const logged = problems.length;
    await page.goto(`${server.url}/#/?cve=2024-3400`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /'cve' must be a CVE id such as CVE-2024-3400; got '2024-3400'/);
    assert.equal(await page.locator('.filters input[name=cve]').inputValue(), '2024-3400');
    assert.equal(await page.locator('.downloads').isVisible(), false);
    await page.locator('.filters input[name=cve]').fill('');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.locator('.cards > li').first().waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    // The browser logs the refused request's 400 as a failed load: expected here, no script's error.
    const added = problems.splice(logged);
    problems.push(...added.filter((p) => !/status of 400/.test(p)));
  });

  it('should ingest pasted text and lead to its event', async () => {
    await page.goto(`${server.url}/#/ingest`);
    const text = [
      'Flood barrier fails at Port Elwyn as storm surge tops the quay',
      'By Elwyn Courier staff',
      'A flood barrier at Port Elwyn failed on Tuesday night when a storm surge topped the old quay, flooding forty homes, the harbour authority said on Wednesday.',
      'Engineers said the barrier had been due for repair since the spring and that pumps were now clearing the water from the lower town.',
    ].join('\n');
    await page.getByLabel('Article text').fill(text);
    await page.getByLabel('Outlet (optional)').fill('Elwyn Courier');
    await page.getByLabel('Published (optional, ISO 8601)').fill('2025-11-12T08:00:00Z');
    await page.getByRole('button', { name: 'Ingest text' }).click();
    await page.getByText('Stored.', { exact: true }).waitFor({ timeout: 30_000 });
    await page.locator('.results li.ok a').last().click();
    await page.getByRole('heading', { name: /Flood barrier fails at Port Elwyn/ }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'pasted-event.png'), fullPage: true });
  });

  it("should list the server's warnings under a pasted article, and name a failed paste as pasted text", async () => {
    await page.goto(`${server.url}/#/ingest`);
    const logged = problems.length;
    // A paste the server refuses first: too little text.
    await page.getByLabel('Article text').fill('Short');
    await page.getByRole('button', { name: 'Ingest text' }).click();
    await page.getByText('Nothing stored.', { exact: true }).waitFor({ timeout: 30_000 });
    const pasted = page.getByRole('list', { name: 'Pasted text results' });
    assert.match((await pasted.locator('li.error').textContent()) ?? '', /^pasted text: /);
    // Then a good one, with a date written the American way, which the server leaves out and says so.
    const text = [
      'Cold snap bursts water mains across Harrowgate',
      'Water mains burst in six streets of Harrowgate on Monday as the temperature fell to minus 14, the water company said.',
      'Crews worked through the night and said supply would be back by Wednesday.',
    ].join('\n');
    await page.getByLabel('Article text').fill(text);
    await page.getByLabel('Published (optional, ISO 8601)').fill('12/01/2025');
    await page.getByRole('button', { name: 'Ingest text' }).click();
    await page.getByText('Stored, with warnings (below).', { exact: true }).waitFor({ timeout: 30_000 });
    assert.equal(await pasted.locator('li.error').count(), 0, 'the earlier failure is not listed beside the later success');
    const warnings = await pasted.locator('li.warning').allTextContents();
    assert.ok(warnings.some((w) => /publishedAt.*left out/.test(w)), JSON.stringify(warnings));
    // Said once, not by two stages in two wordings.
    assert.equal(warnings.filter((w) => /relative dates/.test(w)).length, 1, JSON.stringify(warnings));
    assert.equal(await page.getByLabel('Article text').inputValue(), '', 'the stored text is cleared from the box');
    await page.screenshot({ path: join(SHOTS, 'ingest-paste-warnings.png'), fullPage: true });
    // The browser logs the refused paste's 422 as a failed load: expected here, no script's error.
    const added = problems.splice(logged);
    problems.push(...added.filter((p) => !/status of 422/.test(p)));
  });

  it('should ingest a file dropped on the drop zone, with progress and a report', async () => {
    await page.goto(`${server.url}/#/ingest`);
    await page.locator('.dropzone').waitFor();
    const text = 'Ferry runs aground off Kestrel Point\nA passenger ferry ran aground off Kestrel Point on Monday and all ninety passengers were taken ashore by lifeboat, the coastguard said.\nThe operator said the ferry would be towed to the yard at high tide.';
    // A drop as the browser makes it: a DataTransfer holding the file (built in the page; this file has no DOM types).
    const transfer = await page.evaluateHandle(`(() => { const data = new DataTransfer(); data.items.add(new File([${JSON.stringify(text)}], 'kestrel-ferry.txt', { type: 'text/plain' })); return data; })()`);
    await page.locator('.dropzone').dispatchEvent('dragover', { dataTransfer: transfer });
    await page.locator('.dropzone').dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByText('Done: 1 file sent, 1 new article stored.').waitFor({ timeout: 30_000 });
    assert.match((await page.getByRole('list', { name: 'Results', exact: true }).textContent()) ?? '', /kestrel-ferry\.txt: stored/);
    assert.equal(await page.evaluate("document.querySelector('progress').value"), 1);
  });

  it('should count the files refused in the closing line and give each its reason', async () => {
    await page.goto(`${server.url}/#/ingest`);
    await page.locator('.dropzone').waitFor();
    const text = 'Gale closes the bridge at Kestrel Point\nThe bridge at Kestrel Point was closed to traffic on Tuesday as gusts reached ninety miles an hour, the county council said.';
    const transfer = await page.evaluateHandle(`(() => { const data = new DataTransfer(); data.items.add(new File([${JSON.stringify(text)}], 'kestrel-gale.txt', { type: 'text/plain' })); data.items.add(new File(['x'], 'one-word.txt', { type: 'text/plain' })); return data; })()`);
    const logged = problems.length;
    await page.locator('.dropzone').dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByText('Done: 2 files sent, 1 new article stored, 1 file refused.').waitFor({ timeout: 30_000 });
    assert.match((await page.locator('.results li.error').last().textContent()) ?? '', /one-word\.txt: .*too little text for an article \(1 word/);
    // The browser logs the refused upload's 422 as a failed load: expected here, no script's error.
    const added = problems.splice(logged);
    problems.push(...added.filter((p) => !/status of 422/.test(p)));
    assert.equal(added.length - (problems.length - logged), 1, JSON.stringify(added));
  });

  it("should list an event's merges and splits in its history, each leading to the other event", async () => {
    // A split as the review after a batch writes it (the stages that make one are tested elsewhere).
    const [a, b] = [sampleArticle(201), sampleArticle(202)];
    const profile = { terms: {}, names: [], dates: [], size: 1 };
    const commit = (article: typeof a, event: ReturnType<typeof sampleEvent>): Promise<void> =>
      server.store.commit({ article: { ...article, eventId: event.id }, event, profile, keys: [], outletKey: article.id, copyGroup: article.id, articleTerms: [], mergedEventIds: [] });
    await commit(a, sampleEvent('evt_00000000000000c1', [a]));
    await commit(b, sampleEvent('evt_00000000000000c1', [a, b]));
    await server.store.splitEvent({ event: sampleEvent('evt_00000000000000c1', [a]), profile, keys: [], splitOff: { event: sampleEvent('evt_00000000000000c2', [b]), profile, keys: [], articleIds: [b.id] } });
    await page.goto(`${server.url}/#/events/evt_00000000000000c1`);
    const history = page.getByRole('region', { name: 'History' });
    await history.waitFor();
    assert.match((await history.textContent()) ?? '', /A second story was split off to evt_00000000000000c2 \(1 article moved\)/);
    await history.getByRole('link', { name: 'evt_00000000000000c2' }).click();
    await page.getByRole('region', { name: 'History' }).getByText(/Split from evt_00000000000000c1, which held two stories \(1 article moved\)/).waitFor();
    await page.screenshot({ path: join(SHOTS, 'event-history.png'), fullPage: true });
  });

  it('should have raised no script errors or policy violations', () => {
    assert.deepEqual(problems, []);
  });
});
