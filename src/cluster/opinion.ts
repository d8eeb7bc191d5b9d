/**
 * Opinion pieces: columns, op-eds, editorials and commentary, known by the marks outlets put on them
 * (a headline's "[Opinion]", "Op-ed:", "Editorial |", an address under /opinion/). A column that
 * mentions an event in passing ("the Saebit breach showed ...") reports nothing of it; joined to the
 * event, its sentences became the event's facts and its summary. It joins only an event it is plainly
 * about (cluster/index.ts).
 */
import type { Article } from '../model/types.js';

const HEADLINE_MARK = /^\s*(?:\[\s*(?:opinion|op-ed|oped|column|commentary|editorial|analysis|viewpoint)\s*\]|\(\s*(?:opinion|op-ed|column|commentary|editorial)\s*\)|(?:opinion|op-ed|column|commentary|editorial|viewpoint|letters?)\s*[:|–—-]\s)/i;
const URL_MARK = /\/(?:opinions?|op-?eds?|columns?|columnists?|commentary|editorials?|viewpoints?)\//i;

export function isOpinion(article: Pick<Article, 'headline' | 'source'>): boolean {
  return HEADLINE_MARK.test(article.headline ?? '') || URL_MARK.test(article.source.url ?? '');
}
