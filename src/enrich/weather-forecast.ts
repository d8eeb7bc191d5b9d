/**
 * A weather forecast or bulletin left in a scraped page's text: "Partly cloudy early with
 * scattered showers likely by evening", "Breezy and clear this morning, turning colder overnight",
 * "...Frost Likely Tonight... Overnight lows 31 to 35". Local news pages carry the station's
 * forecast beside the story; its "this afternoon" and "tonight" are the forecast's, not a day anything
 * happened. A storm's own report ("Thunderstorms knocked out power to 40,000 homes Tuesday") is not a
 * forecast: it tells what happened.
 */

/** A sentence that opens with the sky or the weather to come and no verb of its own: "Cloudy early with ...". */
const FORECAST_OPENING = /^[\s.*…-]*(?:(?:mostly|partly|becoming|variable)\s+)?(?:cloudy|sunny|clear|windy|breezy|showers|(?:isolated|scattered)\s+(?:showers|thunderstorms|storms)|thunderstorms|flurries|fog|(?:hard\s+)?freeze|frost|drizzle|sleet)(?:\s+(?:skies|conditions))?(?:\s+(?:early|late|with|and|then|this|tonight|overnight|during|after|developing|likely|possible|in\s+the)\b|\s*[,.])/i;
/** The forecast's own figures and warnings: "lows in the upper 20s", "a 40 percent chance of rain", "freeze warning". */
const FORECAST_TERMS = /\b(?:lows?|highs?)\s+(?:in\s+the\s+(?:upper|lower|mid)?\s*\d|around\s+\d|near\s+\d|\d{1,3}\s+to\s+\d)|\bchance\s+of\s+(?:rain|showers|snow|thunderstorms|storms|precipitation)\b|\b(?:freeze|frost|wind\s+chill|winter\s+storm|winter\s+weather|(?:flash\s+)?flood|heat|lake\s+effect\s+snow)\s+(?:warning|watch|advisory)\b/i;
/** Words of an incident: a forecast never has them. */
const INCIDENT = /\b(?:shot|shooting|killed|dead|died|wounded|injured|knocked\s+out|damaged|destroyed|flooded|struck)\b/i;

/** Whether a sentence is a weather forecast or bulletin rather than a report of something that happened. */
export function weatherForecast(sentence: string): boolean {
  return (FORECAST_OPENING.test(sentence) || FORECAST_TERMS.test(sentence)) && !INCIDENT.test(sentence);
}
