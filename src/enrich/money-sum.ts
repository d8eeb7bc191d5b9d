/**
 * Whether a text ends with a sum of money ("the $3.5 million ", "some 40 billion yen "). A number right
 * before an event's noun is usually a count of events ("600 attempted attacks"), but a sum is what the
 * one event was about ("the $3.5 million fraud"), so the event is still a single earlier one.
 */
const SIGN_SUM = /[$€£¥₩]\s?\d[\d,.]*(?:\s*(?:million|billion|trillion|bn|mn|m|k))?\s+$/i;
const WORD_SUM = /\d[\d,.]*\s+(?:(?:million|billion|trillion)\s+)?(?:dollars?|euros?|pounds?|yen|won|yuan|rupees?|rupiah|pesos?|francs?|ringgit|baht)\s+$/i;

export function endsWithSum(text: string): boolean {
  return SIGN_SUM.test(text) || WORD_SUM.test(text);
}
