/**
 * "Pirates released the ship and its crew on Wednesday, 31 days after the ship was seized": freeing
 * captives, a hijacked ship or hostages is an event of its own, the story a report of it tells, not the
 * aftermath of the seizure it counts from. "Released" otherwise names an aftermath (a patient
 * released from hospital, names released by the police), so only a release of people or a vessel held
 * is read so.
 */
const FREED = /\b(?:released|freed|set\s+free|let\s+go(?:\s+of)?)\s+(?:(?:the|a|an|all|its|their|his|her|\d+|[a-z]+-?[a-z]*)\s+){0,5}(?:hostages?|captives?|crews?|sailors|seafarers|fishermen|hijacked|ship|vessel|tanker|freighter|carrier|trawler|dhow|yacht|kidnapped|abducted|detainees|prisoners)\b/i;

/** Whether the clause tells of captives, hostages or a held vessel set free. */
export function freesCaptives(clause: string): boolean {
  return FREED.test(clause);
}
