/**
 * The hurt who were not shot: "a girl was injured when she fell running away", "one was cut by flying
 * glass", "a third child had powder burns". Incident records of gun violence (GVA's) count the people
 * shot; a report's total of the injured that takes such people in ("Six hurt in shooting": five shot,
 * a girl who fell) is one or more too many where the report also counts those shot.
 */

/**
 * A harm that is no gunshot, told of someone: a fall, glass, burns, a crush or a crash. "Not shot" too
 * ("the girl was not shot but hurt her knee").
 */
const HARM_NOT_BY_GUNFIRE = /\b(?:(?:was|were)\s+not\s+(?:struck|hit|shot)\b|not\s+(?:been\s+)?shot\b|(?:injured|hurt|cut)\s+(?:\w+\s+){0,4}?by\s+(?:flying\s+|broken\s+|shattered\s+)?glass\b|(?:flying|broken|shattered)\s+glass\b|(?:powder|gun-?powder|gunpowder)\s+burns?\b|(?:injured|hurt)\s+(?:\w+\s+){0,3}?(?:when|after|while|as)\s+(?:she|he|they)\s+(?:fell|tripped)\b|(?:fell|falling|tripped)\s+(?:\w+\s+){0,4}?(?:running|(?:trying|tried)\s+to\s+(?:run|flee|escape)|as\s+(?:she|he|they)\s+(?:ran|fled))\b|trampled\b)/i;

/**
 * The wounded a report gives less those hurt but not shot: `shotAlive` (those it counts as shot, less
 * the dead) where its count of the injured is higher and it tells of a harm that is no gunshot; else
 * `injured` as read.
 */
export function woundedByGunfire(body: string, injured: number | null, shotAlive: number | null): number | null {
  // A report tells of one or two hurt some other way; a gap wider than that is no such gap (its count of
  // the shot is of part of the scene: "seven were hurt; three of them shot ... an eighth man was not shot").
  if (injured === null || shotAlive === null || shotAlive < 1 || injured <= shotAlive || injured - shotAlive > 2) return injured;
  return HARM_NOT_BY_GUNFIRE.test(body) ? shotAlive : injured;
}
