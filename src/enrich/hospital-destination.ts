/**
 * Where the wounded were taken, not where they were hurt: a town named as a hospital's place or as a
 * destination of the injured ("rushed to Lakeshore Medical Center in Oak Lawn", "flown to a
 * hospital in Portland", "airlifted to a Memphis hospital", "transferred to Jacksonville").
 * Local reports of rural shootings name the regional hospital's city, often more often than the
 * scene, so such a mention is no evidence of the scene.
 */

/** A hospital's name, by the words that end it. */
export const HOSPITAL = /\b(?:Hospital|Medical Center|Medical Centre|Health Center|Health System|Clinic|Infirmary|Trauma Center)\b/;

/** Verbs that move or keep the wounded, up to a sentence's end. */
// A patient's condition is told where they lie ("in stable condition at Prairie Medical Center in Bismarck");
// officers sent to a hospital go where the wounded were brought ("were dispatched to Grace Memorial Hospital
// in Mooresville once a patient was admitted").
// Told actively too: "a helicopter took him to a hospital in Tyler", "medics carried her to".
const MOVED = String.raw`\b(?:taken|transported|transferred|rushed|airlifted|flown|brought|driven|drove|treated|died|pronounced dead|condition|hospitali[sz]ed|admitted|called|dispatched|took|carried|flew|transports?|takes|carries|brings|bring)\b`;

/**
 * "rushed to Lakeshore Medical Center in", "flown by air ambulance to a hospital in": the town that follows.
 * A clinic in lower case is a hospital's stand-in here, as in the capitalised names HOSPITAL holds.
 */
const TO_HOSPITAL_IN = new RegExp(String.raw`${MOVED}[^.!?]{0,40}?\b(?:to|at)\s+(?:[^.!?]|\bSt\.){0,50}?(?:${HOSPITAL.source}|\bhospital\b|\bclinic\b)(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3},?\s+in\s+(?:[Tt]he\s+)?$`, 'u');

/**
 * A second hospital the wounded were moved on to, named without the word "hospital": "taken to
 * Lakeside Medical Center and then to Saint Anne in Marshall".
 */
const THEN_TO_IN = new RegExp(String.raw`${MOVED}[^.!?]{0,80}?\bthen\s+(?:(?:taken|flown|transferred|airlifted)\s+)?to\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}in\s+(?:[Tt]he\s+)?$`, 'u');

/** "After treatment at Riverbend": a place named as where someone was treated is a hospital's. */
const TREATED_AT = /\b(?:treatment|treated)\s+at\s+(?:the\s+)?$/i;

/** "airlifted to", "taken by helicopter to": a town right after is where they were taken. */
// Actively, with who was moved between: "a helicopter flew him to Tyler", "medics rushed the boy to Tyler".
const MOVED_TO = /\b(?:(?:taken|transported|transferred|rushed|airlifted|flown)\s+(?:(?:by|via|in)\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?(?:helicopter|ambulance|air\s+ambulance|medical\s+flight)\s+)?|(?:took|flew|airlifted|rushed|transported|carried)\s+(?:him|her|them|the\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|teen|teenager|child|victim|victims|wounded|injured|\d{1,3}-year-old))\s+)to\s+(?:[Tt]he\s+)?$/iu;

/** "a Memphis hospital", "an El Paso hospital", "Tulsa-area hospitals": a town that names a hospital's whereabouts. */
const HOSPITAL_AFTER = /^(?:-area|\s+area)?\s+hospitals?\b/;

/**
 * A town inside the name of the hospital the wounded went to, its short form's spelling-out in brackets
 * too: "flown to UCM (University Clinic of Montgomery) Hospital", "flown to Fargo Regional
 * Medical Center".
 */
const IN_HOSPITAL_NAME = new RegExp(String.raw`^\)?(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}\)?\s+(?:${HOSPITAL.source})`, 'u');
const MOVED_TO_A_NAME = new RegExp(String.raw`${MOVED}[^.!?]{0,60}?\b(?:to|at)\s+[^.!?]{0,60}$`, 'u');

/** Whether the place written at body[start, end) is where the wounded were taken. */
export function whereTheWoundedWent(body: string, start: number, end: number): boolean {
  const before = body.slice(Math.max(0, start - 120), start);
  return TO_HOSPITAL_IN.test(before) || THEN_TO_IN.test(before) || TREATED_AT.test(before) || MOVED_TO.test(before) || HOSPITAL_AFTER.test(body.slice(end, end + 20)) || (IN_HOSPITAL_NAME.test(body.slice(end, end + 80)) && MOVED_TO_A_NAME.test(before));
}
