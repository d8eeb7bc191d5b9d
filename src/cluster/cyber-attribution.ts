/**
 * Two kinds of lead in a story of hacking: the intrusion itself (hackers broke into a server, drained a
 * wallet; a firm answered an intrusion at a customer) and a state agency's attribution of it, told days
 * later (an intelligence service or a police bureau names the unit or the group behind it). The
 * attribution names the intrusion's targets, software and places, so the join model joined it to the
 * intrusion when its reports lay two days apart, and kept it apart at five (review ux68b: a spy agency's
 * statement joined the supply-chain intrusion, the FBI's blame stayed apart from the theft). Read as
 * the kinds of lead-incident.ts, both are events of their own days, and the attribution's record
 * refers back to the intrusion it names.
 */

export type CyberActKind = 'intrusion' | 'attribution' | 'advisory';

/** Up to `n` words, lazily. */
const words = (n: number): string => String.raw`(?:[\p{L}\d'’.,-]+\s+){0,${n}}?`;

/** Who hacks: hackers, a hacking group or unit, cybercriminals. Not a robber: thieves and gunmen are crime's. */
const HACKERS = String.raw`(?:hackers|hacking\s+(?:group|unit|team|crew)s?|cyber-?criminals|cyber-?attackers|ransomware\s+(?:group|gang)s?)`;
/** A state's agency that tells who was behind an intrusion. */
const AGENCY = String.raw`(?:FBI|NSA|CISA|NIS|GCHQ|NCSC|intelligence\s+(?:service|agency|agencies)|spy\s+agency|security\s+service)`;
/**
 * Tellers of any news: "Authorities said hackers broke into ..." tells the intrusion, so these count
 * only where they blame someone, or say who was behind it (review69).
 */
const TELLER = String.raw`(?:bureau|ministry|government|authorities|officials|prosecutors)`;
const BLAMES = String.raw`(?:blamed|blames|accused|accuses|attributed|attributes)`;

/**
 * A lead of hacking, read from where its advisory's issuers or the advisory open: a word of a cyber
 * threat, a flaw or an intrusion before the sentence ends.
 */
const CYBER_LEAD = String.raw`[^.;]{0,300}?\b(?:ransomware|hack(?:ers?|ing|ed)|cyber[\p{L}-]*|malware|spyware|vulnerabilit(?:y|ies)|flaws?|CVE-\d+|zero-days?|exploit(?:s|ed|ing)?|threat\s+actors?|phishing|botnets?|intrusions?|data\s+breach(?:es)?|extortion|leak\s+sites?|servers?)\b`;

export const CYBER_ACTS: [CyberActKind, string][] = [
  [
    // The lead's subject, after a dateline at most: "... the theft that the FBI blamed on hackers", late in
    // a lead, is an earlier statement the report recalls, not its own news.
    'attribution',
    [
      String.raw`(?<=^.{0,80})${AGENCY}\b[^.;]{0,80}?\b(?:said|says|${BLAMES}|named|names|identified|identifies)\b[^.;]{0,160}?\b(?:${HACKERS}|hacking|cyber-?attacks?|intrusion)`,
      String.raw`(?<=^.{0,80})${TELLER}\b[^.;]{0,80}?\b(?:${BLAMES}\b[^.;]{0,160}?\b(?:${HACKERS}|hacking|cyber-?attacks?|intrusion)|(?:said|says)\b[^.;]{0,160}?\b(?:was|were)\s+behind\b)`,
    ].join('|'),
  ],
  [
    // Agencies' advisory (an alert, a bulletin) on a group or a flaw: a response of its own day, which
    // names the attacks it follows (review ux74a: the joint advisory joined the hospital attack it named).
    // Its issuers lead ("Cyber security agencies ... on Thursday issued a joint advisory"), or the
    // advisory itself is the lead's subject ("Thursday's joint advisory on the group ..."). Only one of
    // hacking, which the lead's words tell: an alert as a wildfire spreads or after a bombing is news of
    // the fire or the bombing, and splitting it off split their follow-ups (review75 fault 5).
    'advisory',
    [
      String.raw`(?<=^.{0,80})(?=${CYBER_LEAD})(?:${AGENCY}|(?:cyber-?\s*security|security|intelligence|law[-\s]+enforcement|government)\s+agenc(?:y|ies))\b[^.;]{0,120}?\b(?:issued|published|released|put\s+out|issue|issues|publish|publishes)\s+(?:an?\s+|the\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?(?:advisory|alert|bulletin)`,
      String.raw`(?<=^.{0,40})(?=${CYBER_LEAD})(?:\p{L}+['’]s\s+)?(?:joint\s+)?(?:cyber-?\s*security\s+)?advisory\s+(?:on|about|naming|warning)\b`,
    ].join('|'),
  ],
  [
    'intrusion',
    [
      // A perfect tense too ("hackers had stolen", "have broken into"): the same act told as done by then.
      String.raw`${HACKERS}\s+${words(6)}(?:broke\s+into|breached|hacked|compromised|hijacked|infiltrated|emptied|drained|stole|looted|siphoned|(?:had|has|have)\s+(?:stolen|broken\s+into))`,
      // Attackers or thieves count where what they emptied is digital: a wallet, an account, a server.
      String.raw`(?:attackers|thieves)\s+${words(3)}(?:emptied|drained|broke\s+into|breached|hacked)\s+(?:one\s+of\s+|several\s+of\s+|two\s+of\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?${words(2)}(?:(?:hot\s+|crypto\s+|digital\s+)?wallets?|accounts?|servers?|networks?|systems?|databases?)`,
      String.raw`(?:responded\s+to|detected|discovered|disclosed|confirmed|suffered)\s+(?:an?\s+|the\s+)?${words(2)}(?:intrusion|data\s+breach|cyber-?attack|ransomware\s+attack|hack)\b`,
    ].join('|'),
  ],
];

/**
 * A loss told before the intrusion that caused it: "Korvex lost $208 million on Tuesday after attackers
 * emptied its hot wallet". The loss and the emptying are one act, so the intrusion after "after" is the
 * lead's news, not the time of it. Only a sum of money lost: "Shares lost 12% after hackers ..." or
 * "resumed withdrawals after attackers ..." tell something else that followed.
 */
const LOSS_BEFORE = /\b(?:lost|loses|has\s+lost|had\s+lost)\s+(?:(?:roughly|about|around|nearly|almost|some|over|more\s+than|at\s+least|an\s+estimated)\s+)?(?:(?:US|HK|S|A|C)?[$€£¥]\s?\d|\d[\d.,]*\s+(?:million|billion|bn|m)\b)[^.;]{0,160}$/iu;

/** Whether an intrusion told after "after" is the lead's own act, the loss just before it being the intrusion's. */
export function intrusionAfterLoss(before: string): boolean {
  return LOSS_BEFORE.test(before);
}

/**
 * Whether reports of one act of this kind are dated days apart as a rule: an intrusion by the day it
 * began, the day it was found, or the day a firm told of it (a security firm's post dated by the
 * discovery five days before the news report of its findings). Two reports of such a kind on days
 * apart are no evidence of two acts, as they are for a border's closure or a state's tariffs.
 */
export function datedLoosely(kind: string): boolean {
  return kind === 'intrusion';
}
