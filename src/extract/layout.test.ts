import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseLayout } from './layout.js';
import { textToBlocks } from './text-blocks.js';

function layoutOf(text: string) {
  const blocks = textToBlocks(text);
  return analyseLayout(blocks.blocks, blocks.crawlDate ? { crawlDate: blocks.crawlDate } : {});
}

const PAGE = [
  'date 2025-02-03 Most Read',
  '1',
  'Snow closes mountain roads',
  '2',
  'Council budget passes',
  'Ferry runs aground near harbour entrance, passengers rescued',
  'By Jane Doe, Coastal Times',
  'Published: Feb. 3, 2025 07:30 GMT+1',
  'Photo: The ferry lies on its side near the harbour entrance on Monday. (Coastal Times)',
  'A passenger ferry ran aground near the harbour entrance on Monday evening, and all 112 passengers were taken off safely, the coast guard said.',
  'The captain told investigators that a steering failure had left the vessel drifting for several minutes before it struck the rocks.',
  'Read more',
  'Storm warnings for the weekend',
  'jane.doe@coastaltimes.example',
].join('\n');

describe('analyseLayout on scraped text', () => {
  const layout = layoutOf(PAGE);

  it('should find the headline, author, outlet and publication time', () => {
    assert.equal(layout.headline, 'Ferry runs aground near harbour entrance, passengers rescued');
    assert.deepEqual(layout.authors, ['Jane Doe']);
    assert.equal(layout.outlet, 'Coastal Times');
    assert.equal(layout.publishedAt, '2025-02-03T07:30:00+01:00');
  });

  it('should keep the body paragraphs and drop the lists around them', () => {
    assert.equal(layout.paragraphs.length, 2);
    assert.match(layout.paragraphs[0]!, /^A passenger ferry/);
    assert.ok(!layout.paragraphs.join(' ').includes('Storm warnings'));
  });

  it('should take a photo caption out of the body', () => {
    assert.deepEqual(layout.captions, ['Photo: The ferry lies on its side near the harbour entrance on Monday. (Coastal Times)']);
  });

  it('should fall back to the crawl date when the page prints no dateline', () => {
    assert.equal(layoutOf('date 2025-02-03\nA headline about a ferry that ran aground\nThe ferry ran aground near the harbour entrance on Monday evening, the coast guard said in a statement.').publishedAt, '2025-02-03');
  });

  it("should take the date a page prints under a label over a given date days later (a later stamp, such as a crawl's)", () => {
    const text = [
      'Bridge reopens after repairs',
      'Updated: 03/14/2019 5:10 PM',
      'The Elm Street bridge reopened to traffic on Thursday afternoon after six weeks of repairs, the city said.',
    ].join('\n');
    assert.equal(analyseLayout(textToBlocks(text).blocks, { publishedAt: '2021-01-30' }).publishedAt, '2019-03-14T17:10:00');
    // A day either way is the given date's to keep: time zones and late filing.
    assert.equal(analyseLayout(textToBlocks(text).blocks, { publishedAt: '2019-03-15' }).publishedAt, '2019-03-15');
  });

  it("should take the publication stamp glued to the headline over a given date that is the update's", () => {
    const text = [
      'Two hurt as car strikes bus shelter Posted: Tuesday, May 5, 2015 7:45 AM EDT Updated: Monday, May 18, 2015 2:10 PM EDT',
      'Two people waiting for a bus were hurt on Monday night when a car left the road and struck the shelter, police said.',
      'The driver stayed at the scene and was questioned by officers.',
    ].join('\n');
    const page = analyseLayout(textToBlocks(text).blocks, { publishedAt: '2015-05-18' });
    assert.equal(page.publishedAt, '2015-05-05T07:45:00-04:00');
    // A day either way is still the given date's to keep.
    assert.equal(analyseLayout(textToBlocks(text).blocks, { publishedAt: '2015-05-06' }).publishedAt, '2015-05-06');
  });

  it('should not take a bare date in the head (a mugshot caption\'s birth date) over the given date', () => {
    const text = ['Man charged after crash', '10/12/1958', 'A man was charged on Monday with reckless driving after a crash on Route 9 that hurt two people, police said.'].join('\n');
    assert.equal(analyseLayout(textToBlocks(text).blocks, { publishedAt: '2021-01-30' }).publishedAt, '2021-01-30');
  });

  it('should date a page that prints only its update time by that time, before the crawl date', () => {
    const text = [
      'date 2025-02-09',
      'Ferry toll rises to nine',
      'By Tom Field',
      'Updated: February 4, 2025 11:20 IST',
      'Two more passengers of the ferry that ran aground on Monday died in hospital on Tuesday, the coast guard said.',
    ].join('\n');
    const page = layoutOf(text);
    assert.equal(page.publishedAt, '2025-02-04T11:20:00+05:30');
    assert.equal(page.modifiedAt, '2025-02-04T11:20:00+05:30');
  });

  it('should drop an advertisement label between paragraphs without ending the article', () => {
    const text = [
      'Mayor opens new bridge over the river',
      'By Tom Field',
      'March 2, 2025',
      'The mayor opened the new bridge over the river on Saturday, two years after construction began, and said it would cut journey times.',
      'ADVERTISEMENT',
      'Engineers said the bridge had been tested with forty loaded lorries before it opened to the public on Saturday.',
    ].join('\n');
    assert.equal(layoutOf(text).paragraphs.length, 2);
  });

  it("should drop what the page's widgets print, before the story and inside it, and a copyright line in brackets", () => {
    const text = [
      'Close Get e-mail notifications on Dana Reyes daily!',
      'Your notification has been deleted.',
      "Whenever Dana Reyes posts new content, you'll get an e-mail about it.",
      'There was a problem saving your notification.',
      'E-mail notifications are only sent once a day to readers who ask.',
      'Two hurt as shots ring out near Elm Street tavern',
      'Gunfire outside a tavern on Elm Street hurt two men in the small hours of Sunday, and officers went looking for a gray sedan, police said.',
      'We have sent a confirmation e-mail to the address you gave us.',
      'If you do not receive the verification e-mail, look in your junk folder.',
      'Neither wound was thought to be serious, a police spokesman told reporters on Sunday afternoon, and both men went home by evening.',
      'Download the Springfield 7 News app.',
      '(Copyright 2019 Valley Wire. Every right kept; do not copy this page.)',
      'More shootings this week in the county',
    ].join('\n');
    const layout = layoutOf(text);
    assert.deepEqual(
      layout.paragraphs.map((p) => p.slice(0, 16)),
      ['Gunfire outside ', 'Neither wound wa'],
    );
    assert.ok(layout.dropped.some((d) => d.rule === 'widget' && d.text.startsWith('We have sent')));
  });

  it('should take gallery slides of other stories and photo furniture out of the body', () => {
    const text = [
      'Teen hit by a stray bullet near Riverdale park',
      'By Tom Field',
      'March 2, 2025',
      'Police said a boy of 16 took a bullet to the leg near a Riverdale playground on Sunday evening, and doctors expect him to recover.',
      'Buy Photo A police car outside the hospital on Sunday. (Photo: Jane Roe / The Valley News)Buy Photo',
      'Driver hurt in Brightwood crash Jane Roe / Valley Tribune Firefighters freed a woman, 52, from her car on New Year’s Eve after it hit a pole in Brightwood.',
      'By Sunday night nobody had been arrested, and detectives were still hunting for whoever fired.',
      'He lived between the Rosa T. Marsh / Quinlan Homes and the school, neighbours said on Sunday.',
      'A second teen was found shot behind Ashgrove Park / Kettle Lane Field House on Sunday, police said.',
    ].join('\n');
    const layout = layoutOf(text);
    assert.deepEqual(
      layout.paragraphs.map((p) => p.slice(0, 16)),
      ['Police said a bo', 'By Sunday night ', 'He lived between', 'A second teen wa'],
    );
    assert.equal(layout.captions.length, 2);
  });

  it("should end the article at the reporter's contact line, and keep the police's request for tips", () => {
    const text = [
      'Man wounded on Elm Street',
      'By Tom Field',
      'March 2, 2025',
      'Someone shot a man, 30, in the arm on Elm Street late on Saturday, police said; a hospital treated the wound.',
      'Anyone who saw the shooting should call Springfield police at (555) 010-7244 or Crime Stoppers at 555-010-8477.',
      'Staff writer Dana Reyes contributed to this report.',
      'Contact Tom Field at tfield@valleynews.example, or 555-010-6054, or on Twitter @tfield.',
    ].join('\n');
    const layout = layoutOf(text);
    assert.deepEqual(layout.paragraphs.map((p) => p.slice(0, 16)), ['Someone shot a m', 'Anyone who saw t']);
  });

  it("should read a wire byline without \"By\" as the byline, not the headline, and drop the contributors' line", () => {
    const text = [
      'Port hackers arrested in Leeds',
      'ELENA MARSH, Reuters',
      'LONDON — Police arrested two men on Tuesday after a cyber attack on the port, officials said.',
      'Associated Press writer TOM ABEL contributed to this report.',
    ].join('\n');
    const layout = layoutOf(text);
    assert.equal(layout.headline, 'Port hackers arrested in Leeds');
    assert.deepEqual(layout.authors, ['ELENA MARSH']);
    assert.equal(layout.agency, 'Reuters');
    assert.deepEqual(layout.paragraphs.map((p) => p.slice(0, 16)), ['LONDON — Police ']);
  });

  it('should read names on a line of their own over a line with only the agency as the byline', () => {
    const text = [
      'Port hackers arrested in Leeds',
      'ELENA MARSH and TOM ABEL',
      'The Associated Press',
      'LEEDS, England — Police arrested two men on Tuesday after a cyber attack on the port, officials said.',
    ].join('\n');
    const layout = layoutOf(text);
    assert.equal(layout.headline, 'Port hackers arrested in Leeds');
    assert.deepEqual(layout.authors, ['ELENA MARSH', 'TOM ABEL']);
    assert.equal(layout.agency, 'AP');
  });

  it('should drop a call to follow someone between paragraphs without ending the article', () => {
    const text = [
      'Deputies hurt in Gaston shootout',
      'By Tom Field',
      'March 2, 2025',
      'Two deputies were hurt in a shootout with a man outside a house in Gaston on Saturday, the sheriff said.',
      'Follow reporter Tom Field on Twitter',
      'The man, wounded as well, treated in hospital and then charged with attempted murder on Sunday.',
    ].join('\n');
    assert.equal(layoutOf(text).paragraphs.length, 2);
  });

  it('should keep sentences of the story that speak of e-mail, apps and sign-ups', () => {
    const text = [
      'Council votes on new parking app',
      'By Tom Field',
      'March 2, 2025',
      'The council voted on Tuesday to pay for a parking app that drivers can download from next month, the mayor said.',
      'Residents who sign up for the app will get an email when their permit is about to run out, officials said.',
    ].join('\n');
    assert.equal(layoutOf(text).paragraphs.length, 2);
  });

  it('should end the article at an author bio', () => {
    const text = [
      'Mayor opens new bridge over the river',
      'By Tom Field',
      'March 2, 2025',
      'The mayor opened the new bridge over the river on Saturday, two years after construction began, and said it would cut journey times across the city.',
      'Tom Field is a reporter covering transport and city hall for the paper, and has written about the bridge since it was planned.',
    ].join('\n');
    assert.equal(layoutOf(text).paragraphs.length, 1);
  });
  it('should take out a photo line that ends with the photographer and agency, and a staff writer’s bio', () => {
    const page = layoutOf([
      'Names released of four shot dead in Fernwood',
      'A detective talks to neighbours outside the Far South Side house. | Nora Penwith / Sun-Times',
      'Officials on Sunday named the four people found shot dead in a Far South Side house, in what detectives think was a robbery.',
      'A neighbour phoned police at 4:12 p.m. Saturday from West 98th Street, in its 300 block, a spokesman said.',
      'Corin Aldessey is a staff writer for the Lakeshore Ledger. He can be reached at 555 010 4417 or caldessey@ledger.example.',
    ].join('\n\n'));
    assert.equal(page.paragraphs.length, 2);
    assert.ok(page.captions.some((c) => c.endsWith('Nora Penwith / Sun-Times')));
  });
  it('should drop a list of teasers that the scrape printed twice each, and keep once a lead printed twice on its own', () => {
    const teaser1 = 'School leaders handed out six hundred laptops to pupils across the county on Friday morning.';
    const teaser2 = 'Council members will meet on Monday night about a plan that could bring new jobs downtown.';
    const lead = 'Shots were fired inside a bar on University Drive early on Sunday morning, officers said.';
    const rest = 'Three people went to the hospital, none of them badly hurt.';
    const page = layoutOf([teaser1, teaser1, teaser2, teaser2, lead, rest].join('\n\n'));
    assert.deepEqual(page.paragraphs.filter((p) => p.startsWith('School') || p.startsWith('The city')), []);
    assert.ok(page.paragraphs.includes(lead));
    const twice = layoutOf(['Gunfire in a bar', lead, lead, rest].join('\n\n'));
    assert.equal(twice.paragraphs.filter((p) => p === lead).length, 1);
  });
});

describe('analyseLayout, a headline that ends in a relative phrase', () => {
  it('should keep it as the headline under the masthead, not take it for a dateline', () => {
    const text = [
      'HARBOUR EVENING STAR',
      'Politics | Ports | Weather',
      "Dockers walk out again; port authority lodges second complaint in a week",
      'March 4, 2027',
      'By Ines Varga, Staff Writer',
      'Dockers at the container terminal walked out on Wednesday for the second time in a week, the port authority said.',
      'The authority said it had lodged a complaint with the labour ministry.',
    ].join('\n');
    const layout = analyseLayout(textToBlocks(text).blocks, {});
    assert.equal(layout.headline, 'Dockers walk out again; port authority lodges second complaint in a week');
    assert.equal(layout.outlet, 'Harbour Evening Star');
  });
});
