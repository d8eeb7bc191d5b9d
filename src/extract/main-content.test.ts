import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToBlocks } from './html-blocks.js';
import { htmlLayout } from './html-layout.js';

function paragraphs(html: string): string[] {
  return htmlLayout(htmlToBlocks(html), {}).paragraphs;
}

const sentence = (topic: string, n: number): string =>
  `<p>Paragraph ${n} about ${topic}: the researchers said the results, which took years to gather, were clear, consistent and surprising to everyone involved.</p>`;

describe('selectMainContent', () => {
  it('should join an article cut into chunks of one template, however deep each chunk sits', () => {
    // Three chunks of the story under wrappers named alike, with a newsletter box and a video between
    // them; the first chunk is shorter and one wrapper deeper than the others.
    const chunk = (from: number, count: number, extraWrapper: boolean): string => {
      const body = Array.from({ length: count }, (_, i) => sentence('tuft cells', from + i)).join('');
      const inner = `<div class="rich-text"><div class="section"><div><div class="post-body">${body}</div></div></div></div>`;
      return extraWrapper ? `<div class="wrapper"><div>${inner}</div></div>` : inner;
    };
    const html = `<html><body><div class="post-content-wrap">
      ${chunk(1, 4, true)}
      <div class="newsletter"><p>Get the magazine delivered to your inbox every week, free of charge.</p></div>
      ${chunk(5, 10, false)}
      <aside><p>Video: a talk about receptors presented at a conference in 2016, with slides.</p></aside>
      ${chunk(15, 4, false)}
    </div></body></html>`;
    const got = paragraphs(html);
    assert.equal(got.length, 18);
    assert.match(got[0]!, /^Paragraph 1 /);
    assert.match(got[17]!, /^Paragraph 18 /);
  });

  it('should keep short lines that repeat as the article’s structure, and say a repeated paragraph once', () => {
    const day = (n: number): string => `<h2>Day ${n}</h2><p>Eat every 2–3 hours</p><p>Drink during your workout</p>
      <p>Meal ${n}: oats, berries and yoghurt, with a spoon of honey, which the plan allows once a day, every day.</p>`;
    const quote = '<p>“We wanted a plan that people could follow without a calculator, a scale or a degree in nutrition,” the coach said.</p>';
    const got = paragraphs(`<html><body><article>${quote}${day(1)}${day(2)}${day(3)}${quote}</article></body></html>`);
    assert.equal(got.filter((p) => p === 'Eat every 2–3 hours').length, 3);
    assert.equal(got.filter((p) => p.startsWith('“We wanted')).length, 1);
  });

  it('should leave out a breaking-news ticker inside the content column', () => {
    const teasers = Array.from({ length: 6 }, (_, i) => `<li><a href="/s${i}">Other story ${i}</a><span>WASHINGTON: An independent body said on Tuesday that close to two million residents may soon be affected, officials ${i}...</span></li>`).join('');
    const got = paragraphs(`<html><body><div class="main-content-left">
      <div class="breaking-news"><b>Breaking News</b><ul>${teasers}</ul></div>
      <div class="post">${sentence('deportees', 1)}${sentence('deportees', 2)}${sentence('deportees', 3)}</div>
    </div></body></html>`);
    assert.equal(got.length, 3);
    assert.ok(got.every((p) => p.startsWith('Paragraph')));
  });
  it('should read a story told one short paragraph per slide, and a recipe’s steps in containers of their own', () => {
    const slide = (n: number): string => `<div class="slide"><div><div class="slide-text"><p>Slide ${n}: the singer spoke about her years on tour, and the press, in an interview.</p></div></div></div>`;
    const slides = paragraphs(`<html><body><div class="gallery">${Array.from({ length: 12 }, (_, i) => slide(i + 1)).join('')}</div></body></html>`);
    assert.equal(slides.length, 12);
    const step = (n: number, text: string): string => `<li><div class="step-content"><div><p>${text}</p></div></div><span>${n}</span></li>`;
    const recipe = paragraphs(`<html><body><ol>${step(1, 'Warm the oven to 180°C. In a 13x9-inch pan, melt the butter in the oven, then sprinkle the brown sugar evenly over it.')}${step(2, 'Make the cake batter as directed on the box, using the reserved juice in place of water; pour it over the fruit.')}${step(3, 'Bake it for about 45 minutes or until a toothpick inserted in the centre comes out clean, then turn it onto a plate.')}</ol></body></html>`);
    assert.equal(recipe.length, 3);
  });

  it('should take a slideshow’s captions as its body when they hold the story', () => {
    const slide = (n: number): string => `<figure><img src="/${n}.jpg"><figcaption>Slide ${n}: the new phone keeps the old design but packs a faster chip, a better camera and wireless charging.</figcaption></figure>`;
    const layout = htmlLayout(htmlToBlocks(`<html><body><article><h1>The phone is here</h1>${[1, 2, 3, 4].map(slide).join('')}</article></body></html>`), {});
    assert.equal(layout.paragraphs.length, 4);
    assert.deepEqual(layout.captions, []);
  });
});
